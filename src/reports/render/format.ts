/**
 * Text clean-up and number, date and time formatting shared by the renderers, so the six
 * formats print the same words and numbers.
 */
import type { Catalogue, DateParts } from '../i18n';

/**
 * Characters XML 1.0 forbids (a DOCX containing one does not open) and lone surrogates
 * (not encodable in UTF-8). Tab and line feed stay; carriage returns are normalised first.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Submitted text made safe to print in any format: NFC, `\n` line ends, no control characters. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(FORBIDDEN, '').normalize('NFC');
}

/** One line of text, for titles, names and table cells: all whitespace runs become one space. */
export function inline(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

/** Paragraphs (split on blank lines), each a list of its lines, empty ones dropped. */
export function paragraphs(text: string): string[][] {
  return cleanText(text)
    .split(/\n[ \t]*\n\s*/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter((line) => line !== ''),
    )
    .filter((lines) => lines.length > 0);
}

/** YYYY-MM-DD, read without a time zone so that the day never shifts. */
export function dateParts(isoDate: string): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return { year: 1970, month: 1, day: 1 };
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

export function formatInteger(value: number, t: Catalogue): string {
  const digits = String(Math.round(Math.abs(value)));
  const sign = value < 0 ? '-' : '';
  if (digits.length < t.number.groupFromDigits) return sign + digits;
  return sign + digits.replace(/\B(?=(\d{3})+$)/g, t.number.group);
}

/** Speaking time as minutes:seconds ("12:05"), the minutes grouped like any integer. */
export function formatSpeakingTime(seconds: number, t: Catalogue): string {
  return `${formatInteger(Math.floor(seconds / 60), t)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Whole percent: a share of votes is never reported more precisely than the room voted. */
export function formatPercent(share: number, t: Catalogue): string {
  return `${formatInteger(Math.round(share * 100), t)}${t.number.percentSuffix}`;
}

interface LocalTime extends DateParts {
  hour: number;
  minute: number;
}

const clocks = new Map<string, Intl.DateTimeFormat>();

/**
 * Only the numeric calendar fields are taken from Intl (the time zone rules); the words come
 * from the catalogue. An unknown zone falls back to UTC rather than failing the whole render.
 */
function localTime(iso: string, timezone: string): LocalTime {
  let clock = clocks.get(timezone);
  if (!clock) {
    const options: Intl.DateTimeFormatOptions = {
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    };
    try {
      clock = new Intl.DateTimeFormat('en-US', { ...options, timeZone: timezone });
    } catch {
      clock = new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' });
    }
    clocks.set(timezone, clock);
  }
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return { year: 1970, month: 1, day: 1, hour: 0, minute: 0 };
  const parts = clock.formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((part) => part.type === type)?.value ?? 0);
  return {
    year: field('year'),
    month: field('month'),
    day: field('day'),
    hour: field('hour'),
    minute: field('minute'),
  };
}

const sameDay = (a: DateParts, b: DateParts): boolean =>
  a.year === b.year && a.month === b.month && a.day === b.day;

/** A session's date and times, as two lines: the day, then the time range. */
export function formatSlot(
  startsAt: string,
  endsAt: string,
  timezone: string,
  t: Catalogue,
): [string, string] {
  const from = localTime(startsAt, timezone);
  const to = localTime(endsAt, timezone);
  if (sameDay(from, to)) {
    return [t.date(from), t.timeRange(t.time(from.hour, from.minute), t.time(to.hour, to.minute))];
  }
  return [
    `${t.date(from)}, ${t.time(from.hour, from.minute)} –`,
    `${t.date(to)}, ${t.time(to.hour, to.minute)}`,
  ];
}

/** A period on one line, e.g. the voting period. */
export function formatPeriod(
  startsAt: string,
  endsAt: string,
  timezone: string,
  t: Catalogue,
): string {
  const [first, second] = formatSlot(startsAt, endsAt, timezone, t);
  return first.endsWith('–') ? `${first} ${second}` : `${first}, ${second}`;
}
