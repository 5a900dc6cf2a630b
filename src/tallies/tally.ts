import type { ConsensusMark, ConstituencySupport, Tally, VoteValue } from '#contract';

/** DESIGN.md, "Consensus across constituencies". */
export const CONSENSUS_RULE = {
  /** A constituency counts once it has cast this many votes (any value). */
  minVotesPerConstituency: 3,
  /** "Broad consensus": the bridging score reaches this… */
  minShare: 0.6,
  /** …over at least this many qualifying constituencies. */
  minConstituencies: 3,
} as const;

/**
 * "Contested": the room is split — at least CONTESTED_MIN_VOTES support-or-oppose votes with
 * support between 35 % and 65 % — or qualifying constituencies disagree (one ≥ 60 %, another ≤ 40 %).
 */
export const CONTESTED_RULE = {
  minVotes: 5,
  low: 0.35,
  high: 0.65,
  supportive: 0.6,
  opposed: 0.4,
} as const;

export interface VoteCount {
  value: VoteValue;
  constituency: string | null;
  count: number;
}

export interface TallySummary {
  tally: Tally;
  constituencies: ConstituencySupport[];
  bridging: number;
  consensus: ConsensusMark;
}

/** Support share as the adoption rule counts it: abstentions are neither for nor against. */
function shareOf(support: number, oppose: number): number {
  return support + oppose === 0 ? 0 : support / (support + oppose);
}

/** Tally, per-constituency support, bridging score and consensus mark from grouped vote counts. */
export function summariseVotes(counts: VoteCount[]): TallySummary {
  const tally: Tally = { support: 0, oppose: 0, abstain: 0 };
  const byConstituency = new Map<string, Tally>();
  for (const { value, constituency, count } of counts) {
    tally[value] += count;
    if (!constituency) continue;
    const entry = byConstituency.get(constituency) ?? { support: 0, oppose: 0, abstain: 0 };
    entry[value] += count;
    byConstituency.set(constituency, entry);
  }

  const constituencies: ConstituencySupport[] = [...byConstituency.entries()]
    .map(([constituency, t]) => {
      const votes = t.support + t.oppose + t.abstain;
      const qualifies = votes >= CONSENSUS_RULE.minVotesPerConstituency;
      return {
        constituency,
        votes,
        ...t,
        supportShare: qualifies ? shareOf(t.support, t.oppose) : null,
      };
    })
    .sort((a, b) => a.constituency.localeCompare(b.constituency));

  const shares = constituencies.map((c) => c.supportShare).filter((s): s is number => s !== null);
  const bridging = shares.length >= 2 ? Math.min(...shares) : 0;

  return { tally, constituencies, bridging, consensus: consensusMark(tally, shares, bridging) };
}

function consensusMark(tally: Tally, shares: number[], bridging: number): ConsensusMark {
  if (shares.length >= CONSENSUS_RULE.minConstituencies && bridging >= CONSENSUS_RULE.minShare)
    return 'broad';
  const decided = tally.support + tally.oppose;
  const overall = shareOf(tally.support, tally.oppose);
  const splitRoom =
    decided >= CONTESTED_RULE.minVotes &&
    overall >= CONTESTED_RULE.low &&
    overall <= CONTESTED_RULE.high;
  const splitConstituencies =
    shares.length >= 2 &&
    Math.max(...shares) >= CONTESTED_RULE.supportive &&
    Math.min(...shares) <= CONTESTED_RULE.opposed;
  return splitRoom || splitConstituencies ? 'contested' : null;
}
