import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./styles.css', import.meta.url), 'utf8');

describe('stylesheet', () => {
  it('mirrors for Arabic: logical properties only, no physical left or right', () => {
    const rules = css.replace(/\/\*[\s\S]*?\*\//g, '');
    expect(rules.match(/\b(left|right)\b/g)).toBeNull();
    expect(rules).toContain('inset-inline-start');
  });

  it('uses the bundled Arabic and Chinese fonts for their languages', () => {
    expect(css).toMatch(/:lang\(ar\)\s*\{\s*font-family: 'Noto Sans Arabic'/);
    expect(css).toMatch(/:lang\(zh\)\s*\{\s*font-family: 'Noto Sans SC'/);
  });
});
