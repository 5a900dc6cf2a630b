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
 * A cell a spreadsheet would run as a formula (CSV injection) gets a leading quote, which
 * spreadsheets show as text. Numbers are never negative here, so none is altered.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function csvCell(value: string): string {
  const cell = neutraliseFormula(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
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
