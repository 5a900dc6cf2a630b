import { Injectable, Logger, type Type } from '@nestjs/common';
import { InvalidToken, TokenService } from '../auth/token.service';
import type { Actor } from '../common/auth/actor';
import { NotAuthenticated, TooManyRequests } from '../common/errors/domain-error';
import { errorResponse } from '../common/errors/error-response';
import { createValidationPipe } from '../common/http/validation';
import type { Ack } from '#contract';
import type { LiveSocketData } from './live-socket';
import { ParticipantLimits } from './participant-limits';

/**
 * The rules every `/live` message goes through, in the session room (LiveGateway) and the draft
 * room alike: the socket's and the participant's rate limits, the token checked again (an invalid
 * one cuts the socket), the REST DTO's validation, and errors answered through the
 * acknowledgement with REST's statuses.
 */
@Injectable()
export class LiveMessages {
  private readonly logger = new Logger(LiveMessages.name);
  private readonly validation = createValidationPipe();

  constructor(
    private readonly tokens: TokenService,
    private readonly limits: ParticipantLimits,
  ) {}

  async handle<D extends object, R>(
    socket: { data: LiveSocketData; disconnect(close: boolean): unknown },
    dto: Type<D>,
    body: unknown,
    work: (actor: Actor, message: D) => Promise<R>,
  ): Promise<Ack<R>> {
    if (!socket.data.bucket.take() || !this.limits.take(socket.data.actor.id))
      return this.refuse(new TooManyRequests('Too many messages; slow down'));
    let actor: Actor;
    try {
      actor = await this.tokens.authenticate(socket.data.token);
      socket.data.actor = actor;
    } catch (error) {
      if (error instanceof InvalidToken) {
        setImmediate(() => socket.disconnect(true));
        return this.refuse(new NotAuthenticated('unauthorized'));
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
      return this.refuse(error);
    }
  }

  /** The acknowledgement of a failed message: REST's status and message, by the one mapping. */
  private refuse(error: unknown): Ack<never> {
    const { status, body, expected } = errorResponse(error);
    if (!expected)
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    const { message, code, field, params, problems } = body;
    return { ok: false, error: { status, code, message, field, params, problems } };
  }
}
