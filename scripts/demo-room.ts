/**
 * `npm run demo:room` — the demo's delegates in the room: each signs in over the API, opens the
 * live socket like the web client and joins the open session, then they keep voting, changing
 * their minds and commenting at a gentle rate, so that a room screen and a phone visibly move.
 * Stops by itself after --minutes, or on Ctrl-C. Talks to a running server (`npm start`).
 *
 *   npm run demo:room -- [--url http://localhost:3000] [--minutes 5] [--rate 3] [--session <id or title>]
 *
 * Only for the demo: it signs in with the demo accounts' published access code.
 */
import { parseArgs } from 'node:util';
import { io } from 'socket.io-client';
import { LiveSession, type LiveSocket } from '../src/contract/live-session';
import type { SessionView, Stance, VoteValue } from '#contract';
import { DEMO_ACCESS_CODE, DEMO_ACCOUNTS, demoEmail } from '../src/demo/demo-accounts';
import { commentFor } from './demo-room/comments';

export const DEMO_ROOM_USAGE = `usage: npm run demo:room -- [--url http://localhost:3000] [--minutes 5] [--rate 3] [--session <id or title>]

Simulated delegates vote and comment in the demo conference's open session until --minutes have
passed (default 5) or Ctrl-C. --rate is the room's actions per second (default 3).
`;

export interface DemoRoomOptions {
  url: string;
  minutes: number;
  /** Actions per second, for the whole room. */
  rate: number;
  /** A session id or title; the first open (else voting) session of the demo when absent. */
  session?: string;
  /** Stops the room early (Ctrl-C). */
  signal?: AbortSignal;
  log?: (line: string) => void;
}

export interface DemoRoomStats {
  session: string;
  delegates: number;
  votes: number;
  changes: number;
  withdrawals: number;
  comments: number;
  refused: number;
  seconds: number;
  stoppedBy: 'time' | 'signal' | 'session closed';
}

interface Delegate {
  key: string;
  language: string;
  socket: LiveSocket;
  live: LiveSession;
  commented: Set<string>;
}

class RoomError extends Error {}

/** Runs the room until the time is up, the signal aborts or the session closes. */
export async function runDemoRoom(options: DemoRoomOptions): Promise<DemoRoomStats> {
  const log = options.log ?? ((line: string) => console.log(line));
  const url = options.url.replace(/\/+$/, '');
  const secretariat = await signIn(url, 'secretariat');
  const session = await chooseSession(url, secretariat, options.session);

  const accounts = DEMO_ACCOUNTS.filter((a) => a.role === 'delegate');
  const delegates: Delegate[] = [];
  const stats: DemoRoomStats = {
    session: session.title,
    delegates: 0,
    votes: 0,
    changes: 0,
    withdrawals: 0,
    comments: 0,
    refused: 0,
    seconds: 0,
    stoppedBy: 'time',
  };
  const started = Date.now();
  try {
    for (const account of accounts) {
      if (options.signal?.aborted) break;
      const socket = await connect(url, await signIn(url, account.key));
      const live = new LiveSession(socket, session.id);
      delegates.push({
        key: account.key,
        language: account.language,
        socket,
        live,
        commented: new Set(),
      });
      await live.join();
    }
    stats.delegates = delegates.length;
    log(
      `demo:room: ${delegates.length} delegates in "${session.title}" for ${options.minutes} min, ` +
        `about ${options.rate} actions a second (Ctrl-C to stop)`,
    );

    // --minutes is the time the room acts, counted once every delegate has joined: signing 25
    // delegates in takes seconds on a busy machine and must not eat a short run.
    const deadline = Date.now() + options.minutes * 60_000;
    let lastReport = Date.now();
    while (!options.signal?.aborted) {
      if (Date.now() >= deadline) break;
      const delegate = pick(delegates);
      if (delegate.live.state?.session.status === 'closed') {
        stats.stoppedBy = 'session closed';
        break;
      }
      await act(delegate, stats);
      if (Date.now() - lastReport >= 15_000) {
        lastReport = Date.now();
        log(`demo:room: ${summary(stats, Date.now() - started)}`);
      }
      // Poisson-like spacing around the rate, so the room does not tick like a clock.
      const wait = (-Math.log(1 - Math.random()) * 1000) / options.rate;
      await sleep(Math.min(wait, deadline - Date.now()), options.signal);
    }
    if (options.signal?.aborted) stats.stoppedBy = 'signal';
  } finally {
    // Leave the room first, so that its screens count the delegates out at once; a server that
    // has gone away is not waited for.
    await Promise.all(
      delegates.map((d) => Promise.race([d.live.leave().catch(() => null), sleep(1000)])),
    );
    for (const d of delegates) d.socket.close();
    stats.seconds = Math.round((Date.now() - started) / 1000);
  }
  log(`demo:room: stopped (${stats.stoppedBy}): ${summary(stats, Date.now() - started)}`);
  return stats;
}

