import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export type NodeEnv = 'development' | 'production' | 'test';

export type DatabaseConfig =
  | { type: 'sqlite'; path: string; synchronous: 'NORMAL' | 'FULL' }
  | { type: 'postgres'; url: string; poolSize: number };

/**
 * Every setting of Agora, typed and validated once at start-up.
 * Nothing else in the code reads `process.env`: modules receive this object.
 */
export class AppConfig {
  readonly nodeEnv: NodeEnv;
  readonly port: number;
  readonly database: DatabaseConfig;
  readonly jwt: { secret: string; ttlSeconds: number; issuer: string; audience: string };
  readonly admin: { email: string; password: string } | null;
  /** true / false when DEMO is set; 'auto' loads the demo into an empty database outside tests and production. */
  readonly demo: boolean | 'auto';
  readonly tallyIntervalMs: number;
  /** socket.io connection state recovery: a client back within this many ms gets its missed packets replayed (0 = off). */
  readonly socketRecoveryMs: number;
  /** Messages a socket may send per second (a burst of twice that is allowed). */
  readonly socketMessagesPerSecond: number;
  /** Messages one participant may send per second over all its sockets together (bursts of twice that). */
  readonly participantMessagesPerSecond: number;
  /** Joins and syncs (each may answer with a snapshot) one participant may send per second (bursts of twice that). */
  readonly participantJoinsPerSecond: number;
  /** Bytes of snapshots one participant may be sent per second (bursts of twice that); then joins and syncs get 429. */
  readonly participantSnapshotBytesPerSecond: number;
  /** Sockets one participant may hold open at once (on one instance); the next is refused. */
  readonly socketsPerParticipant: number;
  /** Bytes of serialised snapshots kept for joins and resyncs (shared by every socket at one seq). */
  readonly snapshotCacheBytes: number;
  readonly allowedOrigins: string[];
  /** Requests one client address may make per minute (a whole venue may share one address). */
  readonly throttlePerMinute: number;
  /** Express `trust proxy`: set behind a load balancer so client addresses come from X-Forwarded-For. */
  readonly trustProxy: string | null;
  /** socket.io's Redis adapter instead of the PostgreSQL one, for several instances. */
  readonly redisUrl: string | null;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** `pretty`: short lines for a person at a terminal; `json`: one object per line for a log collector. */
  readonly logFormat: 'pretty' | 'json';
  readonly bodyLimitBytes: number;
  /** The address people open (behind a load balancer, not an instance's port); printed by the demo. */
  readonly publicUrl: string;

  constructor(values: Omit<AppConfig, never>) {
    Object.assign(this, values);
    Object.freeze(this);
  }

