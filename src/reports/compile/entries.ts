import { proposeDisposition } from '../../recommendations/disposition-rule';
import { CONSTITUENCIES } from '../../participants/participant.constants';
import { summariseVotes, type VoteCount } from '../../tallies/tally';
import type {
  ConstituencySupportEntry,
  DispositionDecision,
  RecommendationEntry,
} from '../outcome-document';
import { byCodePoint } from './compare';
import type { CompileSnapshot } from './snapshot';

/** A recommendation entry before the document numbers it. */
export type DraftEntry = Omit<RecommendationEntry, 'number'>;

/**
 * Shares are printed as whole percents; four decimals in the data are enough to recompute
 * every mark, and keep the JSON and the hash free of float noise such as 0.7142857142857143.
 */
const round4 = (value: number): number => Math.round(value * 10000) / 10000;

const RANK = new Map<string, number>(CONSTITUENCIES.map((code, index) => [code, index]));

function canonicalOrder(a: { constituency: string }, b: { constituency: string }): number {
  const ra = RANK.get(a.constituency) ?? RANK.size;
  const rb = RANK.get(b.constituency) ?? RANK.size;
  return ra - rb || byCodePoint(a.constituency, b.constituency);
}

/**
 * One entry per submitted recommendation of the included sessions, in programme order and,
 * within a session, in the order they were submitted. Tallies, per-constituency support, the
 * bridging score and the consensus mark are recomputed from the vote rows with the same
 * function the live tallies use. The effective disposition is the moderator's, or — where the
 * moderator recorded none — the one the conference's adoption rule proposes.
 */
export function buildEntries(
  snapshot: CompileSnapshot,
  sessionTitle: (sessionId: string) => string,
): DraftEntry[] {
  const votesOf = new Map<string, VoteCount[]>();
  for (const row of snapshot.votes) {
    const list = votesOf.get(row.recommendationId) ?? [];
    list.push({ value: row.value, constituency: row.constituency, count: row.count });
    votesOf.set(row.recommendationId, list);
  }
  const sponsorsOf = new Map<string, string[]>();
  for (const row of snapshot.sponsors) {
    if (!row.organisation) continue;
    const list = sponsorsOf.get(row.recommendationId) ?? [];
    if (!list.includes(row.organisation)) list.push(row.organisation);
    sponsorsOf.set(row.recommendationId, list);
  }
  const recordedBy = new Map<string, { actorRole: string | null; name: string | null }>();
  for (const row of snapshot.decisions ?? []) recordedBy.set(row.recommendationId, row);
  const sessionRank = new Map(snapshot.includedSessionIds.map((id, index) => [id, index]));
  const rule = snapshot.conference.adoptionRule;

  return snapshot.recommendations
    .map((r, submitted) => ({ r, submitted }))
    .sort(
      (a, b) =>
        (sessionRank.get(a.r.sessionId) ?? 0) - (sessionRank.get(b.r.sessionId) ?? 0) ||
        a.submitted - b.submitted,
    )
    .map(({ r }) => {
      const summary = summariseVotes(votesOf.get(r.id) ?? []);
      const proposed = proposeDisposition(summary.tally, rule);
      const constituencySupport: ConstituencySupportEntry[] = summary.constituencies
        .sort(canonicalOrder)
        .map((c) => ({
          constituency: c.constituency as ConstituencySupportEntry['constituency'],
          votes: c.votes,
          support: c.support,
          supportShare: c.supportShare === null ? null : round4(c.supportShare),
        }));
      return {
        id: r.id,
        title: r.title,
        body: r.body,
        themes: r.themes,
        governanceLevel: r.governanceLevel,
        session: { id: r.sessionId, title: sessionTitle(r.sessionId) },
        sponsors: sponsorsOf.get(r.id) ?? [],
        tally: summary.tally,
        constituencySupport,
        bridging: round4(summary.bridging),
        consensus: summary.consensus,
        disposition: r.disposition ?? proposed,
        decision: decisionOf(r.disposition, proposed, r.dispositionNote, recordedBy.get(r.id)),
      };
    });
}

/**
 * Who settled a disposition. A disposition recorded without an audit entry naming a secretariat
 * (data from before the audit log, an erased account) is the session's moderator's: only they
 * and the secretariat can record one.
 */
function decisionOf(
  recorded: RecommendationEntry['disposition'] | null,
  proposed: RecommendationEntry['disposition'],
  note: string | null | undefined,
  by: { actorRole: string | null; name: string | null } | undefined,
): DispositionDecision {
  const text = note?.trim() ? note.trim() : null;
  if (recorded === null) return { proposed, by: 'rule', name: null, note: text };
  if (by?.actorRole === 'secretariat')
    return { proposed, by: 'secretariat', name: null, note: text };
  return { proposed, by: 'moderator', name: by?.name?.trim() || null, note: text };
}
