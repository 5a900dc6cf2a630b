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
 * A cell a spreadsheet would run as a formula (CSV injection) gets a leading quote, which
 * spreadsheets show as text. Numbers are never negative here, so none is altered.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function csvCell(value: string, separator: CsvSeparator = ','): string {
  const cell = neutraliseFormula(value);
  const quote = cell.includes(separator) || /[",\r\n]/.test(cell);
  return quote ? `"${cell.replace(/"/g, '""')}"` : cell;
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
  const lines = [COLUMNS, ...entries.map(row)].map((cells) =>
    cells.map((cell) => csvCell(cell, separator)).join(separator),
  );
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}
