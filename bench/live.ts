/**
 * `npm run bench:live`: Agora's live path against a bare socket.io server, in the same run.
 * Starts Agora (production mode, temporary SQLite) and the bare server as child processes, drives
 * each with N screens and open-loop votes from a separate driver process, and reports latency
 * (vote sent → last screen has a tally containing it), acknowledged votes per second, messages
 * per screen per second, server CPU and RSS — each also as a ratio to the bare server.
 *
 * It also times the screens' joins (connect + join, Agora against bare), and the CPU time per
 * acknowledged vote (all instances, plus the PostgreSQL backends on PostgreSQL), and judges each of
 * issue 13's targets: met, or missed, with the ratio.
 *
 * Options: --cells issue13 (the default): the issue's cells — SQLite 5,000 screens × 1,000 votes/s,
 *          PostgreSQL 2,000 screens × 1,000 votes/s; or a sweep: --screens 500,1000 --rates 50,1000
 *          --duration 10 --out bench/results/runs/live.json
 *          --db sqlite|postgres  --instances 1|2   (PostgreSQL: BENCH_POSTGRES_URL, default the
 *          local `agora` role; with 2 instances Agora also runs with 1 at the same load, for the ratio)
 * Profiling: BENCH_SERVER_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" for Agora, BENCH_BARE_ARGS the
 * same for the bare server (compare self time by function), BENCH_DRIVER_ARGS the same for the
 * load driver (the screens' SessionFeeds).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { DriverPlan, DriverResult } from './live/driver';
import { ProcessSampler } from './live/process-stats';
import { agoraEnv, api, BENCH_ADMIN, pin, serverNodeArgs, start, waitFor } from './live/processes';
import { describe, verdicts, type Measured } from './live/targets';
import { benchArgs } from './report/measure';

const args = benchArgs();
const DB = (args.get('db') ?? 'sqlite') as 'sqlite' | 'postgres';
const INSTANCES = Number(args.get('instances') ?? 1);
/** Issue 13's cells: the load each database's targets are stated at. */
const CELLS = {
  issue13:
    DB === 'sqlite' ? { screens: '5000', rates: '1000' } : { screens: '2000', rates: '1000' },
};
const cells = CELLS[(args.get('cells') ?? 'issue13') as keyof typeof CELLS];
if (!cells) throw new Error(`--cells: one of ${Object.keys(CELLS).join(', ')}`);
const SCREENS = (args.get('screens') ?? cells.screens).split(',').map(Number);
const RATES = (args.get('rates') ?? cells.rates).split(',').map(Number);
// Issue 13 states its cells as 10 s runs.
const DURATION = Number(args.get('duration') ?? 10);
const OUT = resolve(
  args.get('out') ??
    (DB === 'postgres' ? 'bench/results/runs/live-postgres.json' : 'bench/results/runs/live.json'),
);
const POSTGRES =
  process.env.BENCH_POSTGRES_URL ??
  process.env.TEST_POSTGRES_URL ??
  'postgres://agora:agora@127.0.0.1:5432/postgres';
