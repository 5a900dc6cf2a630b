/**
 * How fast screens join a session: N sockets connect (handshake with a token) and send
 * `session:join`, a hundred at a time, against the bare socket.io server and against Agora
 * (production mode, temporary SQLite, one observer account for every screen as bench/live.ts does),
 * in the same run. Reports joins per second of each and their ratio, and each server's CPU time.
 *
 * Build: `npm run build:server && npx tsc -p tsconfig.bench.json`, then
 * `node dist/bench/live/joins.js --screens 5000 --rounds 2 --recommendations 60`.
 * BENCH_SERVER_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles Agora while it is joined.
 * The screens run in a child process pinned to the other core when taskset exists.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { processStats } from './process-stats';
import { agoraEnv, api, BENCH_ADMIN, pin, serverNodeArgs, start, waitFor } from './processes';

interface JoinPlan {
  url: string;
  token: string;
  sessionId: string;
  screens: number;
  batch: number;
  /** The bare server is told the session's recommendations first, so its snapshot lists them. */
  register?: string[];
}
interface JoinResult {
  screens: number;
  seconds: number;
  joinsPerSecond: number;
  failed: number;
  snapshotBytes: number;
}

function argsOf(argv: string[]): Map<string, string> {
  const args = new Map<string, string>();
  for (let i = 2; i < argv.length; i += 2) args.set(argv[i].replace(/^--/, ''), argv[i + 1]);
  return args;
}

