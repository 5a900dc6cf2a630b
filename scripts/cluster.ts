/**
 * `npm run start:cluster` — several Agora instances on one PostgreSQL database behind a small load
 * balancer, to try scale-out on one machine. Not a production deployment (use your platform's load
 * balancer there); the instances are exactly what production runs.
 *
 *   DATABASE_URL=postgres://agora:agora@127.0.0.1/agora INSTANCES=3 PORT=3000 npm run start:cluster
 *
 * Instances listen on PORT+1 … PORT+N; the balancer on PORT sends each HTTP request and each
 * websocket to the next healthy instance (round robin). Websocket transport means no sticky
 * sessions are needed: every instance reads the same database and shares broadcasts through
 * socket.io's PostgreSQL adapter.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { join } from 'node:path';
import { createProxyServer } from 'http-proxy-3';

const databaseUrl = process.env.DATABASE_URL ?? '';
if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
  console.error(
    'start:cluster needs DATABASE_URL=postgres://… (several instances cannot share a SQLite file). See the README, "Running on PostgreSQL".',
  );
  process.exit(2);
}
const instances = Number(process.env.INSTANCES ?? 3);
const port = Number(process.env.PORT ?? 3000);
// Every instance must sign and check tokens with the same secret.
const jwtSecret = process.env.JWT_SECRET ?? randomBytes(48).toString('base64url');
const main = join(__dirname, '..', 'src', 'main.js');

interface Instance {
  port: number;
  child: ChildProcess;
  healthy: boolean;
}

function startInstance(index: number): Instance {
  const instancePort = port + 1 + index;
  const child = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      PORT: String(instancePort),
      JWT_SECRET: jwtSecret,
      // What people open is the balancer, not this instance (the demo prints it).
      PUBLIC_URL: process.env.PUBLIC_URL ?? `http://localhost:${port}`,
      DEMO: index === 0 ? (process.env.DEMO ?? '') : '0',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const instance: Instance = { port: instancePort, child, healthy: false };
  child.on('exit', (code, signal) => {
    instance.healthy = false;
    console.error(`instance on port ${instancePort} exited (${signal ?? code})`);
  });
  return instance;
}

async function healthy(instance: Instance): Promise<boolean> {
  try {
    return (
      await fetch(`http://127.0.0.1:${instance.port}/health`, { signal: AbortSignal.timeout(1000) })
    ).ok;
  } catch {
    return false;
  }
}

async function run(): Promise<void> {
  // The first instance applies migrations (and loads the demo into an empty database) before the others start.
  const pool: Instance[] = [startInstance(0)];
  while (!(await healthy(pool[0]))) await new Promise((r) => setTimeout(r, 300));
  for (let i = 1; i < instances; i++) pool.push(startInstance(i));

  const check = async () => {
    for (const instance of pool) instance.healthy = await healthy(instance);
  };
  await check();
  setInterval(() => void check(), 1000).unref();

  let next = 0;
  const pick = (): Instance | undefined => {
    for (let i = 0; i < pool.length; i++) {
      const candidate = pool[(next + i) % pool.length];
      if (candidate.healthy) {
        next = (next + i + 1) % pool.length;
        return candidate;
      }
    }
    return undefined;
  };

  const proxy = createProxyServer({ xfwd: true });
  proxy.on('error', (error, _req, res) => {
    if (res && 'writeHead' in res && !res.headersSent) {
      res.writeHead(502, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify({
          statusCode: 502,
          message: `instance unavailable: ${error.message}`,
          error: 'Bad Gateway',
        }),
      );
    } else if (res && 'destroy' in res) {
      res.destroy();
    }
  });

  const server = createServer((req, res) => {
    const target = pick();
    if (!target) {
      res.writeHead(503, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify({
          statusCode: 503,
          message: 'no healthy instance',
          error: 'Service Unavailable',
        }),
      );
      return;
    }
    proxy.web(req, res, { target: `http://127.0.0.1:${target.port}` });
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const target = pick();
    if (!target) return socket.destroy();
    proxy.ws(req, socket, head, { target: `ws://127.0.0.1:${target.port}` });
  });
  server.listen(port, () => {
    console.log(
      `Agora cluster: ${instances} instances (ports ${port + 1}–${port + instances}) behind http://localhost:${port}`,
    );
  });

  const stop = () => {
    server.close();
    for (const instance of pool) instance.child.kill('SIGTERM');
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void run();