const RECOMMENDATIONS = 60;
// Every vote of a run is a distinct (delegate, recommendation) pair, a support: enough delegates
// that the run never votes twice on one text (a repeated vote changes nothing and shows nothing).
const VOTERS = Math.max(100, Math.ceil((Math.max(...RATES) * DURATION) / RECOMMENDATIONS));
const DRIVER_NODE_ARGS = '--max-semi-space-size=64';
function drive(plan: DriverPlan): Promise<DriverResult> {
  return new Promise((resolvePlan, reject) => {
    // BENCH_DRIVER_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the driver (its screens).
    // By default its young generation is larger than Node's: the driver holds thousands of
    // screens' states in one heap (each browser has its own), and Node's default semi-space had
    // it collecting garbage for a seventh of its time, which set the latency it measures.
    const nodeArgs = (process.env.BENCH_DRIVER_ARGS ?? DRIVER_NODE_ARGS).split(' ').filter(Boolean);
    const command = [
      ...pin(1),
      process.execPath,
      ...nodeArgs,
      join(__dirname, 'live', 'driver.js'),
    ];
    const child = spawn(command[0], command.slice(1), {
      env: { ...process.env, BENCH_PLAN: JSON.stringify(plan) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) =>
      code === 0
        ? resolvePlan(JSON.parse(out.trim().split('\n').pop()!) as DriverResult)
        : reject(new Error(`driver exited ${code}`)),
    );
  });
}

async function temporaryPostgres(): Promise<{
  url: string;
  name: string;
  drop(): Promise<void>;
}> {
  const { Client } = await import('pg');
  const name = `agora_bench_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: POSTGRES });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(POSTGRES);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      const client = new Client({ connectionString: POSTGRES });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

async function benchAgora(db: 'sqlite' | 'postgres', instances: number): Promise<Measured[]> {
  const label = db === 'sqlite' ? 'agora' : `agora-pg×${instances}`;
  const folder = mkdtempSync(join(tmpdir(), 'agora-bench-'));
  const postgres = db === 'postgres' ? await temporaryPostgres() : null;
  const env = agoraEnv(postgres?.url ?? `sqlite:${join(folder, 'agora.sqlite')}`);
  const servers: ChildProcess[] = [];
  const urls: string[] = [];
  for (let i = 0; i < instances; i++) {
    const port = 3900 + Math.floor(Math.random() * 50) + i * 50;
    servers.push(
      start([...pin(0), process.execPath, ...serverNodeArgs(), 'dist/src/main.js'], {
        ...env,
        PORT: String(port),
      }),
    );
    urls.push(`http://127.0.0.1:${port}`);
    await waitFor(async () => (await fetch(`${urls[i]}/health`)).ok, `Agora instance ${i + 1}`);
  }
  const base = urls[0];
  try {
    const adminToken = (
      await api<{ accessToken: string }>(base, '/auth/login', { body: BENCH_ADMIN })
    ).accessToken;
    const conference = await api<{ id: string }>(base, '/conferences', {
      token: adminToken,
      body: {
        title: 'Bench conference',
        slug: `bench-${Date.now()}`,
        city: 'Mechelen',
        country: 'BE',
        startsOn: '2017-11-16',
        endsOn: '2017-11-17',
        framework: 'gcm-objectives',
        languages: ['en'],
      },
    });
    const constituencies = ['local_government', 'civil_society', 'academia', 'national_government'];
    const csv = [
      'name,email,organisation,constituency,country,role',
      'Screen,screen@bench.test,Secretariat,national_government,BE,observer',
      'Moderator,moderator@bench.test,UCLG,international_organisation,ES,moderator',
    ];
    for (let i = 0; i < VOTERS; i++)
      csv.push(`Voter ${i},voter${i}@bench.test,Org,${constituencies[i % 4]},BE,delegate`);
    const imported = await api<{ accessCodes: Array<{ email: string; accessCode: string }> }>(
      base,
      `/participants/import?conferenceId=${conference.id}`,
      { token: adminToken, csv: csv.join('\n') },
    );
    const tokens = new Map<string, { token: string; id: string }>();
    for (const { email, accessCode } of imported.accessCodes) {
      const login = await api<{ accessToken: string; participant: { id: string } }>(
        base,
        '/auth/login',
        { body: { email, password: accessCode } },
      );
      tokens.set(email, { token: login.accessToken, id: login.participant.id });
    }
    const voterTokens = Array.from(
      { length: VOTERS },
      (_, i) => tokens.get(`voter${i}@bench.test`)!.token,
    );
    const moderator = tokens.get('moderator@bench.test')!;

    const results: Measured[] = [];
    for (const screens of SCREENS) {
      for (const rate of RATES) {
        const session = await api<{ id: string }>(base, `/conferences/${conference.id}/sessions`, {
          token: adminToken,
          body: {
            title: `Bench ${screens}×${rate}`,
            kind: 'led_discussion',
            startsAt: '2017-11-16T09:00:00Z',
            endsAt: '2017-11-16T11:00:00Z',
            moderatorIds: [moderator.id],
          },
        });
        await api(base, `/sessions/${session.id}/open`, { token: moderator.token, method: 'POST' });
        const recommendationIds: string[] = [];
        for (let r = 0; r < RECOMMENDATIONS; r++) {
          const rec = await api<{ id: string }>(base, `/sessions/${session.id}/recommendations`, {
            token: voterTokens[0],
            body: {
              title: `Recommendation ${r}`,
              body: 'Cities should be consulted on migration policy.',
              themes: ['GCM-23'],
              governanceLevel: 'multi_level',
            },
          });
          recommendationIds.push(rec.id);
        }
        const samplers = servers.map((server) => new ProcessSampler(server.pid!));
        const result = await drive({
          urls,
          sessionId: session.id,
          screenToken: tokens.get('screen@bench.test')!.token,
          voterTokens,
          recommendationIds,
          screens,
          rate,
          durationSec: DURATION,
          registerBare: false,
          serverPids: servers.map((server) => server.pid!),
          postgresDatabase: postgres?.name,
        });
        const usage = samplers.map((sampler) => sampler.stop());
        results.push({
          server: label,
          ...result,
          cpuPercent: sum(usage.map((u) => u.cpuPercent)),
          peakRssMb: sum(usage.map((u) => u.peakRssMb)),
        });
        report(results[results.length - 1]);
      }
    }
    return results;
  } finally {
    for (const server of servers) {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
    rmSync(folder, { recursive: true, force: true });
    await postgres?.drop();
  }
}

const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 10) / 10;