/** The screens' side: connect and join in batches, and print one JSON line. */
async function screens(plan: JoinPlan): Promise<void> {
  const sockets: Socket[] = [];
  let failed = 0;
  let snapshotBytes = 0;
  const one = async () => {
    const socket = io(`${plan.url}/live`, {
      auth: { token: plan.token },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    sockets.push(socket);
    await new Promise<void>((ok, fail) => {
      socket.once('connect', ok);
      socket.once('connect_error', fail);
    });
    const ack = (await socket.emitWithAck('session:join', { sessionId: plan.sessionId })) as {
      ok: boolean;
      data?: unknown;
    };
    if (!ack.ok) failed++;
    else if (snapshotBytes === 0) snapshotBytes = JSON.stringify(ack.data).length;
  };
  if (plan.register) {
    const setup = io(`${plan.url}/live`, { transports: ['websocket'], forceNew: true });
    await setup.emitWithAck('bench:register', {
      sessionId: plan.sessionId,
      recommendationIds: plan.register,
    });
    setup.close();
  }
  const started = performance.now();
  for (let i = 0; i < plan.screens; i += plan.batch)
    await Promise.all(
      Array.from({ length: Math.min(plan.batch, plan.screens - i) }, () =>
        one().catch(() => void failed++),
      ),
    );
  const seconds = (performance.now() - started) / 1000;
  const result: JoinResult = {
    screens: plan.screens,
    seconds: Math.round(seconds * 100) / 100,
    joinsPerSecond: Math.round(plan.screens / seconds),
    failed,
    snapshotBytes,
  };
  process.stdout.write(JSON.stringify(result) + '\n');
  for (const socket of sockets) socket.close();
  process.exit(0);
}

function drive(plan: JoinPlan): Promise<JoinResult> {
  return new Promise((done, fail) => {
    const command = [...pin(1), process.execPath, __filename, '--screens-of', JSON.stringify(plan)];
    const child = spawn(command[0], command.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) =>
      code === 0
        ? done(JSON.parse(out.trim().split('\n').pop()!) as JoinResult)
        : fail(new Error(`screens exited ${code}`)),
    );
  });
}

async function stop(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

/** Runs `rounds` joins of `count` screens, a fresh set each time, and the server's CPU for them. */
async function measure(
  pid: number,
  rounds: number,
  plan: () => Promise<JoinPlan>,
): Promise<Array<JoinResult & { cpuSeconds: number }>> {
  const out: Array<JoinResult & { cpuSeconds: number }> = [];
  for (let i = 0; i < rounds; i++) {
    const p = await plan();
    const before = processStats(pid).cpuMs;
    const result = await drive(p);
    out.push({ ...result, cpuSeconds: (processStats(pid).cpuMs - before) / 1000 });
  }
  return out;
}

async function bare(count: number, rounds: number, batch: number, recommendations: number) {
  const port = 3960 + Math.floor(Math.random() * 30);
  const server = start([...pin(0), process.execPath, join(__dirname, 'bare-server.js')], {
    PORT: String(port),
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(
      async () => (await fetch(`${url}/socket.io/?EIO=4&transport=polling`)).status < 500,
      'the bare server',
    );
    return await measure(server.pid!, rounds, () =>
      Promise.resolve({
        url,
        token: 'none',
        sessionId: randomUUID(),
        screens: count,
        batch,
        register: Array.from({ length: recommendations }, () => randomUUID()),
      }),
    );
  } finally {
    await stop(server);
  }
}

async function agora(count: number, rounds: number, batch: number, recommendations: number) {
  const folder = mkdtempSync(join(tmpdir(), 'agora-joins-'));
  const port = 3900 + Math.floor(Math.random() * 50);
  const server = start([...pin(0), process.execPath, ...serverNodeArgs(), 'dist/src/main.js'], {
    ...agoraEnv(`sqlite:${join(folder, 'agora.sqlite')}`),
    PORT: String(port),
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(async () => (await fetch(`${url}/health`)).ok, 'Agora');
    const adminToken = (
      await api<{ accessToken: string }>(url, '/auth/login', { body: BENCH_ADMIN })
    ).accessToken;
    const conference = await api<{ id: string }>(url, '/conferences', {
      token: adminToken,
      body: {
        title: 'Joins bench',
        slug: `joins-${Date.now()}`,
        city: 'Mechelen',
        country: 'BE',
        startsOn: '2017-11-16',
        endsOn: '2017-11-17',
        framework: 'gcm-objectives',
        languages: ['en'],
      },
    });
    const csv = [
      'name,email,organisation,constituency,country,role',
      'Screen,screen@bench.test,Secretariat,national_government,BE,observer',
      'Moderator,moderator@bench.test,UCLG,international_organisation,ES,moderator',
      'Voter,voter@bench.test,Org,local_government,BE,delegate',
    ];
    const imported = await api<{ accessCodes: Array<{ email: string; accessCode: string }> }>(
      url,
      `/participants/import?conferenceId=${conference.id}`,
      { token: adminToken, csv: csv.join('\n') },
    );
    const tokens = new Map<string, { token: string; id: string }>();
    for (const { email, accessCode } of imported.accessCodes) {
      const login = await api<{ accessToken: string; participant: { id: string } }>(
        url,
        '/auth/login',
        { body: { email, password: accessCode } },
      );
      tokens.set(email, { token: login.accessToken, id: login.participant.id });
    }
    const moderator = tokens.get('moderator@bench.test');
    if (!moderator || !tokens.has('screen@bench.test'))
      throw new Error(`import answered ${JSON.stringify([...tokens.keys()])}`);
    return await measure(server.pid!, rounds, async () => {
      const session = await api<{ id: string }>(url, `/conferences/${conference.id}/sessions`, {
        token: adminToken,
        body: {
          title: 'Joins',
          kind: 'led_discussion',
          startsAt: '2017-11-16T09:00:00Z',
          endsAt: '2017-11-16T11:00:00Z',
          moderatorIds: [moderator.id],
        },
      });
      await api(url, `/sessions/${session.id}/open`, { token: moderator.token, method: 'POST' });
      for (let r = 0; r < recommendations; r++)
        await api(url, `/sessions/${session.id}/recommendations`, {
          token: tokens.get('voter@bench.test')!.token,
          body: {
            title: `Recommendation ${r}`,
            body: 'Cities should be consulted on migration policy.',
            themes: ['GCM-23'],
            governanceLevel: 'multi_level',
          },
        });
      return {
        url,
        token: tokens.get('screen@bench.test')!.token,
        sessionId: session.id,
        screens: count,
        batch,
      };
    });
  } finally {
    await stop(server);
    rmSync(folder, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = argsOf(process.argv);
  const plan = args.get('screens-of');
  if (plan) return screens(JSON.parse(plan) as JoinPlan);
  const count = Number(args.get('screens') ?? 5000);
  const rounds = Number(args.get('rounds') ?? 2);
  const batch = Number(args.get('batch') ?? 100);
  const recommendations = Number(args.get('recommendations') ?? 60);
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
  process.stdout.write(`joins — ${count} screens, ${batch} at a time; load ${load()}\n`);
  const row = (name: string, r: JoinResult & { cpuSeconds: number }) =>
    process.stdout.write(
      `${name.padEnd(6)} ${r.seconds.toFixed(2).padStart(6)} s  ${String(r.joinsPerSecond).padStart(5)} joins/s  cpu ${r.cpuSeconds.toFixed(2)} s  failed ${r.failed}  snapshot ${r.snapshotBytes} B\n`,
    );
  const b = await bare(count, rounds, batch, recommendations);
  b.forEach((r) => row('bare', r));
  const a = await agora(count, rounds, batch, recommendations);
  a.forEach((r) => row('agora', r));
  const best = (rs: JoinResult[]) => Math.max(...rs.map((r) => r.joinsPerSecond));
  process.stdout.write(
    `best joins/s: agora ${best(a)}, bare ${best(b)}; time ratio agora/bare ${(best(b) / best(a)).toFixed(2)}; load ${load()}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
