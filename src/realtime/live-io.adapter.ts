import { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { IncomingMessage } from 'node:http';
import type { Server, ServerOptions } from 'socket.io';
import { AppConfig } from '../config/app-config';
import type { ClusterAdapter } from './cluster-adapter';
import { rawJsonParser } from './raw-json';

export const MAX_MESSAGE_BYTES = 100 * 1024;

/**
 * socket.io server options from the configuration: websocket first, message size limit, no
 * per-message compression (it costs CPU per screen), connection state recovery, and the origin
 * check for browsers (same origin, or ALLOWED_ORIGINS; clients without an Origin are not browsers).
 * The parser is socket.io's own that also sends pre-serialised snapshots as they are (RawJson).
 */
export class LiveIoAdapter extends IoAdapter {
  constructor(
    app: INestApplicationContext,
    private readonly config: AppConfig,
    private readonly cluster: ClusterAdapter | null = null,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, {
      ...options,
      transports: ['websocket', 'polling'],
      maxHttpBufferSize: MAX_MESSAGE_BYTES,
      perMessageDeflate: false,
      parser: rawJsonParser,
      ...(this.config.socketRecoveryMs > 0
        ? {
            connectionStateRecovery: {
              maxDisconnectionDuration: this.config.socketRecoveryMs,
              skipMiddlewares: false,
            },
          }
        : {}),
      allowRequest: (
        request: IncomingMessage,
        callback: (err: string | null | undefined, success: boolean) => void,
      ) => callback(null, originAllowed(request, this.config.allowedOrigins)),
    }) as Server;
    if (this.cluster) server.adapter(this.cluster.factory);
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    await this.cluster?.close();
  }
}

export function originAllowed(
  request: Pick<IncomingMessage, 'headers'>,
  allowed: string[],
): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
