import type { VoteCount } from './tally';
import { summariseVotes } from './tally';

const votes = (
  constituency: string | null,
  support: number,
  oppose = 0,
  abstain = 0,
): VoteCount[] => [
  { constituency, value: 'support', count: support },
  { constituency, value: 'oppose', count: oppose },
  { constituency, value: 'abstain', count: abstain },
];

describe('summariseVotes (tally and bridging score)', () => {
  it('counts the tally across constituencies', () => {
    const s = summariseVotes([...votes('academia', 2, 1, 1), ...votes(null, 1)]);
    expect(s.tally).toEqual({ support: 3, oppose: 1, abstain: 1 });
  });

  it('gives 0 when only one constituency qualifies, however supportive', () => {
    const s = summariseVotes([...votes('local_government', 10), ...votes('academia', 2)]);
    expect(s.constituencies.find((c) => c.constituency === 'academia')?.supportShare).toBeNull();
    expect(s.bridging).toBe(0);
    expect(s.consensus).toBeNull();
  });

  it('is the lowest share among three constituencies with known shares', () => {
    // local 4/5 = 0.8, civil society 3/4 = 0.75, academia 2/3 ≈ 0.667 (1 abstention does not count against)
    const s = summariseVotes([
      ...votes('local_government', 4, 1),
      ...votes('civil_society', 3, 1),
      ...votes('academia', 2, 1, 1),
    ]);
    expect(s.bridging).toBeCloseTo(2 / 3, 10);
    expect(s.consensus).toBe('broad');
    expect(s.constituencies.map((c) => [c.constituency, c.votes, c.supportShare])).toEqual([
      ['academia', 4, 2 / 3],
      ['civil_society', 4, 0.75],
      ['local_government', 5, 0.8],
    ]);
  });

  it('is not broad consensus over only two constituencies, even at 100 %', () => {
    const s = summariseVotes([...votes('local_government', 5), ...votes('civil_society', 5)]);
    expect(s.bridging).toBe(1);
    expect(s.consensus).toBeNull();
  });

  it('counts abstentions toward qualifying but not in the share', () => {
    const s = summariseVotes([...votes('academia', 0, 0, 3), ...votes('civil_society', 3)]);
    expect(s.constituencies.find((c) => c.constituency === 'academia')?.supportShare).toBe(0);
    expect(s.bridging).toBe(0);
  });

  it('marks a split room as contested', () => {
    expect(summariseVotes(votes('local_government', 5, 5)).consensus).toBe('contested');
    expect(summariseVotes(votes('local_government', 2, 2)).consensus).toBeNull(); // too few votes to tell
  });

  it('marks constituencies that disagree as contested, even when the room as a whole supports', () => {
    const s = summariseVotes([
      ...votes('local_government', 20),
      ...votes('national_government', 1, 3),
    ]);
    expect(s.tally.support / (s.tally.support + s.tally.oppose)).toBeGreaterThan(0.8);
    expect(s.consensus).toBe('contested');
  });
});
