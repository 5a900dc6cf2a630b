/**
 * One row per recommendation, adopted and noted, for analysis in a spreadsheet. RFC 4180 (CRLF,
 * double quotes), UTF-8 with a byte order mark so that Excel reads the accents, and codes
 * rather than translated labels so that a script can read any language's export.
 */
import { CONSTITUENCIES } from '../../participants/participant.constants';
import type { OutcomeDocument, RecommendationEntry } from '../outcome-document';
import { cleanText } from './format';

const COLUMNS = [
  'number',
  'title',
  'disposition',
  'themes',
  'governance_level',
  'session',
  'sponsors',
  'support',
  'oppose',
  'abstain',
  'bridging',
  'consensus',
  ...CONSTITUENCIES.map((code) => `support_share_${code}`),
];

/**
 * Where a spreadsheet may start a new cell inside ours: the comma we write, the semicolon that
 * French or Spanish Excel splits on, tabs, and line breaks (for readers that ignore quotes).
 */
const SEPARATOR_AFTER = /(?<=[,;\t\r\n])/;
/**
 * What makes a spreadsheet evaluate a cell (OWASP, CSV injection): `= + - @` (and their
 * full-width forms), also behind whitespace or invisible characters that a reader may strip
 * (spaces of every kind, controls, zero-width and other format characters).
 */
const FORMULA = /^[\s\p{Z}\p{Cc}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u;

/**
 * A cell a spreadsheet would run as a formula (CSV injection) gets a leading quote, which
 * spreadsheets show as text; so does each part of it a separator would turn into a cell of its
 * own (behind the spaces after the separator), and a cell starting with a tab or a carriage return. Numbers are never negative here, so
 * none is altered.
 */
export function neutraliseFormula(cell: string): string {
  return cell
    .split(SEPARATOR_AFTER)
    .map((part, i) => {
      if (i === 0) return FORMULA.test(part) || /^[\t\r]/.test(part) ? `'${part}` : part;
      // After a separator, behind the spaces that follow it (`a; '=1`), to stay readable.
      const spaces = /^ */.exec(part)![0].length;
      return FORMULA.test(part) ? `${part.slice(0, spaces)}'${part.slice(spaces)}` : part;
    })
    .join('');
}

/** Quoted (RFC 4180) when it holds a quote, a line break or any separator a reader may split on. */
export function csvCell(value: string): string {
  const cell = neutraliseFormula(value);
  return /[",;\t\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Four decimals: enough to recompute the marks, short enough to read. */
const share = (value: number | null): string =>
  value === null ? '' : String(Math.round(value * 10000) / 10000);

function row(entry: RecommendationEntry): string[] {
  const shares = new Map(entry.constituencySupport.map((c) => [c.constituency, c.supportShare]));
  return [
    String(entry.number),
    cleanText(entry.title),
    entry.disposition,
    entry.themes.join('; '),
    entry.governanceLevel,
    cleanText(entry.session.title),
    entry.sponsors.map(cleanText).join('; '),
    String(entry.tally.support),
    String(entry.tally.oppose),
    String(entry.tally.abstain),
    share(entry.bridging),
    entry.consensus ?? '',
    ...CONSTITUENCIES.map((code) => share(shares.get(code) ?? null)),
  ];
}

export function renderCsv(doc: OutcomeDocument): Buffer {
  const entries = [...doc.chapters.flatMap((c) => c.recommendations), ...doc.annexA].sort(
    (a, b) => a.number - b.number,
  );
  const lines = [COLUMNS, ...entries.map(row)].map((cells) => cells.map(csvCell).join(','));
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}