async function benchBare(): Promise<Measured[]> {
  const port = 3960 + Math.floor(Math.random() * 30);
  const nodeArgs = (process.env.BENCH_BARE_ARGS ?? '').split(' ').filter(Boolean);
  const server = start(
    [...pin(0), process.execPath, ...nodeArgs, join(__dirname, 'live', 'bare-server.js')],
    { PORT: String(port) },
  );
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(
      async () => (await fetch(`${base}/socket.io/?EIO=4&transport=polling`)).status < 500,
      'the bare server',
    );
    const results: Measured[] = [];
    for (const screens of SCREENS) {
      for (const rate of RATES) {
        const sampler = new ProcessSampler(server.pid!);
        const result = await drive({
          urls: [base],
          sessionId: randomUUID(),
          screenToken: 'none',
          voterTokens: Array.from({ length: VOTERS }, () => 'none'),
          recommendationIds: Array.from({ length: RECOMMENDATIONS }, () => randomUUID()),
          screens,
          rate,
          durationSec: DURATION,
          registerBare: true,
          serverPids: [server.pid!],
        });
        results.push({ server: 'bare', ...result, ...sampler.stop() });
        report(results[results.length - 1]);
      }
    }
    return results;
  } finally {
    server.kill('SIGTERM');
    // Let it exit (and write its CPU profile, when asked) before Agora starts on the same core.
    await new Promise((r) => server.once('exit', r));
  }
}

function report(m: Measured): void {
  process.stdout.write(
    `${m.server.padEnd(12)} screens ${String(m.screens).padStart(5)}  rate ${String(m.rate).padStart(5)}/s  acked ${String(m.ackedPerSecond).padStart(7)}/s  ` +
      `p50 ${String(m.latencyMs.p50).padStart(5)} p95 ${String(m.latencyMs.p95).padStart(5)} p99 ${String(m.latencyMs.p99).padStart(5)} ms  ack p50 ${m.ackMs.p50} p99 ${m.ackMs.p99} tail ${m.ackMs.tailAfterLastSend} ms  ` +
      `msg/screen/s ${String(m.messagesPerScreenPerSecond).padStart(5)}  cpu ${String(m.cpuPercent).padStart(5)}%  rss ${m.peakRssMb} MB  ${m.finalTalliesRight ? 'tallies right' : 'TALLIES WRONG'}${m.screensAgree ? '' : ' SCREENS DISAGREE'}  ` +
      `joins ${m.join.seconds} s (${m.join.perSecond}/s)  cpu/vote ${m.voteCpu.msPerAckedVote} ms (server ${m.voteCpu.serverMs}, postgres ${m.voteCpu.postgresMs})  driver cpu ${m.driverCpuPercent}%  resyncs ${m.resyncs}` +
      (m.received ? `  received ${JSON.stringify(m.received)}` : '') +
      '\n',
  );
}

