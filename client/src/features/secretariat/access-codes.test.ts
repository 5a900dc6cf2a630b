import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { accessCodesCsv, csvCell } from './access-codes';

describe('access codes as CSV', () => {
  it('quotes separators, quotes and line breaks, and disarms formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('Alves, Pedro')).toBe('"Alves, Pedro"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe("'-1");
  });

  it('reads back as the rows it was given, with names when there are any', () => {
    const rows = [
      { name: 'Alves, Pedro', email: 'p@example.org', accessCode: 'abc-def' },
      { name: 'Li "Wei"', email: 'l@example.org', accessCode: 'ghi-jkl' },
    ];
    expect(parse(accessCodesCsv(rows), { columns: true })).toEqual(rows);
    expect(accessCodesCsv([{ email: 'e@example.org', accessCode: 'x' }])).toBe(
      'email,accessCode\r\ne@example.org,x\r\n',
    );
  });
});
