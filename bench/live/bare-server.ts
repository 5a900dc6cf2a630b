/**
 * The baseline: a bare socket.io server doing the same broadcast as Agora with nothing else —
 * votes kept in memory, acknowledged at once, tallies coalesced and sent to the room every
 * interval. Agora's figures are reported as ratios to this one, measured in the same run.
 */
import { createServer } from 'node:http';
import { Server } from 'socket.io';

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
let seq = 0;

type Value = 'support' | 'oppose' | 'abstain';

live.on('connection', (socket) => {
  // What the screens' SessionFeed needs of a snapshot: the session's id and the recommendations
  // with their tallies (a sync, never needed in order, answers with one too).
  const snapshot = (sessionId: string) => ({
    session: { id: sessionId },
    recommendations: [...sessionOf]
      .filter(([, session]) => session === sessionId)
      .map(([id]) => ({ id, tally: { ...tallies.get(id)! }, bridging: 0, consensus: null })),
    speakers: null,
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
      for (const id of body.recommendationIds) {
        sessionOf.set(id, body.sessionId);
        tallies.set(id, { support: 0, oppose: 0, abstain: 0 });
      }
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
