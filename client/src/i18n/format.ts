import type { Language } from '#contract';
import { LOCALE_TAGS } from './catalogue';

/**
 * Every date, time and number the client shows goes through here: times in the conference's
 * time zone (a delegate's phone may be set to another one), in the chosen language's format.
 */
export class Formatter {
  private readonly tag: string;

  constructor(
    readonly language: Language,
    readonly timeZone: string = 'UTC',
  ) {
    this.tag = LOCALE_TAGS[language];
  }

  withTimeZone(timeZone: string): Formatter {
    return new Formatter(this.language, timeZone);
  }

  number(value: number): string {
    return new Intl.NumberFormat(this.tag).format(value);
  }

  /** A share 0..1 as a whole percentage ("67 %" in French). */
  percent(share: number): string {
    return new Intl.NumberFormat(this.tag, { style: 'percent', maximumFractionDigits: 0 }).format(
      share,
    );
  }

  /** "Thursday, 16 November 2017", for the programme's day headings. */
  day(iso: string): string {
    return new Intl.DateTimeFormat(this.tag, {
      timeZone: this.timeZone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(new Date(iso));
  }

  /** A calendar date (YYYY-MM-DD, no time zone) such as a conference's first day. */
  calendarDate(date: string): string {
    return new Intl.DateTimeFormat(this.tag, {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(new Date(`${date}T00:00:00Z`));
  }

  time(iso: string): string {
    return new Intl.DateTimeFormat(this.tag, {
      timeZone: this.timeZone,
      hour: '2-digit',
      minute: '2-digit',
    }).format(new Date(iso));
  }

  timeRange(startIso: string, endIso: string): string {
    return `${this.time(startIso)}–${this.time(endIso)}`;
  }

  dateTime(iso: string): string {
    return new Intl.DateTimeFormat(this.tag, {
      timeZone: this.timeZone,
      dateStyle: 'medium',
      timeStyle: 'medium',
    }).format(new Date(iso));
  }

  /** Choices joined the way the language does ("A, B or C" / "A, B ou C"). */
  alternatives(items: readonly string[]): string {
    return new Intl.ListFormat(this.tag, { style: 'long', type: 'disjunction' }).format(items);
  }

  /** Items of a list joined the way the language does ("A, B and C" / "A, B et C"). */
  list(items: readonly string[]): string {
    return new Intl.ListFormat(this.tag, { style: 'long', type: 'conjunction' }).format(items);
  }
}

/** The calendar day (YYYY-MM-DD) of an instant in a time zone: sessions are grouped by it. */
export function dayKey(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/**
 * An ISO instant as the value of an `<input type="datetime-local">` in a time zone, and back.
 * The secretariat enters session times as the venue's wall-clock time.
 */
export function toLocalInput(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

export function fromLocalInput(value: string, timeZone: string): string {
  // Interpret the wall-clock time as UTC, then correct by the zone's offset at that moment
  // (twice, so that a guess on the wrong side of a DST change settles).
  const asUtc = Date.parse(`${value}:00Z`);
  let instant = asUtc;
  for (let i = 0; i < 2; i++) {
    const shown = Date.parse(`${toLocalInput(new Date(instant).toISOString(), timeZone)}:00Z`);
    instant += asUtc - shown;
  }
  return new Date(instant).toISOString();
}
