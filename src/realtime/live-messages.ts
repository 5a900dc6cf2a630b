import { HttpException, Injectable, Logger, type Type } from '@nestjs/common';
import type { Socket } from 'socket.io';
import { InvalidToken, TokenService } from '../auth/token.service';
import type { Actor } from '../common/auth/actor';
import { createValidationPipe } from '../common/http/validation';
import type { Ack } from '../contract/events';
import type { TokenBucket } from './rate-limiter';

/** What the `/live` handshake (LiveGateway) stores on every socket. */
export interface LiveSocketData {
  actor: Actor;
  token: string;
  expiresAt: number;
  bucket: TokenBucket;
}

export type LiveDataSocket = Socket<
  Record<string, never>,
  Record<string, never>,
  Record<string, never>,
  LiveSocketData
>;

/**
 * The rules every `/live` message goes through, for gateways other than LiveGateway (the draft
 * room): the socket's rate limit, the token checked again (an invalid one cuts the socket), the
 * REST DTO's validation, and errors answered through the acknowledgement with REST's statuses.
 * The same steps as LiveGateway.handle.
 */
@Injectable()
export class LiveMessages {
  private readonly logger = new Logger(LiveMessages.name);
  private readonly validation = createValidationPipe();

  constructor(private readonly tokens: TokenService) {}

  async handle<D extends object, R>(
    socket: LiveDataSocket,
    dto: Type<D>,
    body: unknown,
    work: (actor: Actor, message: D) => Promise<R>,
  ): Promise<Ack<R>> {
    if (!socket.data.bucket.take())
      return { ok: false, error: { status: 429, message: 'Too many messages; slow down' } };
    let actor: Actor;
    try {
      actor = await this.tokens.authenticate(socket.data.token);
      socket.data.actor = actor;
    } catch (error) {
      if (error instanceof InvalidToken) {
        setImmediate(() => socket.disconnect(true));
        return { ok: false, error: { status: 401, message: 'unauthorized' } };
      }
      throw error;
    }
    try {
      const message = (await this.validation.transform(body ?? {}, {
        type: 'body',
        metatype: dto,
      })) as D;
      return { ok: true, data: await work(actor, message) };
    } catch (error) {
      if (error instanceof HttpException) {
        const response = error.getResponse();
        const message =
          typeof response === 'object' && response && 'message' in response
            ? (response as { message: string | string[] }).message
            : error.message;
        return { ok: false, error: { status: error.getStatus(), message } };
      }
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      return { ok: false, error: { status: 500, message: 'Internal server error' } };
    }
  }
}
