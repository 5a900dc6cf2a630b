/**
 * The load driver, in its own process (pinned to the other core when taskset exists): N screens
 * in one room, and votes sent open-loop at a fixed rate whatever the server's speed. Each screen
 * runs the browser's SessionFeed and reducer (the contract's live/), so it measures, for each
 * vote, the time from its send to the moment the LAST screen's state holds a tally that contains
 * it, and prints one JSON line of results.
 */
import { SessionFeed, type LiveSessionState } from '#contract';
import { io, type Socket } from 'socket.io-client';
import { SocketTransport, type LiveSocket } from '../../src/contract/live-session';
import { cpuMsOf, postgresCpuMs } from './process-stats';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Session } from 'node:inspector/promises';

export interface DriverPlan {
  /** One URL per instance: screens and voters are spread over them round robin. */
  urls: string[];
  sessionId: string;
  screenToken: string;
  voterTokens: string[];
  recommendationIds: string[];
  screens: number;
  rate: number;
  durationSec: number;
  /** The bare server needs to be told the recommendations (it has no database). */
  registerBare: boolean;
  /** The servers' processes, whose CPU time the votes cost is read from /proc. */
  serverPids: number[];
  /** With PostgreSQL, the bench's database: its backends' CPU time is counted too. */
  postgresDatabase?: string;
}

export interface DriverResult {
  screens: number;
  rate: number;
  sent: number;
  acked: number;
  failed: number;
  ackedPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; measured: number };
  /**
   * Vote sent → its answer received; and how long after the last vote went out its last answer
   * came back (acked/s divides by the window plus this tail, so a slow last batch shows here).
   */
  ackMs: { p50: number; p99: number; max: number; tailAfterLastSend: number };
  messagesPerScreenPerSecond: number;
  finalTalliesRight: boolean;
  /** Every screen's final state shows the same tallies. */
  screensAgree: boolean;
  /** Connecting and joining every screen (100 at a time, as a room fills after a break). */
  join: { seconds: number; perSecond: number };
  /**
   * CPU time from the first vote sent until every screen has seen the last one acknowledged:
   * the servers' (all instances) and, on PostgreSQL, the database's; per acknowledged vote.
   */
  voteCpu: { serverMs: number; postgresMs: number; msPerAckedVote: number };
  /** The driver's own CPU use in that window: near 100 % it, not the server, sets the pace. */
  driverCpuPercent: number;
  /** Every `session:sync` and re-join the screens made (each answered with up to a snapshot). */
  resyncs: number;
  /**
   * With BENCH_DRIVER_DIAG=1 only (it costs a listener per frame): what the screens received in
   * the window, per screen per second — engine.io frames, their characters, and events by name.
   */
  received?: {
    framesPerScreenPerSecond: number;
    bytesPerScreenPerSecond: number;
    events: Record<string, number>;
    tallyEntriesPerMessage: number;
    samples: string[];
    /** Screen 0's join answer: its length, and its start (to compare the servers' snapshots). */
    joinAnswer: { chars: number; start: string };
  };
}

interface Ack<T> {
  ok: boolean;
  data?: T;
  error?: { status: number; message: unknown };
}

const plan = JSON.parse(process.env.BENCH_PLAN ?? '{}') as DriverPlan;

