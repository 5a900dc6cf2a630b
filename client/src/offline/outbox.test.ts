import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import {
  Outbox,
  outcomeUnknown,
  pendingAmendmentVote,
  pendingVote,
  type Intent,
  type OutboxItem,
} from './outbox';

class MemoryStorage {
  readonly data = new Map<string, string>();
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
}

const vote = (recommendationId: string, value: 'support' | 'oppose' | null): Intent => ({
  kind: 'vote',
  sessionId: 's1',
  recommendationId,
  title: `R ${recommendationId}`,
  value,
});

function setup(answer: (item: OutboxItem) => Promise<unknown>) {
  const storage = new MemoryStorage();
  const sent: string[] = [];
  let online = true;
  let retries = 0;
  let n = 0;
  const make = () =>
    new Outbox({
      storage,
      key: 'agora.outbox.p1',
      send: (item) => {
        sent.push(item.key);
        return answer(item);
      },
      isOnline: () => online,
      newKey: () => `k${++n}`,
      retryLater: () => retries++,
    });
  return {
    storage,
    sent,
    make,
    setOnline: (value: boolean) => (online = value),
    retries: () => retries,
  };
}

describe('outbox', () => {
  it('delivers at once when online and hands the answer to listeners', async () => {
    const t = setup(async () => ({ myVote: 'support' }));
    const outbox = t.make();
    const delivered: unknown[] = [];
    outbox.onDelivered((_item, result) => delivered.push(result));
    await expect(outbox.submit(vote('r1', 'support'))).resolves.toEqual({
      status: 'delivered',
      result: { myVote: 'support' },
    });
    expect(delivered).toEqual([{ myVote: 'support' }]);
    expect(outbox.items).toEqual([]);
  });

  it('keeps an offline intent, across a reload, and sends it once with its key when back', async () => {
    const t = setup(async () => ({ ok: true }));
    t.setOnline(false);
    await expect(t.make().submit(vote('r1', 'oppose'))).resolves.toEqual({ status: 'queued' });
    expect(t.sent).toEqual([]);
    const reloaded = t.make();
    expect(pendingVote(reloaded.items, 'r1')?.intent.value).toBe('oppose');
    t.setOnline(true);
    await reloaded.flush();
    await reloaded.flush();
    expect(t.sent).toEqual(['k1']);
    expect(reloaded.items).toEqual([]);
  });

  it('keeps an intent whose answer was lost, marked sent, and retries it with the same key', async () => {
    let fail = true;
    const t = setup(async () => {
      if (fail) throw new ApiError(0, []);
      return {};
    });
    const outbox = t.make();
    await expect(outbox.submit(vote('r1', 'support'))).resolves.toEqual({ status: 'queued' });
    expect(outbox.items[0]).toMatchObject({ key: 'k1', sent: true, refused: null });
    expect(t.retries()).toBe(1);
    fail = false;
    await outbox.flush();
    expect(t.sent).toEqual(['k1', 'k1']);
    expect(outbox.items).toEqual([]);
  });

  it('rejects a refusal of the first try and drops the intent', async () => {
    const t = setup(async () => {
      throw new ApiError(400, ['body must be shorter']);
    });
    const outbox = t.make();
    await expect(outbox.submit(vote('r1', 'support'))).rejects.toThrow('body must be shorter');
    expect(outbox.items).toEqual([]);
  });

  it('keeps a refusal on replay, with the reason, until dismissed', async () => {
    const t = setup(async () => {
      throw new ApiError(409, ['Voting is not open: the session is closed']);
    });
    t.setOnline(false);
    await t.make().submit(vote('r1', 'support'));
    t.setOnline(true);
    const outbox = t.make();
    await outbox.flush();
    expect(outbox.items[0]?.refused).toEqual({
      status: 409,
      messages: ['Voting is not open: the session is closed'],
    });
    expect(pendingVote(outbox.items, 'r1')).toBeNull();
    outbox.dismiss('k1');
    expect(outbox.items).toEqual([]);
  });

  it('lets a newer vote on the same recommendation replace a waiting one', async () => {
    const t = setup(async () => ({}));
    t.setOnline(false);
    const outbox = t.make();
    await outbox.submit(vote('r1', 'support'));
    await outbox.submit(vote('r2', 'support'));
    await outbox.submit(vote('r1', null));
    expect(outbox.items.map((i) => i.key)).toEqual(['k2', 'k3']);
    expect(pendingVote(outbox.items, 'r1')?.intent.value).toBeNull();
  });

  it('sends in order and stops at the first request without an answer', async () => {
    const t = setup(async (item) => {
      if (item.key === 'k2') throw new ApiError(503, []);
      return {};
    });
    t.setOnline(false);
    const outbox = t.make();
    for (const r of ['r1', 'r2', 'r3']) await outbox.submit(vote(r, 'support'));
    t.setOnline(true);
    await outbox.flush();
    expect(t.sent).toEqual(['k1', 'k2']);
    expect(outbox.items.map((i) => i.key)).toEqual(['k2', 'k3']);
  });

  it('tells which failures leave the outcome unknown', () => {
    expect(outcomeUnknown(new ApiError(0, []))).toBe(true);
    expect(outcomeUnknown(new ApiError(502, []))).toBe(true);
    expect(
      outcomeUnknown(
        new ApiError(409, [
          'A request with this Idempotency-Key is still being processed; retry shortly',
        ]),
      ),
    ).toBe(true);
    expect(outcomeUnknown(new ApiError(409, ['Voting is not open']))).toBe(false);
    expect(outcomeUnknown(new ApiError(400, ['value must be one of']))).toBe(false);
  });

  it('keeps votes on a draft’s amendments apart: the latest per amendment waits, a recommendation’s vote is not replaced', async () => {
    const t = setup(async () => ({ ok: true }));
    t.setOnline(false);
    const outbox = t.make();
    const amendmentVote = (amendmentId: string, value: 'support' | 'oppose' | null): Intent => ({
      kind: 'amendment-vote',
      draftId: 'd1',
      amendmentId,
      label: '3',
      value,
    });
    await outbox.submit(vote('a1', 'support'));
    await outbox.submit(amendmentVote('a1', 'support'));
    await outbox.submit(amendmentVote('a1', 'oppose'));
    await outbox.submit(amendmentVote('a2', null));
    expect(outbox.items.map((i) => i.intent.kind)).toEqual([
      'vote',
      'amendment-vote',
      'amendment-vote',
    ]);
    expect(pendingAmendmentVote(outbox.items, 'a1')?.intent.value).toBe('oppose');
    expect(pendingVote(outbox.items, 'a1')?.intent.value).toBe('support');
    t.setOnline(true);
    await outbox.flush();
    expect(t.sent).toEqual(['k1', 'k3', 'k4']);
    expect(outbox.items).toEqual([]);
  });
});
