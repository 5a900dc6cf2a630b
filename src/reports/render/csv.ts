/**
 * One row per recommendation, adopted and noted, for analysis in a spreadsheet. RFC 4180 (CRLF,
 * double quotes), UTF-8 with a byte order mark so that Excel reads the accents, and codes
 * rather than translated labels so that a script can read any language's export. French and
 * Spanish exports are separated by semicolons, as spreadsheets set to those languages expect
 * (their decimal separator is the comma); English ones by commas. Numbers keep a decimal point
 * in every language, so a script reads them alike; an empty cell is a number that does not
 * exist (a bridging score with fewer than two qualifying constituencies, a share not counted).
 */
import { CONSTITUENCIES } from '../../participants/participant.constants';
import type { Language, OutcomeDocument, RecommendationEntry } from '../outcome-document';
import { cleanText } from './format';

const COLUMNS = [
  'number',
  'title',
  'text',
  'disposition',
  'proposed_disposition',
  'disposition_by',
  'disposition_by_name',
  'disposition_note',
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

export type CsvSeparator = ',' | ';';

/** Semicolons where spreadsheets use the decimal comma (French, Spanish), else commas. */
export function csvSeparator(language: Language): CsvSeparator {
  return language === 'fr' || language === 'es' ? ';' : ',';
}

/** Four decimals: enough to recompute the marks, short enough to read. */
const share = (value: number | null): string =>
  value === null ? '' : String(Math.round(value * 10000) / 10000);

/** The bridging score exists only where at least two constituencies qualify. */
function bridging(entry: RecommendationEntry): string {
  const qualifying = entry.constituencySupport.filter((c) => c.supportShare !== null).length;
  return qualifying < 2 ? '' : share(entry.bridging);
}

function row(entry: RecommendationEntry): string[] {
  const shares = new Map(entry.constituencySupport.map((c) => [c.constituency, c.supportShare]));
  const decision = entry.decision;
  return [
    String(entry.number),
    cleanText(entry.title),
    cleanText(entry.body),
    entry.disposition,
    decision?.proposed ?? '',
    decision?.by ?? '',
    decision?.name ? cleanText(decision.name) : '',
    decision?.note ? cleanText(decision.note) : '',
    entry.themes.join('; '),
    entry.governanceLevel,
    cleanText(entry.session.title),
    entry.sponsors.map(cleanText).join('; '),
    String(entry.tally.support),
    String(entry.tally.oppose),
    String(entry.tally.abstain),
    bridging(entry),
    entry.consensus ?? '',
    ...CONSTITUENCIES.map((code) => share(shares.get(code) ?? null)),
  ];
}

export function renderCsv(doc: OutcomeDocument): Buffer {
  const entries = [...doc.chapters.flatMap((c) => c.recommendations), ...doc.annexA].sort(
    (a, b) => a.number - b.number,
  );
  const separator = csvSeparator(doc.meta.language);
  const lines = [COLUMNS, ...entries.map(row)].map((cells) => cells.map(csvCell).join(separator));
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}
