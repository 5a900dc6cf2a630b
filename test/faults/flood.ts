import request from 'supertest';
import type { LiveSocket } from '../../src/contract/live-session';
import type { SignedIn } from '../support/actors';
import { io } from 'socket.io-client';
import { RECOMMENDATION } from '../support/scenario';
import type { StoredState } from './invariants';

type Value = 'support' | 'oppose' | 'abstain';
type Write =
  | { kind: 'vote'; recommendationId: string; value: Value | null }
  | { kind: 'submit'; title: string };

const VALUES: Value[] = ['support', 'oppose', 'abstain'];
const key = (participantId: string, recommendationId: string) =>
  `${participantId}:${recommendationId}`;

/**
 * What the clients were told. Each voter has at most one write in flight, so once the writer
 * dies a vote is either the last value acknowledged or the one in flight — nothing else — and a
 * submission acknowledged must be there, one in flight may or may not be.
 */
export class Ledger {
  /** `${participant}:${recommendation}` → the value acknowledged last (null: withdrawn / none). */
  readonly votes = new Map<string, Value | null>();
  readonly inFlight = new Map<string, Write>();
  /** Acknowledged recommendations: id → title. */
  readonly submitted = new Map<string, string>();
  readonly unexpected: string[] = [];
  acknowledged = { votes: 0, submissions: 0 };
  /** Writes in flight at a kill (that would change something): committed anyway, or not. */
  unacknowledged = { stored: 0, lost: 0 };

  /** Problems between what was acknowledged and what is stored. */
  compare(stored: StoredState, voters: SignedIn[]): string[] {
    const problems: string[] = [];
    for (const [id, title] of this.submitted)
      if (stored.recommendations.get(id) !== title)
        problems.push(`acknowledged recommendation ${id} (${title}) is missing`);
    const pendingTitles = new Set(
      [...this.inFlight.values()].flatMap((w) => (w.kind === 'submit' ? [w.title] : [])),
    );
    for (const [id, title] of stored.recommendations)
      if (!this.submitted.has(id) && !pendingTitles.has(title))
        problems.push(`recommendation ${id} (${title}) was never acknowledged nor in flight`);
    for (const voter of voters) {
      const write = this.inFlight.get(voter.id);
      const recommendations = new Set(
        [...this.submitted.keys()].concat(write?.kind === 'vote' ? [write.recommendationId] : []),
      );
      for (const recommendationId of recommendations) {
        const k = key(voter.id, recommendationId);
        const stored1 = stored.votes.get(k) ?? null;
        const allowed: Array<string | null> = [this.votes.get(k) ?? null];
        if (write?.kind === 'vote' && write.recommendationId === recommendationId)
          allowed.push(write.value);
        if (!allowed.includes(stored1))
          problems.push(`vote ${k} is ${stored1}, acknowledged ${allowed.join(' or ')}`);
      }
    }
    return problems;
  }

  /** After a check the stored state is the truth: an unacknowledged write may have committed. */
  settle(stored: StoredState): void {
    // Unacknowledged writes that told apart from the acknowledged state: did they commit?
    const titles = new Set(stored.recommendations.values());
    for (const [voter, write] of this.inFlight) {
      if (write.kind === 'submit')
        this.unacknowledged[titles.has(write.title) ? 'stored' : 'lost']++;
      else {
        const k = key(voter, write.recommendationId);
        if ((this.votes.get(k) ?? null) === write.value) continue; // no way to tell
        this.unacknowledged[(stored.votes.get(k) ?? null) === write.value ? 'stored' : 'lost']++;
      }
    }
    this.inFlight.clear();
    for (const [id, title] of stored.recommendations) this.submitted.set(id, title);
    for (const k of this.votes.keys()) this.votes.set(k, (stored.votes.get(k) as Value) ?? null);
    for (const [k, value] of stored.votes) this.votes.set(k, value as Value);
  }
}

export interface FloodOptions {
  url: string;
  sessionId: string;
  voters: SignedIn[];
  /** Voters at these indexes write over a socket, the others over REST. */
  overSocket: (index: number) => boolean;
  ledger: Ledger;
  /** Prefix of submitted titles, unique per round. */
  tag: string;
  /** Stops the flood while the app lives (each voter finishes the write it has in flight). */
  signal?: AbortSignal;
}

/**
 * Every voter writes as fast as it is answered — votes, vote changes, withdrawals and now and
 * then a new recommendation — until the app goes away or `signal` aborts. Resolves when every
 * voter has stopped.
 */
