import { DEFAULT_ADOPTION_RULE } from '../conferences/conference.entity';
import { proposeDisposition } from './disposition-rule';

describe('proposeDisposition (default rule: ≥ 5 votes, support ≥ 60 %)', () => {
  it.each([
    [{ support: 3, oppose: 2, abstain: 0 }, 'adopted'], // exactly 60 % of 5
    [{ support: 5, oppose: 0, abstain: 9 }, 'adopted'], // abstentions do not count
    [{ support: 2, oppose: 3, abstain: 0 }, 'not_adopted'],
    [{ support: 4, oppose: 0, abstain: 10 }, 'noted'], // too few decided votes
    [{ support: 0, oppose: 0, abstain: 0 }, 'noted'],
  ] as const)('%j → %s', (tally, expected) => {
    expect(proposeDisposition(tally, DEFAULT_ADOPTION_RULE)).toBe(expected);
  });

  it('follows a conference rule', () => {
    expect(
      proposeDisposition(
        { support: 6, oppose: 4, abstain: 0 },
        { minVotes: 10, minSupportShare: 0.5 },
      ),
    ).toBe('adopted');
    expect(
      proposeDisposition(
        { support: 6, oppose: 4, abstain: 0 },
        { minVotes: 11, minSupportShare: 0.5 },
      ),
    ).toBe('noted');
  });
});
