/**
 * The calendar date (YYYY-MM-DD) of an instant in a time zone: the document is dated where the
 * conference took place, not where the server runs. Only the digits are taken from Intl, which
 * do not change between ICU releases.
 */
export function localDate(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