/** One delegate's next move: mostly votes (a first vote or a change of mind), sometimes a comment or a withdrawal. */
async function act(delegate: Delegate, stats: DemoRoomStats): Promise<void> {
  const state = delegate.live.state;
  const open = state
    ? [...state.recommendations.values()].filter((r) => r.status === 'submitted')
    : [];
  if (!state || open.length === 0) return;
  const recommendation = pick(open);
  const leaning = leaningOf(delegate.key, recommendation.id);
  const roll = Math.random();
  try {
    if (roll < 0.1 && !delegate.commented.has(recommendation.id)) {
      const stance: Stance = leaning > 0.75 ? 'for' : leaning < 0.45 ? 'against' : 'neutral';
      await ask(
        delegate.socket.emitWithAck('comment:add', {
          recommendationId: recommendation.id,
          body: commentFor(delegate.language, stance, Math.random()),
          stance,
        }),
      );
      delegate.commented.add(recommendation.id);
      stats.comments++;
    } else if (roll < 0.17 && recommendation.myVote) {
      await ask(
        delegate.socket.emitWithAck('vote:withdraw', { recommendationId: recommendation.id }),
      );
      setMyVote(delegate, recommendation.id, null);
      stats.withdrawals++;
    } else {
      const value = choose(leaning, recommendation.myVote);
      const result = await ask(
        delegate.socket.emitWithAck('vote:cast', { recommendationId: recommendation.id, value }),
      );
      if (recommendation.myVote) stats.changes++;
      else stats.votes++;
      setMyVote(delegate, recommendation.id, result.myVote);
    }
  } catch (error) {
    // 409 when voting stops or a recommendation is withdrawn, 429 over the socket's rate: the
    // room carries on, as a delegate would after a refused tap.
    if (!(error instanceof RoomError)) throw error;
    stats.refused++;
  }
}

/** The live state keeps this delegate's own vote (broadcasts carry nobody's). */
function setMyVote(delegate: Delegate, id: string, value: VoteValue | null): void {
  const current = delegate.live.state?.recommendations.get(id);
  if (current) current.myVote = value;
}

/**
 * Each delegate leans for or against each recommendation, the same way every run (a hash of the
 * two), so that tallies drift toward an outcome rather than a coin toss.
 */