function connect(token: string, index: number): Promise<Socket> {
  const socket = io(`${plan.urls[index % plan.urls.length]}/live`, {
    auth: { token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

async function inBatches<T>(
  count: number,
  batch: number,
  make: (i: number) => Promise<T>,
): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < count; i += batch)
    out.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(batch, count - i) }, (_, j) => make(i + j)),
      )),
    );
  return out;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
  const recIndex = new Map(plan.recommendationIds.map((id, i) => [id, i]));
  const totalVotes = Math.round(plan.rate * plan.durationSec);
  // A recommendation gets at most one vote per voter.
  const perRec = plan.voterTokens.length + 1;
  // For every recommendation and tally position k (the k-th support), how many screens have not seen it yet, and when the last one did.
  const remaining = plan.recommendationIds.map(() => new Int32Array(perRec + 1).fill(plan.screens));
  const seenAt = plan.recommendationIds.map(() => new Float64Array(perRec + 1));
  // For every recommendation and count k, when the votes whose answer carried k were sent.
  const sentAtCount = plan.recommendationIds.map(() =>
    Array.from({ length: perRec + 1 }, () => [] as number[]),
  );
  let tallyMessages = 0;
  const diag = process.env.BENCH_DRIVER_DIAG === '1';
  let frames = 0;
  let bytes = 0;
  const events: Record<string, number> = {};
  let tallyEntries = 0;
  const samples: string[] = [];
  let joinAnswer = { chars: 0, start: '' };
  const transports: SocketTransport[] = [];

  // The bare server learns the recommendations first, so that its snapshot lists them.
  const voters = await inBatches(plan.voterTokens.length, 50, (i) =>
    connect(plan.voterTokens[i], i),
  );
  if (plan.registerBare)
    await voters[0].emitWithAck('bench:register', {
      sessionId: plan.sessionId,
      recommendationIds: plan.recommendationIds,
    });

  const joinStarted = performance.now();
  const screens = await inBatches(plan.screens, 100, async (i) => {
    const socket = (await connect(plan.screenToken, i)) as LiveSocket;
    socket.on('tally:updated', () => tallyMessages++);
    if (diag) {
      socket.io.engine.on('data', (data: unknown) => {
        if (i === 0 && typeof data === 'string' && data.length > joinAnswer.chars)
          joinAnswer = { chars: data.length, start: data.slice(0, 1500) };
        frames++;
        bytes += typeof data === 'string' ? data.length : (data as ArrayBuffer).byteLength;
      });
      socket.onAny((name: string, payload: { tallies?: unknown[] }) => {
        events[name] = (events[name] ?? 0) + 1;
        if (name === 'tally:updated') tallyEntries += payload.tallies?.length ?? 0;
        if (i === 0 && samples.length < 3) samples.push(JSON.stringify(payload).slice(0, 600));
      });
    }
    const seen = new Int32Array(plan.recommendationIds.length);
    // The support its latest state shows (not the most it has shown): the screens must agree on it.
    const last = new Int32Array(plan.recommendationIds.length);
    // The reducer keeps an unchanged recommendation (and the list, when none changed) as it was,
    // so only the objects that are new since the last state need looking at: the measuring
    // itself then costs the driver little beside the screens' own work, against either server.
    let before: LiveSessionState['recommendations'] = [];
    const shown = (state: LiveSessionState) => {
      const list = state.recommendations;
      if (list === before) return;
      const previous = before;
      before = list;
      const now = performance.now();
      for (let i = 0; i < list.length; i++) {
        const recommendation = list[i];
        if (recommendation === previous[i]) continue;
        const r = recIndex.get(recommendation.id);
        if (r === undefined) continue;
        const support = recommendation.tally.support;
        last[r] = support;
        for (let k = seen[r] + 1; k <= Math.min(support, perRec); k++) {
          if (--remaining[r][k] === 0) seenAt[r][k] = now;
        }
        if (support > seen[r]) seen[r] = support;
      }
    };
    await new Promise<void>((resolve, reject) => {
      const transport = new SocketTransport(socket);
      transports.push(transport);
      const feed = new SessionFeed(transport, plan.sessionId, {
        state: (state) => {
          shown(state);
          resolve();
        },
        failed: (message) => reject(new Error(`join failed: ${message}`)),
      });
      feed.start();
    });
    return { socket, last };
  });
  const joinSeconds = (performance.now() - joinStarted) / 1000;
  // Open loop: vote i goes out at start + i / rate, whether or not earlier ones were answered.
  // Vote i is by delegate (i mod V) on recommendation floor(i / V) mod R: distinct pairs, every vote a
  // support, and consecutive votes come from different delegates (each socket stays under its rate limit).
  let sent = 0;
  let acked = 0;
  let failed = 0;
  let lastAck = 0;
  let lastSentAt = 0;
  const ackLatencies: number[] = [];
  const cpuAt = () => ({
    server: cpuMsOf(plan.serverPids),
    postgres: plan.postgresDatabase ? postgresCpuMs(plan.postgresDatabase) : 0,
    driver: process.cpuUsage(),
  });
  // BENCH_DRIVER_PROFILE=<dir>: a CPU profile of the vote window only (not the joins), unlike
  // BENCH_DRIVER_ARGS="--cpu-prof", which covers the whole process.
  const profileTo = process.env.BENCH_DRIVER_PROFILE;
  const profiler = profileTo ? new Session() : null;
  if (profiler) {
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
  }
  const cpuBefore = cpuAt();
  const started = performance.now();
  const messagesAtStart = tallyMessages;
  const framesAtStart = frames;
  const bytesAtStart = bytes;
  const eventsAtStart = { ...events };
  const pending: Array<Promise<void>> = [];
  await new Promise<void>((resolve) => {
    const tick = setInterval(() => {
      const due = Math.min(
        totalVotes,
        Math.floor(((performance.now() - started) / 1000) * plan.rate),
      );
      for (; sent < due; sent++) {
        const voter = sent % voters.length;
        const r = Math.floor(sent / voters.length) % plan.recommendationIds.length;
        const sentAt = performance.now();
        lastSentAt = sentAt;
        pending.push(
          (
            voters[voter].emitWithAck('vote:cast', {
              recommendationId: plan.recommendationIds[r],
              value: 'support',
            }) as Promise<Ack<{ tally: { support: number } }>>
          ).then((ack) => {
            lastAck = performance.now();
            ackLatencies.push(lastAck - sentAt);
            if (!ack.ok || !ack.data) {
              failed++;
              return;
            }
            acked++;
            // The tally a vote's answer carries holds the vote: votes written in one batch
            // (BallotBox) all carry the batch's count, so the vote is on every screen once every
            // screen shows at least that count (every vote here is a support and nobody
            // withdraws, so a recommendation's support only grows).
            sentAtCount[r][Math.min(ack.data.tally.support, perRec)].push(sentAt);
          }),
        );
      }
      if (sent >= totalVotes) {
        clearInterval(tick);
        resolve();
      }
    }, 5);
  });
  await Promise.race([Promise.all(pending), new Promise((r) => setTimeout(r, 30_000))]);
  const sendWindow = (lastAck - started) / 1000;

  // Wait until every screen has seen every acknowledged vote (or give up after 30 s).
  const allSeen = () =>
    plan.recommendationIds.every((_, r) => {
      for (let k = 1; k <= perRec; k++)
        if (sentAtCount[r][k].length > 0 && remaining[r][k] > 0) return false;
      return true;
    });
  const deadline = performance.now() + 30_000;
  while (!allSeen() && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const window = (performance.now() - started) / 1000;
  const cpuAfter = cpuAt();
  const driverCpu = process.cpuUsage(cpuBefore.driver);
  if (profiler && profileTo) {
    const { profile } = await profiler.post('Profiler.stop');
    const against = plan.registerBare ? 'bare' : 'agora';
    writeFileSync(
      join(profileTo, `driver-${against}-${plan.screens}x${plan.rate}-${process.pid}.cpuprofile`),
      JSON.stringify(profile),
    );
  }
  const serverMs = cpuAfter.server - cpuBefore.server;
  const postgresMs = cpuAfter.postgres - cpuBefore.postgres;
  const first = screens[0]?.last;
  const screensAgree = screens.every(({ last }) => last.every((n, r) => n === first[r]));

  const latencies: number[] = [];
  for (let r = 0; r < plan.recommendationIds.length; r++) {
    for (let k = 1; k <= perRec; k++)
      if (remaining[r][k] === 0)
        for (const sentAt of sentAtCount[r][k]) latencies.push(seenAt[r][k] - sentAt);
  }
  latencies.sort((a, b) => a - b);
  ackLatencies.sort((a, b) => a - b);
  const result: DriverResult = {
    screens: plan.screens,
    rate: plan.rate,
    sent,
    acked,
    failed,
    ackedPerSecond: Math.round((acked / Math.max(sendWindow, plan.durationSec)) * 10) / 10,
    latencyMs: {
      p50: Math.round(percentile(latencies, 50)),
      p95: Math.round(percentile(latencies, 95)),
      p99: Math.round(percentile(latencies, 99)),
      max: Math.round(latencies[latencies.length - 1] ?? NaN),
      measured: latencies.length,
    },
    ackMs: {
      p50: Math.round(percentile(ackLatencies, 50)),
      p99: Math.round(percentile(ackLatencies, 99)),
      max: Math.round(ackLatencies[ackLatencies.length - 1] ?? NaN),
      tailAfterLastSend: Math.round(lastAck - lastSentAt),
    },
    messagesPerScreenPerSecond:
      Math.round(((tallyMessages - messagesAtStart) / plan.screens / window) * 10) / 10,
    finalTalliesRight: allSeen() && latencies.length === acked,
    screensAgree,
    join: {
      seconds: Math.round(joinSeconds * 100) / 100,
      perSecond: Math.round(plan.screens / joinSeconds),
    },
    voteCpu: {
      serverMs: Math.round(serverMs),
      postgresMs: Math.round(postgresMs),
      msPerAckedVote: acked > 0 ? Math.round(((serverMs + postgresMs) / acked) * 1000) / 1000 : NaN,
    },
    driverCpuPercent:
      Math.round(((driverCpu.user + driverCpu.system) / 1000 / (window * 1000)) * 1000) / 10,
    resyncs: transports.reduce((n, t) => n + t.resyncs, 0),
    ...(diag && {
      received: {
        framesPerScreenPerSecond:
          Math.round(((frames - framesAtStart) / plan.screens / window) * 10) / 10,
        bytesPerScreenPerSecond: Math.round((bytes - bytesAtStart) / plan.screens / window),
        tallyEntriesPerMessage:
          Math.round((tallyEntries / Math.max(1, events['tally:updated'] ?? 0)) * 10) / 10,
        samples,
        joinAnswer,
        events: Object.fromEntries(
          Object.entries(events).map(([name, n]) => [
            name,
            Math.round(((n - (eventsAtStart[name] ?? 0)) / plan.screens / window) * 10) / 10,
          ]),
        ),
      },
    }),
  };
  process.stdout.write(JSON.stringify(result) + '\n');
  for (const s of screens) s.socket.close();
  for (const v of voters) v.close();
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`driver failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