async function main(): Promise<void> {
  process.stdout.write(
    `bench:live — ${DB}${DB === 'postgres' ? ` ×${INSTANCES}` : ''}; screens ${SCREENS.join(', ')}; votes/s ${RATES.join(', ')}; ${DURATION} s each; driver on its own core: ${pin(1).length > 0}; load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}\n`,
  );
  const bare = await benchBare();
  const agora = await benchAgora(DB, 1);
  const more = DB === 'postgres' && INSTANCES > 1 ? await benchAgora(DB, INSTANCES) : [];
  const ratio = (x: number, y: number) => (y > 0 ? Math.round((x / y) * 100) / 100 : null);
  const compare = (a: Measured, b: Measured) => ({
    p50: ratio(a.latencyMs.p50, b.latencyMs.p50),
    p95: ratio(a.latencyMs.p95, b.latencyMs.p95),
    p99: ratio(a.latencyMs.p99, b.latencyMs.p99),
    ackedPerSecond: ratio(a.ackedPerSecond, b.ackedPerSecond),
    messagesPerScreenPerSecond: ratio(a.messagesPerScreenPerSecond, b.messagesPerScreenPerSecond),
    cpu: ratio(a.cpuPercent, b.cpuPercent),
    rss: ratio(a.peakRssMb, b.peakRssMb),
    joinSeconds: ratio(a.join.seconds, b.join.seconds),
    cpuPerAckedVote: ratio(a.voteCpu.msPerAckedVote, b.voteCpu.msPerAckedVote),
  });
  const rows = agora.map((a) => {
    const b = bare.find((x) => x.screens === a.screens && x.rate === a.rate)!;
    const m = more.find((x) => x.screens === a.screens && x.rate === a.rate);
    return {
      screens: a.screens,
      rate: a.rate,
      agora: a,
      bare: b,
      ratio: compare(a, b),
      ...(m ? { instances: m, instancesRatio: compare(m, a) } : {}),
      verdicts: verdicts(DB, a, b, m),
    };
  });
  process.stdout.write(
    '\nscreens  votes/s | agora p50/p95/p99 ms | bare p50/p95/p99 ms | ratio p99 | acked/s agora (bare) | cpu % agora (bare) | rss MB agora (bare)\n',
  );
  for (const r of rows) {
    process.stdout.write(
      `${String(r.screens).padStart(7)} ${String(r.rate).padStart(8)} | ${r.agora.latencyMs.p50}/${r.agora.latencyMs.p95}/${r.agora.latencyMs.p99} | ${r.bare.latencyMs.p50}/${r.bare.latencyMs.p95}/${r.bare.latencyMs.p99} | ${r.ratio.p99} | ${r.agora.ackedPerSecond} (${r.bare.ackedPerSecond}) | ${r.agora.cpuPercent} (${r.bare.cpuPercent}) | ${r.agora.peakRssMb} (${r.bare.peakRssMb})` +
        (r.instances
          ? ` | ×${INSTANCES}: ${r.instances.latencyMs.p50}/${r.instances.latencyMs.p95}/${r.instances.latencyMs.p99} ms, ${r.instances.ackedPerSecond}/s`
          : '') +
        '\n',
    );
  }
  process.stdout.write('\nissue 13 targets:\n');
  for (const v of rows.flatMap((r) => r.verdicts)) process.stdout.write(`  ${describe(v)}\n`);
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(
    OUT,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
        db: DB,
        instances: INSTANCES,
        durationSec: DURATION,
        voters: VOTERS,
        recommendations: RECOMMENDATIONS,
        rows,
      },
      null,
      2,
    ) + '\n',
  );
  process.stdout.write(`\nwrote ${OUT}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
