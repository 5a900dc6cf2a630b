import { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { MessageMappingProperties } from '@nestjs/websockets';
import type { IncomingMessage } from 'node:http';
import type { Observable } from 'rxjs';
import type { Server, ServerOptions, Socket } from 'socket.io';
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

  /**
   * The gateways' message handlers as plain listeners. Nest's own builds, for every socket as it
   * connects, an RxJS pipeline per message name (fromEvent, mergeMap, takeUntil the disconnect),
   * for the two gateways on `/live`: about 0.05 ms of CPU per connecting screen, and its
   * unsubscribing again at disconnect (profiled with bench/live/joins.ts). Each message still goes through Nest's handler (validation, filters)
   * and its answer through `transform` as before; an answer that comes after the socket has gone
   * is dropped, as takeUntil did, and a failed message no longer stops later ones of its name.
   */
  override bindMessageHandlers(
    socket: Socket,
    handlers: MessageMappingProperties[],
    transform: (data: unknown) => Observable<unknown>,
  ): void {
    for (const { message, callback, isAckHandledManually } of handlers) {
      socket.on(message as string, (...payload: unknown[]) => {
        const { data, ack } = this.mapPayload(payload) as {
          data: unknown;
          ack?: (response: unknown) => void;
        };
        transform(callback(data, ack)).subscribe((response) => {
          if (response === null || response === undefined || socket.disconnected) return;
          const event = response as { event?: string; data?: unknown };
          if (event.event) socket.emit(event.event, event.data);
          else if (!isAckHandledManually && typeof ack === 'function') ack(response);
        });
      });
    }
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
