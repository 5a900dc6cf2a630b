import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./styles.css', import.meta.url), 'utf8');
/** The room screen's, loaded with its chunk (features/screen/ScreenPage.tsx). */
const screenCss = readFileSync(new URL('./features/screen/screen.css', import.meta.url), 'utf8');
/** The views' own, loaded with their chunks (the drafting room, the secretariat, the moderators). */
const viewCss = ['drafts/drafts.css', 'secretariat/secretariat.css', 'session/moderation.css'].map(
  (file) => readFileSync(new URL(`./features/${file}`, import.meta.url), 'utf8'),
);

describe('stylesheet', () => {
  it('mirrors for Arabic: logical properties only, no physical left or right', () => {
    const rules = (sheet: string) => sheet.replace(/\/\*[\s\S]*?\*\//g, '');
    expect(rules(css).match(/\b(left|right)\b/g)).toBeNull();
    expect(rules(screenCss).match(/\b(left|right)\b/g)).toBeNull();
    for (const sheet of viewCss) expect(rules(sheet).match(/\b(left|right)\b/g)).toBeNull();
    expect(rules(css)).toContain('inset-inline-start');
  });

  it('uses the bundled Arabic and Chinese fonts for their languages', () => {
    expect(css).toMatch(/:lang\(ar\)\s*\{\s*font-family: 'Noto Sans Arabic'/);
    expect(css).toMatch(/:lang\(zh\)\s*\{\s*font-family: 'Noto Sans SC'/);
  });
});