  get isProduction(): boolean {
    return this.nodeEnv === 'production';
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const MIN_SECRET_LENGTH = 32;
const WEAK_SECRETS = new Set(['changeme', 'secret', 'change-me-please-change-me-please']);

/**
 * Builds the configuration from environment variables (API.md, "Running").
 * Throws a ConfigError listing every problem at once, so an operator fixes them in one go.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];

  const nodeEnv = (env.NODE_ENV ?? 'development') as NodeEnv;
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    problems.push(`NODE_ENV must be development, production or test (got "${env.NODE_ENV}")`);
  }

  const port = parseInteger(env.PORT, 3000, 'PORT', problems, 0, 65535);
  const tallyIntervalMs = parseInteger(
    env.TALLY_INTERVAL_MS,
    100,
    'TALLY_INTERVAL_MS',
    problems,
    10,
    60_000,
  );
  const socketRecoveryMs = parseInteger(
    env.SOCKET_RECOVERY_MS,
    120_000,
    'SOCKET_RECOVERY_MS',
    problems,
    0,
    3_600_000,
  );
  const socketMessagesPerSecond = parseInteger(
    env.SOCKET_MESSAGES_PER_SECOND,
    20,
    'SOCKET_MESSAGES_PER_SECOND',
    problems,
    1,
    10_000,
  );
  const participantMessagesPerSecond = parseInteger(
    env.PARTICIPANT_MESSAGES_PER_SECOND,
    socketMessagesPerSecond,
    'PARTICIPANT_MESSAGES_PER_SECOND',
    problems,
    1,
    10_000,
  );
  const participantJoinsPerSecond = parseInteger(
    env.PARTICIPANT_JOINS_PER_SECOND,
    5,
    'PARTICIPANT_JOINS_PER_SECOND',
    problems,
    1,
    10_000,
  );
  const participantSnapshotBytesPerSecond = parseInteger(
    env.PARTICIPANT_SNAPSHOT_BYTES_PER_SECOND,
    8 * 1024 * 1024,
    'PARTICIPANT_SNAPSHOT_BYTES_PER_SECOND',
    problems,
    64 * 1024,
    1024 * 1024 * 1024,
  );
  const socketsPerParticipant = parseInteger(
    env.SOCKETS_PER_PARTICIPANT,
    10,
    'SOCKETS_PER_PARTICIPANT',
    problems,
    1,
    100_000,
  );
  const snapshotCacheBytes = parseInteger(
    env.SNAPSHOT_CACHE_BYTES,
    32 * 1024 * 1024,
    'SNAPSHOT_CACHE_BYTES',
    problems,
    0,
    1024 * 1024 * 1024,
  );
  const bodyLimitBytes = parseInteger(
    env.BODY_LIMIT_BYTES,
    100 * 1024,
    'BODY_LIMIT_BYTES',
    problems,
    1024,
    10 * 1024 * 1024,
  );
  const poolSize = parseInteger(env.DATABASE_POOL_SIZE, 10, 'DATABASE_POOL_SIZE', problems, 1, 500);

  const database = parseDatabaseUrl(
    env.DATABASE_URL ?? 'sqlite:data/agora.sqlite',
    problems,
    poolSize,
  );
  if (database?.type === 'sqlite') {
    const sync = (env.SQLITE_SYNCHRONOUS ?? 'NORMAL').toUpperCase();
    if (sync !== 'NORMAL' && sync !== 'FULL')
      problems.push('SQLITE_SYNCHRONOUS must be NORMAL or FULL');
    else database.synchronous = sync;
  }

  let secret = env.JWT_SECRET;
  if (nodeEnv === 'production') {
    if (!secret)
      problems.push(
        `JWT_SECRET is required when NODE_ENV=production (at least ${MIN_SECRET_LENGTH} characters)`,
      );
    else if (secret.length < MIN_SECRET_LENGTH)
      problems.push(
        `JWT_SECRET must be at least ${MIN_SECRET_LENGTH} characters when NODE_ENV=production (got ${secret.length})`,
      );
    else if (WEAK_SECRETS.has(secret.toLowerCase()) || new Set(secret).size < 8)
      problems.push('JWT_SECRET is too predictable; generate one with `openssl rand -base64 48`');
  } else if (secret !== undefined && secret.length < 16) {
    problems.push('JWT_SECRET must be at least 16 characters');
  }
  if (!secret && problems.length === 0 && database) {
    secret = developmentSecret(database);
  }

  const jwtTtl = parseInteger(
    env.JWT_TTL_SECONDS,
    24 * 3600,
    'JWT_TTL_SECONDS',
    problems,
    60,
    30 * 24 * 3600,
  );

  let admin: AppConfig['admin'] = null;
  if (env.ADMIN_EMAIL || env.ADMIN_PASSWORD) {
    if (!env.ADMIN_EMAIL || !env.ADMIN_PASSWORD)
      problems.push('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(env.ADMIN_EMAIL.trim()))
      problems.push('ADMIN_EMAIL must be an email address');
    else if (env.ADMIN_PASSWORD.length < (nodeEnv === 'production' ? 12 : 8))
      problems.push(
        `ADMIN_PASSWORD must be at least ${nodeEnv === 'production' ? 12 : 8} characters`,
      );
    else admin = { email: env.ADMIN_EMAIL.trim().toLowerCase(), password: env.ADMIN_PASSWORD };
  }

  let demo: AppConfig['demo'] = 'auto';
  if (env.DEMO !== undefined && env.DEMO !== '') {
    if (env.DEMO === '1' || env.DEMO === 'true') demo = true;
    else if (env.DEMO === '0' || env.DEMO === 'false') demo = false;
    else problems.push('DEMO must be 1 or 0');
  }

  const logLevel = (env.LOG_LEVEL ??
    (nodeEnv === 'test' ? 'silent' : 'info')) as AppConfig['logLevel'];
  if (!['debug', 'info', 'warn', 'error', 'silent'].includes(logLevel)) {
    problems.push('LOG_LEVEL must be debug, info, warn, error or silent');
  }

  const logFormat = (env.LOG_FORMAT?.trim() ||
    (nodeEnv === 'development' ? 'pretty' : 'json')) as AppConfig['logFormat'];
  if (logFormat !== 'pretty' && logFormat !== 'json')
    problems.push(`LOG_FORMAT must be pretty or json (got "${env.LOG_FORMAT}")`);

  const allowedOrigins = (env.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of allowedOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin))
      problems.push(
        `ALLOWED_ORIGINS: "${origin}" is not an origin such as https://agora.example.org`,
      );
  }

  const throttlePerMinute = parseInteger(
    env.THROTTLE_PER_MINUTE,
    6000,
    'THROTTLE_PER_MINUTE',
    problems,
    1,
    1_000_000,
  );
  const publicUrl = (env.PUBLIC_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/\s]+/.test(publicUrl))
    problems.push(`PUBLIC_URL must be an http:// or https:// address (got "${env.PUBLIC_URL}")`);
  const trustProxy = env.TRUST_PROXY?.trim() || null;
  const redisUrl = env.REDIS_URL?.trim() || null;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl))
    problems.push('REDIS_URL must start with redis:// or rediss://');

  if (problems.length > 0 || !database || !secret) throw new ConfigError(problems);

  return new AppConfig({
    nodeEnv,
    port,
    database,
    jwt: { secret, ttlSeconds: jwtTtl, issuer: 'agora', audience: 'agora' },
    admin,
    demo,
    tallyIntervalMs,
    socketRecoveryMs,
    socketMessagesPerSecond,
    participantMessagesPerSecond,
    socketsPerParticipant,
    participantJoinsPerSecond,
    participantSnapshotBytesPerSecond,
    snapshotCacheBytes,
    allowedOrigins,
    redisUrl,
    throttlePerMinute,
    trustProxy,
    logLevel,
    logFormat,
    bodyLimitBytes,
    publicUrl,
  } as AppConfig);
}

function parseInteger(
  raw: string | undefined,
  fallback: number,
  name: string,
  problems: string[],
  min: number,
  max: number,
): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
    return fallback;
  }
  return value;
}

function parseDatabaseUrl(
  url: string,
  problems: string[],
  poolSize: number,
): DatabaseConfig | null {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!path) {
      problems.push('DATABASE_URL sqlite: needs a file path, e.g. sqlite:data/agora.sqlite');
      return null;
    }
    return {
      type: 'sqlite',
      path: path === ':memory:' ? path : resolve(path),
      synchronous: 'NORMAL',
    };
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    return { type: 'postgres', url, poolSize };
  }
  problems.push('DATABASE_URL must start with sqlite: or postgres://');
  return null;
}

/**
 * Outside production a missing JWT_SECRET is replaced by a random one kept beside the
 * database, so tokens survive restarts without anyone having to invent a secret.
 */
function developmentSecret(database: DatabaseConfig): string {
  const folder =
    database.type === 'sqlite' && database.path !== ':memory:'
      ? dirname(database.path)
      : resolve('data');
  const file = join(folder, '.jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}