export async function flood(options: FloodOptions): Promise<void> {
  const { ledger } = options;
  // null: this voter writes over REST; 'gone': the app died before its socket connected.
  const sockets = await Promise.all(
    options.voters.map((v, i) =>
      options.overSocket(i) ? connectOnce(options.url, v.token) : Promise.resolve(null),
    ),
  );
  // One promise per socket for "the app went away", raced against every acknowledgement.
  const gone = sockets.map((socket) =>
    socket && socket !== 'gone'
      ? new Promise<'gone'>((resolve) => socket.once('disconnect', () => resolve('gone')))
      : null,
  );
  const http = request(options.url);
  let serial = 0;

  const pick = (): Write => {
    const ids = [...ledger.submitted.keys()].slice(-20);
    const r = Math.random();
    if (r < 0.1 || ids.length === 0) return { kind: 'submit', title: `${options.tag}-${serial++}` };
    const recommendationId = ids[Math.floor(Math.random() * ids.length)];
    return { kind: 'vote', recommendationId, value: r < 0.15 ? null : VALUES[serial++ % 3] };
  };

  const one = async (voter: SignedIn, index: number): Promise<void> => {
    const socket = sockets[index];
    if (socket === 'gone') return;
    while (!options.signal?.aborted) {
      const write = pick();
      ledger.inFlight.set(voter.id, write);
      const answer = socket
        ? await overSocket(socket, gone[index]!, options.sessionId, write)
        : await overRest();
      if (answer === 'gone') return;
      ledger.inFlight.delete(voter.id);
      if (!answer.ok) {
        ledger.unexpected.push(`${write.kind}: ${answer.status} ${JSON.stringify(answer.body)}`);
        continue;
      }
      if (write.kind === 'submit') {
        ledger.submitted.set((answer.body as { id: string }).id, write.title);
        ledger.acknowledged.submissions++;
      } else {
        ledger.votes.set(key(voter.id, write.recommendationId), write.value);
        ledger.acknowledged.votes++;
      }

      async function overRest(): Promise<Answer | 'gone'> {
        try {
          const res =
            write.kind === 'submit'
              ? await http
                  .post(`/api/v1/sessions/${options.sessionId}/recommendations`)
                  .set(voter.auth)
                  .send({ ...RECOMMENDATION, title: write.title })
              : write.value === null
                ? await http
                    .delete(`/api/v1/recommendations/${write.recommendationId}/vote`)
                    .set(voter.auth)
                : await http
                    .put(`/api/v1/recommendations/${write.recommendationId}/vote`)
                    .set(voter.auth)
                    .send({ value: write.value });
          return { ok: res.status < 300, status: res.status, body: res.body };
        } catch {
          return 'gone'; // the connection died with the app: outcome unknown
        }
      }
    }
  };

  try {
    await Promise.all(options.voters.map((v, i) => one(v, i)));
  } finally {
    sockets.forEach((s) => s && s !== 'gone' && s.close());
  }
}

interface Answer {
  ok: boolean;
  status: number;
  body: unknown;
}

async function overSocket(
  socket: LiveSocket,
  gone: Promise<'gone'>,
  sessionId: string,
  write: Write,
): Promise<Answer | 'gone'> {
  if (!socket.connected) return 'gone';
  const ack =
    write.kind === 'submit'
      ? socket.emitWithAck('recommendation:submit', {
          ...RECOMMENDATION,
          sessionId,
          title: write.title,
        })
      : write.value === null
        ? socket.emitWithAck('vote:withdraw', { recommendationId: write.recommendationId })
        : socket.emitWithAck('vote:cast', {
            recommendationId: write.recommendationId,
            value: write.value,
          });
  // socket.io rejects pending acknowledgements when the connection drops: the app is gone.
  const result = await Promise.race([ack.catch(() => 'gone' as const), gone]);
  if (result === 'gone') return 'gone';
  return result.ok
    ? { ok: true, status: 200, body: result.data }
    : { ok: false, status: result.error.status, body: result.error.message };
}

/**
 * A socket that does not reconnect. Unlike test/support's connectLive it also gives up when the
 * transport closes between the websocket opening and socket.io's connect (the app was killed
 * right then), which emits neither connect nor connect_error.
 */
function connectOnce(url: string, token: string): Promise<LiveSocket | 'gone'> {
  const socket: LiveSocket = io(`${url}/live`, {
    auth: { token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve) => {
    const fail = () => {
      socket.close();
      resolve('gone');
    };
    socket.once('connect', () => {
      socket.off('connect_error', fail);
      socket.off('disconnect', fail);
      resolve(socket);
    });
    socket.once('connect_error', fail);
    socket.once('disconnect', fail);
  });
}