function leaningOf(key: string, recommendationId: string): number {
  let h = 2166136261;
  for (const c of `${key}/${recommendationId}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return 0.25 + ((h >>> 0) % 1000) / 1333;
}

/** A first vote follows the leaning; a change of mind moves to another value. */
function choose(leaning: number, current: VoteValue | null): VoteValue {
  for (;;) {
    const r = Math.random();
    const value: VoteValue =
      r < leaning ? 'support' : r < leaning + (1 - leaning) * 0.6 ? 'oppose' : 'abstain';
    if (value !== current) return value;
  }
}

async function signIn(url: string, key: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: demoEmail(key), password: DEMO_ACCESS_CODE }),
    });
  } catch (error) {
    throw new RoomError(
      `no Agora server at ${url} (${error instanceof Error ? error.message : String(error)}): start it with npm start, or give --url`,
    );
  }
  if (response.status === 401)
    throw new RoomError(
      `${demoEmail(key)} cannot sign in at ${url}: is the Mechelen 2017 demo loaded there?`,
    );
  if (!response.ok)
    throw new RoomError(
      `signing in ${demoEmail(key)} failed: ${response.status} ${await response.text()}`,
    );
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function chooseSession(url: string, token: string, wanted?: string): Promise<SessionView> {
  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${url}/api/v1${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok)
      throw new RoomError(`GET ${path} failed: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const [conference] = await get<Array<{ id: string }>>('/conferences');
  if (!conference) throw new RoomError('the demo secretariat sees no conference');
  const sessions = await get<SessionView[]>(`/conferences/${conference.id}/sessions`);
  if (wanted) {
    const session = sessions.find((s) => s.id === wanted || s.title === wanted);
    if (!session) throw new RoomError(`no session has the id or title "${wanted}"`);
    if (session.status !== 'open' && session.status !== 'voting')
      throw new RoomError(
        `"${session.title}" is ${session.status}: delegates can vote only while it is open or voting`,
      );
    return session;
  }
  const session =
    sessions.find((s) => s.status === 'open') ?? sessions.find((s) => s.status === 'voting');
  if (!session)
    throw new RoomError(
      'no session is open: open one (as its moderator or the secretariat) and run this again',
    );
  return session;
}

function connect(url: string, token: string): Promise<LiveSocket> {
  const socket: LiveSocket = io(`${url}/live`, {
    auth: { token },
    transports: ['websocket'],
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(new RoomError(`the live socket refused the connection: ${error.message}`));
    });
  });
}

async function ask<T>(
  promise: Promise<
    { ok: true; data: T } | { ok: false; error: { status: number; message: string | string[] } }
  >,
): Promise<T> {
  const ack = await promise;
  if (!ack.ok) throw new RoomError(`${ack.error.status} ${String(ack.error.message)}`);
  return ack.data;
}

function summary(s: DemoRoomStats, ms: number): string {
  const elapsed = `${Math.floor(ms / 60_000)}:${String(Math.floor(ms / 1000) % 60).padStart(2, '0')}`;
  return (
    `${elapsed} — ${count(s.votes, 'vote')}, ${count(s.changes, 'change of mind', 'changes of mind')}, ` +
    `${s.withdrawals} withdrawn, ${count(s.comments, 'comment')}${s.refused ? `, ${s.refused} refused` : ''}`
  );
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function pick<T>(items: T[]): T {
  return items[Math.floor(Math.random() * items.length)];
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Parses the command line; throws a RoomError naming the bad option. */
export function parseDemoRoomArgs(argv: string[]): Omit<DemoRoomOptions, 'signal' | 'log'> {
  let values: { url?: string; minutes?: string; rate?: string; session?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        url: { type: 'string' },
        minutes: { type: 'string' },
        rate: { type: 'string' },
        session: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new RoomError(error instanceof Error ? error.message : String(error));
  }
  const minutes = Number(values.minutes ?? 5);
  if (!Number.isFinite(minutes) || minutes <= 0 || minutes > 240)
    throw new RoomError('--minutes must be a number of minutes between 0 and 240');
  const rate = Number(values.rate ?? 3);
  if (!Number.isFinite(rate) || rate <= 0 || rate > 20)
    throw new RoomError('--rate must be a number of actions per second between 0 and 20');
  const url = values.url ?? 'http://localhost:3000';
  if (!/^https?:\/\/[^\s]+$/.test(url))
    throw new RoomError('--url must be an http:// or https:// address');
  return { url, minutes, rate, ...(values.session ? { session: values.session } : {}) };
}

if (require.main === module) {
  let options: ReturnType<typeof parseDemoRoomArgs>;
  try {
    options = parseDemoRoomArgs(process.argv.slice(2));
  } catch (error) {
    console.error(
      `demo:room: ${error instanceof Error ? error.message : String(error)}\n\n${DEMO_ROOM_USAGE}`,
    );
    process.exit(2);
  }
  const stop = new AbortController();
  const onSignal = () => {
    // A second Ctrl-C does not wait for the sockets to close.
    if (stop.signal.aborted) process.exit(130);
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  runDemoRoom({ ...options, signal: stop.signal }).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`demo:room: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
