import { CONSTITUENCIES } from '../../participants/participant.constants';
import { CONSENSUS_RULE, CONTESTED_RULE } from '../../tallies/tally';
import { nameCollator } from '../../common/i18n/country-names';
import { countryName } from '../i18n';
import type {
  Constituency,
  Language,
  Method,
  Participation,
  ProgrammeItem,
  SessionSummary,
} from '../outcome-document';
import { byCodePoint } from './compare';
import type { CompileSnapshot, SessionRow } from './snapshot';

export function localTitle(session: SessionRow, language: Language): string {
  return session.titles[language]?.trim() || session.title;
}

/** Annex B: the whole programme (not only the compiled sessions), with moderators by name. */
export function programme(snapshot: CompileSnapshot, language: Language): ProgrammeItem[] {
  return snapshot.sessions.map((session) => ({
    title: localTitle(session, language),
    kind: session.kind,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    timezone: snapshot.conference.timezone,
    room: session.room,
    moderators: snapshot.moderators
      .filter((m) => m.sessionId === session.id)
      .map((m) => ({ name: m.name, organisation: m.organisation })),
  }));
}

/** The moderators' summaries of the compiled sessions that have one, in programme order. */
export function sessionSummaries(snapshot: CompileSnapshot, language: Language): SessionSummary[] {
  const included = new Set(snapshot.includedSessionIds);
  return snapshot.sessions
    .filter((s) => included.has(s.id) && s.summary !== null && s.summary.trim() !== '')
    .map((s) => ({
      sessionId: s.id,
      title: localTitle(s, language),
      kind: s.kind,
      summary: s.summary ?? '',
    }));
}

/**
 * Annex C: accredited delegates and moderators by constituency (in the canonical order) and by
 * country (by name in the document's language, with Intl.Collator, as UN lists of States are).
 */
export function participation(snapshot: CompileSnapshot, language: Language): Participation {
  const byConstituency = new Map<string, number>();
  const byCountry = new Map<string, number>();
  let total = 0;
  const collator = nameCollator(language);
  for (const row of snapshot.participation) {
    total += row.count;
    if (row.constituency)
      byConstituency.set(row.constituency, (byConstituency.get(row.constituency) ?? 0) + row.count);
    if (row.country) byCountry.set(row.country, (byCountry.get(row.country) ?? 0) + row.count);
  }
  const rank = (c: string | null) => {
    const i = CONSTITUENCIES.indexOf(c as Constituency);
    return i === -1 ? CONSTITUENCIES.length : i;
  };
  const speaking = [...(snapshot.speaking ?? [])].sort(
    (a, b) => rank(a.constituency) - rank(b.constituency),
  );
  return {
    ...(speaking.length > 0 ? { speaking } : {}),
    total,
    byConstituency: CONSTITUENCIES.filter((code) => byConstituency.has(code)).map(
      (constituency: Constituency) => ({
        constituency,
        count: byConstituency.get(constituency) ?? 0,
      }),
    ),
    byCountry: [...byCountry.entries()]
      .map(([country, count]) => ({ country, name: countryName(country, language), count }))
      .sort((a, b) => collator.compare(a.name, b.name) || byCodePoint(a.country, b.country)),
  };
}

/** Annex D: the rules in force, stored so that a frozen version keeps explaining its marks. */
export function method(snapshot: CompileSnapshot): Method {
  const { minVotes, minSupportShare } = snapshot.conference.adoptionRule;
  return {
    adoptionRule: { minVotes, minSupportShare },
    consensusRule: { ...CONSENSUS_RULE },
    contestedRule: { ...CONTESTED_RULE },
  };
}
