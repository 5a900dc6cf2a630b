import type { AdoptionRule } from '../conferences/conference.entity';
import type { Disposition, Tally } from '#contract';

/**
 * The conference's adoption rule (DESIGN.md): adopted with at least `minVotes` support-or-oppose
 * votes and support ≥ `minSupportShare` of them. With enough votes but too little support it is
 * not adopted; with too few votes to decide, it is noted (annex A of the outcome document).
 */
export function proposeDisposition(tally: Tally, rule: AdoptionRule): Disposition {
  const decided = tally.support + tally.oppose;
  if (decided < rule.minVotes) return 'noted';
  return tally.support / decided >= rule.minSupportShare ? 'adopted' : 'not_adopted';
}
