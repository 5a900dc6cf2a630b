import fc from 'fast-check';
import { nextSpeaker, speakingOrder, type WaitingRequest } from './speaking-order';

const CONSTITUENCIES = ['local_government', 'national_government', 'civil_society', null];

/** Requests with few distinct times, so ties of the same millisecond are common. */
const waitingList = fc
  .array(
    fc.record({
      constituency: fc.constantFrom(...CONSTITUENCIES),
      requestedAt: fc.integer({ min: 0, max: 20 }),
    }),
    { maxLength: 25 },
  )
  .map((rows) => rows.map((r, i) => ({ ...r, id: `r${String(i).padStart(3, '0')}` })));

const turnCounts = fc
  .array(fc.tuple(fc.constantFrom(...CONSTITUENCIES), fc.nat(6)), { maxLength: 4 })
  .map((pairs) => new Map(pairs));

/**
 * The reference model, written the long way round from the rule's wording: find the constituencies
 * waiting, keep those with the fewest turns, then take the earliest request among them.
 */
function referenceNext(
  waiting: WaitingRequest[],
  turns: Map<string | null, number>,
): WaitingRequest | null {
  if (waiting.length === 0) return null;
  const waitingConstituencies = [...new Set(waiting.map((r) => r.constituency))];
  const fewest = Math.min(...waitingConstituencies.map((c) => turns.get(c) ?? 0));
  const candidates = waiting.filter((r) => (turns.get(r.constituency) ?? 0) === fewest);
  const earliestTime = Math.min(...candidates.map((r) => r.requestedAt));
  const earliest = candidates.filter((r) => r.requestedAt === earliestTime);
  const firstId = earliest.map((r) => r.id).sort()[0];
  return earliest.find((r) => r.id === firstId)!;
}

function referenceFifo(waiting: WaitingRequest[]): WaitingRequest | null {
  return referenceNext(waiting, new Map());
}

describe('the speaking order', () => {
  it('balanced: the earliest request of the constituency with the fewest turns (ties: earliest)', () => {
    fc.assert(
      fc.property(waitingList, turnCounts, (waiting, turns) => {
        expect(nextSpeaker('balanced', waiting, turns)).toEqual(referenceNext(waiting, turns));
      }),
      { numRuns: 500 },
    );
  });

  it('fifo: the earliest request whatever the turns', () => {
    fc.assert(
      fc.property(waitingList, turnCounts, (waiting, turns) => {
        expect(nextSpeaker('fifo', waiting, turns)).toEqual(referenceFifo(waiting));
      }),
      { numRuns: 300 },
    );
  });

  it('the projected queue is what calling one speaker after another would give', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('fifo' as const, 'balanced' as const),
        waitingList,
        turnCounts,
        (mode, waiting, turns) => {
          const order = speakingOrder(mode, waiting, turns);
          // Simulate the room: call the next speaker by the reference rule until nobody waits.
          const left = [...waiting];
          const counts = new Map(turns);
          const called: string[] = [];
          while (left.length) {
            const next = mode === 'balanced' ? referenceNext(left, counts)! : referenceFifo(left)!;
            called.push(next.id);
            left.splice(left.indexOf(next), 1);
            counts.set(next.constituency, (counts.get(next.constituency) ?? 0) + 1);
          }
          expect(order.map((r) => r.id)).toEqual(called);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('balanced: each speaker called is from a constituency with no more turns than any still waiting', () => {
    fc.assert(
      fc.property(waitingList, (waiting) => {
        const order = speakingOrder('balanced', waiting, new Map());
        const turns = new Map<string | null, number>();
        for (const [i, request] of order.entries()) {
          const mine = turns.get(request.constituency) ?? 0;
          for (const other of order.slice(i + 1))
            expect(mine).toBeLessThanOrEqual(turns.get(other.constituency) ?? 0);
          turns.set(request.constituency, mine + 1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a worked example: governments asked first, cities and civil society still come in', () => {
    const at = (id: string, constituency: string, requestedAt: number) => ({
      id,
      constituency,
      requestedAt,
    });
    const waiting = [
      at('gov1', 'national_government', 1),
      at('gov2', 'national_government', 2),
      at('gov3', 'national_government', 3),
      at('city', 'local_government', 4),
      at('ngo', 'civil_society', 5),
    ];
    const turns = new Map([['national_government', 2]]);
    expect(speakingOrder('fifo', waiting, turns).map((r) => r.id)).toEqual([
      'gov1',
      'gov2',
      'gov3',
      'city',
      'ngo',
    ]);
    expect(speakingOrder('balanced', waiting, turns).map((r) => r.id)).toEqual([
      'city',
      'ngo',
      'gov1',
      'gov2',
      'gov3',
    ]);
  });
});
