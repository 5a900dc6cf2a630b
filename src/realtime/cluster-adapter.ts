import { Logger } from '@nestjs/common';
import { createAdapter as createPostgresAdapter } from '@socket.io/postgres-adapter';
import { createAdapter as createRedisAdapter } from '@socket.io/redis-adapter';
import { Pool } from 'pg';
import { createClient } from 'redis';
import type { AppConfig } from '../config/app-config';

export interface ClusterAdapter {
  /** What socket.io's `server.adapter()` takes. */
  factory: ReturnType<typeof createPostgresAdapter> | ReturnType<typeof createRedisAdapter>;
  describe: string;
  close(): Promise<void>;
}

const logger = new Logger('ClusterAdapter');

/**
 * How broadcasts reach the sockets of every instance. On SQLite there is one instance and
 * socket.io's in-memory adapter is right. On PostgreSQL, socket.io's own PostgreSQL adapter
 * (LISTEN/NOTIFY on the same database: no extra server), or its Redis adapter when REDIS_URL is set.
 */
export async function createClusterAdapter(config: AppConfig): Promise<ClusterAdapter | null> {
  if (config.redisUrl) {
    const pub = createClient({ url: config.redisUrl });
    const sub = pub.duplicate();
    pub.on('error', (error: Error) => logger.error(`redis: ${error.message}`));
    sub.on('error', (error: Error) => logger.error(`redis: ${error.message}`));
    await Promise.all([pub.connect(), sub.connect()]);
    return {
      factory: createRedisAdapter(pub, sub),
      describe: 'redis',
      close: async () => {
        if (pub.isOpen) await Promise.allSettled([pub.quit(), sub.quit()]);
      },
    };
  }
  if (config.database.type !== 'postgres') return null;
  // Its own small pool: the adapter keeps one connection LISTENing for as long as the instance runs.
  const pool = new Pool({ connectionString: config.database.url, max: 2 });
  pool.on('error', (error) => logger.error(`postgres adapter: ${error.message}`));
  // Payloads over PostgreSQL's 8,000-byte NOTIFY limit go through this table (the adapter's own).
  await pool.query(
    'CREATE TABLE IF NOT EXISTS socket_io_attachments (id bigserial UNIQUE, created_at timestamptz DEFAULT NOW(), payload bytea)',
  );
  const create = createPostgresAdapter(pool, {
    errorHandler: (error) => logger.error(`postgres adapter: ${error.message}`),
  });
  const adapters: Array<ReturnType<typeof create>> = [];
  // socket.io calls the factory with `new`: a function (not an arrow) returning the adapter.
  const factory = function (namespace: Parameters<typeof create>[0]) {
    const adapter = create(namespace);
    adapters.push(adapter);
    return adapter;
  } as typeof create;
  return {
    factory,
    describe: 'postgres',
    close: async () => {
      // Nest closes the adapter once per gateway server: end the pool only once.
      if (pool.ending || pool.ended) return;
      const ended = pool.end();
      // The adapter acquires its LISTEN client asynchronously and its close() releases only a
      // client it already holds: closed while still acquiring (a SIGTERM just after start-up),
      // it keeps the client it gets afterwards and pool.end() never resolves, so the process
      // never exits. Until the pool has ended, close the adapter's subscriber again as it settles.
      let done = false;
      void ended.finally(() => (done = true));
      while (!done) {
        for (const adapter of adapters) subscriberOf(adapter)?.close();
        await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 20))]);
      }
    },
  };
}

/** The PostgreSQL adapter's shared LISTEN client (`PubSubClient`); its close() is idempotent. */
function subscriberOf(adapter: object): { close(): void } | undefined {
  const client = (adapter as { client?: { close?: unknown } }).client;
  return typeof client?.close === 'function' ? (client as { close(): void }) : undefined;
}
