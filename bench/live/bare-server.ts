/**
 * The baseline: a bare socket.io server doing the same broadcast as Agora with nothing else —
 * votes kept in memory, acknowledged at once, tallies coalesced and sent to the room every
 * interval. Agora's figures are reported as ratios to this one, measured in the same run.
 *
 * Its snapshot has the contract's shape, field for field, with values of the sizes the bench
 * gives Agora's (a recommendation's title, body, author…): the screens keep what they are sent,
 * so stub objects would make the driver's own work (its heap, the tally copies) lighter against
 * the baseline than against Agora, and the comparison would measure the driver, not the server.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import type { RecommendationView, SessionSnapshot, SessionView } from '#contract';

const port = Number(process.env.PORT ?? 0);
const interval = Number(process.env.TALLY_INTERVAL_MS ?? 100);

const http = createServer();
const io = new Server(http, {
  transports: ['websocket'],
  perMessageDeflate: false,
  maxHttpBufferSize: 100 * 1024,
});
const live = io.of('/live');
const tallies = new Map<string, { support: number; oppose: number; abstain: number }>();
const changed = new Map<string, Set<string>>(); // sessionId → recommendation ids
const sessionOf = new Map<string, string>();
/** The recommendations as Agora shows them (their tallies are kept in `tallies`). */
const views = new Map<string, RecommendationView>();
const author = { id: randomUUID(), name: 'Voter 0', organisation: 'Org' };
const startedAt = new Date().toISOString();
let seq = 0;

type Value = 'support' | 'oppose' | 'abstain';

live.on('connection', (socket) => {
  // What the screens' SessionFeed needs of a snapshot: the session's id and the recommendations
  // with their tallies (a sync, never needed in order, answers with one too).
  const snapshot = (sessionId: string): SessionSnapshot => ({
    session: sessionView(sessionId),
    recommendations: [...sessionOf]
      .filter(([, session]) => session === sessionId)
      .map(([id]) => ({ ...views.get(id)!, tally: { ...tallies.get(id)! } })),
    speakers: {
      mode: 'balanced',
      turnSeconds: 120,
      current: null,
      queue: [],
      totals: [],
      organisations: [],
    },
    seq,
  });
  socket.on('session:join', (body: { sessionId: string }, ack: (r: unknown) => void) => {
    void socket.join(`session:${body.sessionId}`);
    ack({ ok: true, data: snapshot(body.sessionId) });
  });
  socket.on('session:sync', (body: { sessionId: string }, ack: (r: unknown) => void) => {
    ack({ ok: true, data: { kind: 'snapshot', ...snapshot(body.sessionId) } });
  });
  socket.on(
    'bench:register',
    (body: { sessionId: string; recommendationIds: string[] }, ack: (r: unknown) => void) => {
      body.recommendationIds.forEach((id, index) => {
        sessionOf.set(id, body.sessionId);
        views.set(id, recommendationView(id, body.sessionId, index));
        tallies.set(id, { support: 0, oppose: 0, abstain: 0 });
      });
      ack({ ok: true, data: null });
    },
  );
  socket.on(
    'vote:cast',
    (body: { recommendationId: string; value: Value }, ack: (r: unknown) => void) => {
      const tally = tallies.get(body.recommendationId);
      const sessionId = sessionOf.get(body.recommendationId);
      if (!tally || !sessionId)
        return ack({ ok: false, error: { status: 404, message: 'unknown' } });
      tally[body.value]++;
      const set = changed.get(sessionId) ?? new Set<string>();
      set.add(body.recommendationId);
      changed.set(sessionId, set);
      ack({
        ok: true,
        data: { recommendationId: body.recommendationId, tally: { ...tally }, myVote: body.value },
      });
    },
  );
});

function sessionView(id: string): SessionView {
  return {
    id,
    conferenceId: author.id,
    title: 'Bench 5000×1000',
    kind: 'led_discussion',
    description: null,
    room: null,
    startsAt: '2017-11-16T09:00:00.000Z',
    endsAt: '2017-11-16T11:00:00.000Z',
    status: 'open',
    summary: null,
    moderators: [{ id: randomUUID(), name: 'Moderator', organisation: 'UCLG' }],
    counts: { recommendations: views.size, comments: 0, votes: 0 },
    translations: {},
    closedAt: null,
    seq,
  };
}

/**
 * What the bench submits to Agora (bench/live.ts), as Agora's screens receive it: the same
 * fields in the same order (the author is its own sponsor), so that the screens' objects match.
 */
function recommendationView(id: string, sessionId: string, index: number): RecommendationView {
  return {
    id,
    sessionId,
    title: `Recommendation ${index}`,
    body: 'Cities should be consulted on migration policy.',
    themes: ['GCM-23'],
    governanceLevel: 'multi_level',
    status: 'submitted',
    version: 1,
    author,
    sponsors: [author],
    tally: { support: 0, oppose: 0, abstain: 0 },
    bridging: 0,
    consensus: null,
    myVote: null,
    disposition: null,
    proposedDisposition: null,
    dispositionNote: null,
    mergedIntoId: null,
    hiddenReason: null,
    commentCount: 0,
    createdAt: startedAt,
    updatedAt: startedAt,
  };
}

setInterval(() => {
  for (const [sessionId, ids] of changed) {
    const list = [...ids].map((id) => ({
      recommendationId: id,
      ...tallies.get(id)!,
      bridging: 0,
      consensus: null,
    }));
    live.to(`session:${sessionId}`).emit('tally:updated', { sessionId, seq: ++seq, tallies: list });
  }
  changed.clear();
}, interval);

http.listen(port, '127.0.0.1', () => {
  const address = http.address() as { port: number };
  process.stdout.write(`listening ${address.port}\n`);
});

// Exit normally on the bench's SIGTERM, so that a CPU profile (BENCH_BARE_ARGS) is written.
process.on('SIGTERM', () => process.exit(0));
