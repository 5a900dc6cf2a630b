import type { VoteValue } from '#contract';
import { CONSTITUENCIES } from '../participants/participant.constants';
import { DEMO_ACCOUNTS } from './demo-accounts';

const VALUES: Record<string, VoteValue | null> = {
  S: 'support',
  O: 'oppose',
  A: 'abstain',
  '.': null,
};

/** The demo's delegates, grouped by constituency in the canonical order, each group in account order. */
export const DELEGATES_BY_CONSTITUENCY = CONSTITUENCIES.map((constituency) =>
  DEMO_ACCOUNTS.filter((a) => a.role === 'delegate' && a.constituency === constituency).map(
    (a) => a.key,
  ),
);

/**
 * How the room voted on one recommendation, written as one group of letters per constituency in
 * the canonical order (local, regional, national, international organisations, civil society,
 * migrant and diaspora organisations, academia, private sector), one letter per delegate of that
 * constituency in the order of demo-accounts.ts: S support, O oppose, A abstain, . did not vote.
 *
 *   'SSSS SSA OSA SSS SSS SS. SAS ASS'
 *
 * reads "all four local governments support; of the three regional governments two support and
 * one abstains; …". Returns the ballots in that order (which is the order they are cast in).
 */
export function parseBallots(spec: string): Array<{ key: string; value: VoteValue }> {
  const groups = spec.trim().split(/\s+/);
  if (groups.length !== DELEGATES_BY_CONSTITUENCY.length)
    throw new Error(
      `ballots "${spec}": ${groups.length} groups, expected one per constituency (${DELEGATES_BY_CONSTITUENCY.length})`,
    );
  return groups.flatMap((group, i) => {
    const delegates = DELEGATES_BY_CONSTITUENCY[i];
    if (group.length !== delegates.length)
      throw new Error(
        `ballots "${spec}": ${CONSTITUENCIES[i]} has ${delegates.length} delegates, the group "${group}" ${group.length} letters`,
      );
    return [...group].flatMap((letter, j) => {
      if (!(letter in VALUES))
        throw new Error(`ballots "${spec}": "${letter}" is not one of S, O, A or .`);
      const value = VALUES[letter];
      return value ? [{ key: delegates[j], value }] : [];
    });
  });
}
