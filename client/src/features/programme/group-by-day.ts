import type { SessionView } from '#contract';
import { dayKey } from '../../i18n/format';

export interface ProgrammeDay {
  /** YYYY-MM-DD in the conference's time zone. */
  day: string;
  sessions: SessionView[];
}

/** Sessions by calendar day at the venue, each day in start order. */
export function groupByDay(sessions: readonly SessionView[], timeZone: string): ProgrammeDay[] {
  const days = new Map<string, SessionView[]>();
  const sorted = [...sessions].sort(
    (a, b) => a.startsAt.localeCompare(b.startsAt) || a.title.localeCompare(b.title),
  );
  for (const session of sorted) {
    const key = dayKey(session.startsAt, timeZone);
    const list = days.get(key) ?? [];
    list.push(session);
    days.set(key, list);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, list]) => ({ day, sessions: list }));
}
