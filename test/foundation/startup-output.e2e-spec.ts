import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../support/app-process';
import { temporaryDatabase, type TemporaryDatabase } from '../support/temp-database';

const ROOT = join(__dirname, '..', '..');
const STARTED = 'Nest application successfully started';

/** The environment of someone who just cloned the project: none of the test runner's settings. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env))
    if (/^(NODE_ENV|LOG_|DEMO|DATABASE_URL|PORT|JWT_|ADMIN_|TEST_)/.test(key)) delete env[key];
  return { ...env, ...extra };
}

interface Started {
  child: ChildProcess;
  lines: string[];
  exited: Promise<number | null>;
}

/** Spawns a command (in its own process group) and collects its output until the app has started. */
function startUntilReady(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<Started> {
  const child = spawn(command, args, { cwd: ROOT, env, detached: true });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  let text = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no "${STARTED}" within 60 s:\n${text}`)),
      60_000,
    );
    const collect = (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (text.includes(STARTED)) {
        clearTimeout(timer);
        resolve({ child, lines: text.split('\n'), exited });
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    void exited.then((code) => reject(new Error(`exited with ${code} before starting:\n${text}`)));
  });
}

/** Whether the server answers /health within ten seconds (it starts listening just after logging "started"). */
async function healthy(port: number): Promise<boolean> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe('what `npm start` prints, and how it stops', () => {
  let db: TemporaryDatabase;
  const children: ChildProcess[] = [];

  beforeAll(() => {
    // The built server, as `npm start` builds it (incremental: seconds when up to date).
    execFileSync(
      process.execPath,
      [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
      {
        cwd: ROOT,
        stdio: 'inherit',
      },
    );
  }, 180_000);
  beforeEach(async () => {
    db = await temporaryDatabase();
  });
  afterEach(async () => {
    // Whatever a failing test left behind: the whole process group it started.
    for (const child of children.splice(0))
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    await db.remove();
  });

  it('starts in development with readable lines and the demo sign-in, and stops on SIGTERM to npm', async () => {
    const port = await freePort();
    const started = await startUntilReady(
      'npm',
      // --ignore-scripts skips only `prestart` (the build, done above), not `start` itself.
      ['start', '--ignore-scripts'],
      cleanEnv({ DATABASE_URL: db.url, PORT: String(port), DEMO: '1' }),
    );
    children.push(started.child);
    const lines = started.lines.filter((line) => line.trim() !== '');
    const firstScreen = lines.slice(0, 24).join('\n');

    expect(lines.filter((line) => line.trimStart().startsWith('{'))).toEqual([]);
    expect(firstScreen).not.toMatch(
      /Mapped \{|dependencies initialized|subscribed to the|Duplicate DTO/,
    );
    expect(firstScreen).not.toContain('\x1b['); // not a terminal: no colours
    expect(firstScreen).toContain('Sign in with the access code "mechelen-2017" as:');
    expect(firstScreen).toContain('secretariat@demo.agora.example');
    expect(firstScreen).toContain('npm run demo:room');
    const logLines = lines.filter((line) => /^\d\d:\d\d:\d\d /.test(line));
    expect(logLines.length).toBeGreaterThanOrEqual(3);
    for (const line of logLines)
      expect(line).toMatch(/^\d\d:\d\d:\d\d (info|warn) {1,2}\[\w+\] \S/);
    expect(logLines.join('\n')).toMatch(
      /\[Demo\] Loaded the Mechelen 2017 demo conference in \d+ ms/,
    );
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(130);

    expect(await healthy(port)).toBe(true);
    // Stopping `npm start` by its PID stops the server too (npm → node, no shell left between).
    started.child.kill('SIGTERM');
    await started.exited;
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  }, 90_000);

  it('logs one JSON object per line in production, without the wiring lines', async () => {
    const started = await startUntilReady(
      process.execPath,
      ['dist/src/main.js'],
      cleanEnv({
        NODE_ENV: 'production',
        DATABASE_URL: db.url,
        PORT: String(await freePort()),
        JWT_SECRET: 'a-production-secret-for-this-test-only-0123456789',
      }),
    );
    children.push(started.child);
    const lines = started.lines.filter((line) => line.trim() !== '');
    const entries = lines.map((line) => JSON.parse(line) as { context?: string; message: string });
    expect(entries.map((e) => e.context)).not.toContain('InstanceLoader');
    expect(entries.map((e) => e.message)).toContain(STARTED);
    // Two DTOs of the same name made @nestjs/swagger warn at every start.
    expect(entries.filter((e) => /Duplicate DTO/.test(String(e.message)))).toEqual([]);
    started.child.kill('SIGTERM');
    await started.exited;
  }, 90_000);
});
