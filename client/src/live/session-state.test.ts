// The contract's session reducer (packages/contract/src/live), which the server's e2e tests and
// the benchmark run too; its tests run here, under Vitest, with the client's fixtures.
import { describe, expect, it } from 'vitest';
import {
  comment,
  createdEvent,
  recommendation,
  session,
  SESSION_ID,
  snapshot,
  tallyEvent,
} from '../test-support/fixtures';
import {
  hideOwnComment,
  addOwnComment,
  applySessionSync as applySync,
  applyVoteResult,
  fromSessionSnapshot as fromSnapshot,
  receiveSessionEvent as receive,
  setComments,
  upsertRecommendation,
} from '#contract';

describe('session state', () => {
  it('applies the next event and advances seq', () => {
    const state = fromSnapshot(snapshot(4, [recommendation('a')]));
    const step = receive(state, tallyEvent(5, 'a', 3));
    expect(step.gap).toBe(false);
    expect(step.state.seq).toBe(5);
    expect(step.state.recommendations[0]!.tally.support).toBe(3);
  });

  it('applies a tally:updated naming several recommendations and leaves the others as they were', () => {
    const state = fromSnapshot(
      snapshot(1, [recommendation('a'), recommendation('b'), recommendation('c')]),
    );
    const { state: next } = receive(state, {
      name: 'tally:updated',
      payload: {
        sessionId: SESSION_ID,
        seq: 2,
        tallies: [
          {
            recommendationId: 'c',
            support: 4,
            oppose: 1,
            abstain: 2,
            bridging: 0.5,
            consensus: 'broad',
          },
          {
            recommendationId: 'unknown',
            support: 9,
            oppose: 0,
            abstain: 0,
            bridging: 0,
            consensus: null,
          },
          {
            recommendationId: 'a',
            support: 7,
            oppose: 0,
            abstain: 0,
            bridging: 0,
            consensus: null,
          },
        ],
      },
    });
    expect(next.recommendations.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(next.recommendations[0]!.tally).toEqual({ support: 7, oppose: 0, abstain: 0 });
    expect(next.recommendations[1]).toBe(state.recommendations[1]);
    expect(next.recommendations[2]).toMatchObject({
      tally: { support: 4, oppose: 1, abstain: 2 },
      bridging: 0.5,
      consensus: 'broad',
    });
    // The state it came from is not changed (views compare by identity).
    expect(state.recommendations[0]!.tally.support).toBe(0);
    expect(state.recommendations[2]!.consensus).toBe(null);
  });

  it('keeps the recommendations list when a tally:updated changes nothing, and still advances seq', () => {
    const state = fromSnapshot(snapshot(1, [recommendation('a'), recommendation('b')]));
    const once = receive(state, tallyEvent(2, 'a', 3)).state;
    const again = receive(once, tallyEvent(3, 'a', 3)).state;
    expect(again.seq).toBe(3);
    expect(again.recommendations).toBe(once.recommendations);
    expect(once.recommendations).not.toBe(state.recommendations);
  });

  it('ignores duplicates and events older than the state', () => {
    const state = receive(
      fromSnapshot(snapshot(4, [recommendation('a')])),
      tallyEvent(5, 'a', 3),
    ).state;
    const again = receive(state, tallyEvent(5, 'a', 9));
    expect(again.state).toBe(state);
    expect(receive(state, tallyEvent(2, 'a', 9)).state).toBe(state);
  });

  it('ignores events of another session', () => {
    const state = fromSnapshot(snapshot(0, [recommendation('a')]));
    const other = tallyEvent(1, 'a', 7);
    other.payload.sessionId = 'another';
    expect(receive(state, other).state).toBe(state);
  });

  it('holds back an event after a gap, reports the gap, and applies it once the gap is filled', () => {
    const state = fromSnapshot(snapshot(1, [recommendation('a')]));
    const ahead = receive(state, tallyEvent(3, 'a', 8));
    expect(ahead.gap).toBe(true);
    expect(ahead.state.seq).toBe(1);
    expect(ahead.state.recommendations[0]!.tally.support).toBe(0);
    expect(ahead.state.pending).toHaveLength(1);

    const filled = receive(ahead.state, tallyEvent(2, 'a', 5));
    expect(filled.gap).toBe(false);
    expect(filled.state.seq).toBe(3);
    expect(filled.state.pending).toHaveLength(0);
    // Applied in seq order: 5 then 8, so the later tally wins.
    expect(filled.state.recommendations[0]!.tally.support).toBe(8);
  });

  it('still reports a gap while events are missing in the middle', () => {
    let state = fromSnapshot(snapshot(0, [recommendation('a')]));
    state = receive(state, tallyEvent(2, 'a', 2)).state;
    state = receive(state, tallyEvent(4, 'a', 4)).state;
    const step = receive(state, tallyEvent(1, 'a', 1));
    expect(step.state.seq).toBe(2);
    expect(step.gap).toBe(true);
    expect(step.state.pending.map((e) => e.payload.seq)).toEqual([4]);
  });

  it('fills a gap with the events a sync returns, in seq order whatever the order received', () => {
    const ahead = receive(
      fromSnapshot(snapshot(1, [recommendation('a')])),
      tallyEvent(4, 'a', 40),
    ).state;
    const synced = applySync(ahead, {
      kind: 'events',
      seq: 4,
      events: [tallyEvent(3, 'a', 30), tallyEvent(2, 'a', 20)],
    });
    expect(synced.gap).toBe(false);
    expect(synced.state.seq).toBe(4);
    expect(synced.state.recommendations[0]!.tally.support).toBe(40);
  });

  it('reports a gap when a sync does not reach the seq the server announced', () => {
    const state = fromSnapshot(snapshot(1, [recommendation('a')]));
    const synced = applySync(state, { kind: 'events', seq: 5, events: [tallyEvent(2, 'a', 2)] });
    expect(synced.gap).toBe(true);
  });

  it('replaces the state with a sync snapshot, keeps newer held-back events and bumps the epoch', () => {
    let state = fromSnapshot(snapshot(1, [recommendation('a')]));
    state = setComments(state, 'a', [comment('c1', 'a')]);
    state = receive(state, tallyEvent(9, 'a', 90)).state;
    const synced = applySync(state, {
      kind: 'snapshot',
      ...snapshot(8, [recommendation('a', { tally: { support: 80, oppose: 0, abstain: 0 } })]),
    });
    expect(synced.state.seq).toBe(9);
    expect(synced.state.recommendations[0]!.tally.support).toBe(90);
    expect(synced.state.epoch).toBe(state.epoch + 1);
    expect(synced.state.comments).toEqual({});
  });

  it('keeps the caller’s own vote when a broadcast carries myVote null', () => {
    let state = fromSnapshot(snapshot(0, [recommendation('a', { myVote: 'support' })]));
    state = receive(state, {
      name: 'recommendation:updated',
      payload: {
        sessionId: SESSION_ID,
        seq: 1,
        recommendation: recommendation('a', { title: 'New title', version: 2 }),
      },
    }).state;
    expect(state.recommendations[0]).toMatchObject({ title: 'New title', myVote: 'support' });
  });

  it('does not let an event for an older version undo a newer REST answer', () => {
    let state = fromSnapshot(snapshot(0, [recommendation('a')]));
    state = upsertRecommendation(state, recommendation('a', { title: 'v3', version: 3 }));
    state = receive(state, {
      name: 'recommendation:updated',
      payload: {
        sessionId: SESSION_ID,
        seq: 1,
        recommendation: recommendation('a', { title: 'v2', version: 2 }),
      },
    }).state;
    expect(state.recommendations[0]!.title).toBe('v3');
    expect(state.seq).toBe(1);
  });

  it('adds created recommendations and session changes', () => {
    let state = fromSnapshot(snapshot(0));
    state = receive(state, createdEvent(1, recommendation('b'))).state;
    state = receive(state, {
      name: 'session:updated',
      payload: { sessionId: SESSION_ID, seq: 2, session: session({ status: 'voting', seq: 2 }) },
    }).state;
    expect(state.recommendations.map((r) => r.id)).toEqual(['b']);
    expect(state.session.status).toBe('voting');
  });

  it('applies the caller’s vote result', () => {
    const state = applyVoteResult(fromSnapshot(snapshot(0, [recommendation('a')])), {
      recommendationId: 'a',
      tally: { support: 1, oppose: 0, abstain: 0 },
      myVote: 'support',
    });
    expect(state.recommendations[0]).toMatchObject({ myVote: 'support', tally: { support: 1 } });
  });

  it('counts a comment once, whether its event or the poster’s own answer comes first', () => {
    let state = setComments(fromSnapshot(snapshot(0, [recommendation('a')])), 'a', []);
    state = addOwnComment(state, comment('c1', 'a'));
    state = receive(state, {
      name: 'comment:created',
      payload: { sessionId: SESSION_ID, seq: 1, comment: comment('c1', 'a') },
    }).state;
    expect(state.comments.a).toHaveLength(1);
    expect(state.recommendations[0]!.commentCount).toBe(1);
  });

  it('replaces a hidden comment', () => {
    let state = setComments(fromSnapshot(snapshot(0, [recommendation('a')])), 'a', [
      comment('c1', 'a'),
    ]);
    state = receive(state, {
      name: 'comment:hidden',
      payload: {
        sessionId: SESSION_ID,
        seq: 1,
        comment: { ...comment('c1', 'a'), hidden: true, body: '' },
      },
    }).state;
    expect(state.comments.a![0]!.hidden).toBe(true);
  });

  const hiddenEvent = (seq: number) =>
    ({
      name: 'comment:hidden',
      payload: {
        sessionId: SESSION_ID,
        seq,
        comment: { ...comment('c1', 'a'), hidden: true, body: '' },
      },
    }) as const;

  it('counts a hidden comment down once, as the server does, whether or not its list is loaded', () => {
    const counted = { ...recommendation('a'), commentCount: 2 };
    const unloaded = receive(fromSnapshot(snapshot(0, [counted])), hiddenEvent(1)).state;
    expect(unloaded.recommendations[0]!.commentCount).toBe(1);
    const loaded = setComments(fromSnapshot(snapshot(0, [counted])), 'a', [comment('c1', 'a')]);
    expect(receive(loaded, hiddenEvent(1)).state.recommendations[0]!.commentCount).toBe(1);
  });

  it('counts a comment the moderator hid down once, whether its event or the answer comes first', () => {
    const counted = { ...recommendation('a'), commentCount: 2 };
    let state = setComments(fromSnapshot(snapshot(0, [counted])), 'a', [comment('c1', 'a')]);
    state = hideOwnComment(state, hiddenEvent(1).payload.comment);
    state = receive(state, hiddenEvent(1)).state;
    expect(state.recommendations[0]!.commentCount).toBe(1);
    expect(state.comments.a![0]!.hidden).toBe(true);
  });

  it('keeps every comment sent when it follows all comments (a screen without REST)', () => {
    const counted = { ...recommendation('a'), commentCount: 1 };
    let state = fromSnapshot(snapshot(0, [counted]), null, true);
    state = receive(state, {
      name: 'comment:created',
      payload: { sessionId: SESSION_ID, seq: 1, comment: comment('c1', 'a') },
    }).state;
    state = receive(state, { ...hiddenEvent(2) }).state;
    expect(state.comments.a!.map((c) => [c.id, c.hidden])).toEqual([['c1', true]]);
    expect(state.recommendations[0]!.commentCount).toBe(1);
    // A snapshot from a sync keeps following every comment.
    const synced = applySync(state, { kind: 'snapshot', ...snapshot(9, [counted]) }).state;
    expect(synced.commentsOfAll).toBe(true);
  });
});
