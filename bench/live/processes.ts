/**
 * What the live benchmarks (bench/live.ts, bench/live/joins.ts) share: starting servers as child
 * processes pinned to a core, waiting for them, Agora's environment for a bench, and its REST API.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The repository (this file runs as dist/bench/live/processes.js). */
export const ROOT = resolve(__dirname, '..', '..', '..');

/** `taskset -c <core>` when the machine has it: servers on core 0, the driver on core 1. */
export const pin = (core: number): string[] =>
  existsSync('/usr/bin/taskset') ? ['taskset', '-c', String(core)] : [];

export const BENCH_ADMIN = { email: 'bench@agora.test', password: 'bench-password-123' };

/** Node options for Agora: BENCH_SERVER_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles it. */
export const serverNodeArgs = (): string[] =>
  (process.env.BENCH_SERVER_ARGS ?? '').split(' ').filter(Boolean);

/** Agora in production mode on `databaseUrl`, with limits wide enough for the bench's screens. */
export function agoraEnv(databaseUrl: string): Record<string, string> {
  return {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    JWT_SECRET: randomBytes(48).toString('base64url'),
    ADMIN_EMAIL: BENCH_ADMIN.email,
    ADMIN_PASSWORD: BENCH_ADMIN.password,
    DEMO: '0',
    LOG_LEVEL: 'error',
    // Every screen of the bench signs in as the same observer account.
    SOCKETS_PER_PARTICIPANT: '100000',
    PARTICIPANT_JOINS_PER_SECOND: '10000',
    // Their joins are messages of one participant too (over 40 at once were refused with 429).
    PARTICIPANT_MESSAGES_PER_SECOND: '10000',
    PARTICIPANT_SNAPSHOT_BYTES_PER_SECOND: String(1024 * 1024 * 1024),
  };
}

export function start(command: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(command[0], command.slice(1), {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
    cwd: ROOT,
  });
  child.stdout?.resume();
  return child;
}

export async function waitFor(
  check: () => Promise<boolean>,
  what: string,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not come up`);
}

export async function api<T>(
  base: string,
  path: string,
  options: { method?: string; token?: string; body?: unknown; csv?: string } = {},
): Promise<T> {
  const response = await fetch(`${base}/api/v1${path}`, {
    method: options.method ?? (options.body || options.csv ? 'POST' : 'GET'),
    headers: {
      ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
      'Content-Type': options.csv ? 'text/csv' : 'application/json',
    },
    body: options.csv ?? (options.body ? JSON.stringify(options.body) : undefined),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
