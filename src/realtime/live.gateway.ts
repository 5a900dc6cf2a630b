import { Type } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  OnGatewayInit,
  WebSocketGateway,
} from '@nestjs/websockets';
import { TokenService } from '../auth/token.service';
import type { Actor } from '../common/auth/actor';
import { AnyParticipant } from '../common/auth/decorators';
import type { ArgOf } from '../common/events/domain-events';
import { OnDomainEvent } from '../common/events/on-domain-event';
import { TooManyRequests } from '../common/errors/domain-error';
import { IdempotencyService } from '../common/idempotency/idempotency.service';
import { CommentsService } from '../comments/comments.service';
import { AppConfig } from '../config/app-config';
import { LIVE_NAMESPACE, type Ack } from '#contract';
import { PARTICIPANT_EVENTS } from '../participants/participant.events';
import { RecommendationsService } from '../recommendations/recommendations.service';
import { VotesService } from '../votes/votes.service';
import {
  CommentMessage,
  SessionMessage,
  SubmitMessage,
  SyncMessage,
  UpdateMessage,
  VoteMessage,
  WithdrawVoteMessage,
} from './dto/messages';
import { LiveEmitter } from './live-emitter';
import { LiveMessages } from './live-messages';
import { LiveSnapshots } from './live-snapshots';
import { LiveMessage, type LiveNamespace, type LiveSocket } from './live-socket';
import { ParticipantLimits } from './participant-limits';
import { Presence } from './presence';
import { RawJson } from './raw-json';
import { TokenBucket } from './rate-limiter';
import { participantRoom, sessionRoom } from './room';

/** setTimeout's longest delay (about 24.8 days); a longer wait is taken in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Packets waiting in a socket's send buffer beyond which it gets no snapshot: a client that does
 * not read its socket (or floods joins) must not make the server hold snapshot after snapshot for it.
 */
export const MAX_WRITE_BUFFER = 16;
/** Bytes the websocket may hold unsent before the socket gets no snapshot. */
export const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

/**
 * The `/live` namespace. The token is checked in the handshake (Nest guards do not run on
 * connection) and again on every message, so expiry, deactivation and role changes apply to
 * open sockets. Every message is validated with the REST DTOs and calls the same service
 * method as REST; answers go through the acknowledgement as `{ok, data}` or `{ok:false, error}`.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class LiveGateway implements OnGatewayInit, OnGatewayConnection {
  constructor(
    private readonly config: AppConfig,
    private readonly tokens: TokenService,
    private readonly live: LiveEmitter,
    private readonly presence: Presence,
    private readonly limits: ParticipantLimits,
    private readonly snapshots: LiveSnapshots,
    private readonly recommendations: RecommendationsService,
    private readonly comments: CommentsService,
    private readonly votes: VotesService,
    private readonly idempotency: IdempotencyService,
    private readonly messages: LiveMessages,
  ) {}

  afterInit(namespace: LiveNamespace): void {
    this.live.attach(namespace);
    this.presence.answerPeers(namespace);
    namespace.use((socket: LiveSocket, next) => {
      const auth = socket.handshake.auth as { token?: unknown } | undefined;
      const token = typeof auth?.token === 'string' ? auth.token : undefined;
      this.tokens.authenticate(token).then(
        (actor) => {
          const { tokenExpiresAt, ...rest } = actor;
          if (!this.limits.connect(actor.id, socket.id)) {
            next(new Error('too many connections'));
            return;
          }
          socket.data = {
            actor: rest,
            token: token!,
            expiresAt: tokenExpiresAt,
            bucket: new TokenBucket(this.config.socketMessagesPerSecond),
          };
          next();
        },
        () => next(new Error('unauthorized')),
      );
    });
  }

  handleConnection(socket: LiveSocket): void {
    void socket.join(participantRoom(socket.data.actor.id));
    this.cutAtExpiry(socket);
    socket.once('disconnect', () => this.limits.disconnect(socket.data.actor.id, socket.id));
    // On 'disconnect' the socket has already left its rooms; 'disconnecting' still lists them.
    socket.on('disconnecting', () => {
      for (const room of socket.rooms)
        if (room.startsWith('session:')) this.presence.changed(room.slice('session:'.length));
    });
  }

  @LiveMessage('session:join')
  @AnyParticipant('sessions of the participant’s conference')
  join(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.handle(socket, SessionMessage, body, async (actor, { sessionId }) => {
      this.admitSnapshot(socket);
      // Check first: a socket enters the room only once the participant may see the session
      // (joining before the check let an outsider receive the room's events until it left).
      await this.snapshots.assertVisible(actor, sessionId);
      // Then join, then read: an event committed in between is both in the room and newer than
      // or equal to the snapshot's seq, so the client keeps or drops it correctly.
      await socket.join(sessionRoom(sessionId));
      try {
        const snapshot = await this.snapshots.snapshot(actor, sessionId);
        this.limits.chargeSnapshot(actor.id, snapshot.json.length);
        this.presence.changed(sessionId);
        return snapshot;
      } catch (error) {
        await socket.leave(sessionRoom(sessionId));
        throw error;
      }
    });
  }

  @LiveMessage('session:leave')
  @AnyParticipant('the participant’s own socket')
  leave(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.handle(socket, SessionMessage, body, async (_actor, { sessionId }) => {
      await socket.leave(sessionRoom(sessionId));
      this.presence.changed(sessionId);
      return null;
    });
  }

  @LiveMessage('session:sync')
  @AnyParticipant('sessions of the participant’s conference')
  sync(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.handle(socket, SyncMessage, body, async (actor, { sessionId, sinceSeq }) => {
      this.admitSnapshot(socket);
      const result = await this.snapshots.sync(actor, sessionId, sinceSeq);
      if (result instanceof RawJson) this.limits.chargeSnapshot(actor.id, result.json.length);
      return result;
    });
  }

  @LiveMessage('recommendation:submit')
  @AnyParticipant('delegates, in open sessions of their conference (RecommendationsService)')
  submit(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.handle(socket, SubmitMessage, body, (actor, { sessionId, requestId, ...dto }) =>
      this.once(actor, requestId, ['recommendation:submit', sessionId, dto], () =>
        this.recommendations.submit(actor, sessionId, dto),
      ),
    );
  }

  @LiveMessage('recommendation:update')
  @AnyParticipant('the author or the session’s moderators (RecommendationsService)')
  update(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.handle(socket, UpdateMessage, body, (actor, { id, ...dto }) =>
      this.recommendations.edit(actor, id, dto),
    );
  }

  @LiveMessage('comment:add')
  @AnyParticipant('delegates and the session’s moderators (CommentsService)')
  comment(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.handle(
      socket,
      CommentMessage,
      body,
      (actor, { recommendationId, requestId, ...dto }) =>
        this.once(actor, requestId, ['comment:add', recommendationId, dto], () =>
          this.comments.add(actor, recommendationId, dto),
        ),
    );
  }

  @LiveMessage('vote:cast')
  @AnyParticipant('delegates of the conference (VotesService)')
  vote(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.handle(socket, VoteMessage, body, (actor, { recommendationId, value }) =>
      this.votes.cast(actor, recommendationId, value),
    );
  }

  @LiveMessage('vote:withdraw')
  @AnyParticipant('delegates of the conference (VotesService)')
  withdrawVote(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.handle(socket, WithdrawVoteMessage, body, (actor, { recommendationId }) =>
      this.votes.withdraw(actor, recommendationId),
    );
  }

  /**
   * Joins and syncs may each answer with a whole snapshot: they have a budget of their own per
   * participant (PARTICIPANT_JOINS_PER_SECOND), so have the snapshot bytes sent to it
   * (PARTICIPANT_SNAPSHOT_BYTES_PER_SECOND: sending is what a shared snapshot still costs per
   * socket), and a socket that has not read what it was sent gets no more until it has (429).
   */
  private admitSnapshot(socket: LiveSocket): void {
    const conn = socket.conn as unknown as {
      writeBuffer?: unknown[];
      transport?: { socket?: { bufferedAmount?: number } };
    };
    if (
      (conn.writeBuffer?.length ?? 0) > MAX_WRITE_BUFFER ||
      (conn.transport?.socket?.bufferedAmount ?? 0) > MAX_BUFFERED_BYTES
    )
      throw new TooManyRequests('Your connection has not read what it was sent; retry later', 1);
    if (!this.limits.takeJoin(socket.data.actor.id))
      throw new TooManyRequests('Too many joins and syncs; slow down', 1);
  }

  /** One timer per socket, cleared when it disconnects: an expired token stops listening at once. */
  private cutAtExpiry(socket: LiveSocket): void {
    let timer: NodeJS.Timeout;
    const arm = () => {
      const left = socket.data.expiresAt - Date.now();
      if (left <= 0) {
        socket.disconnect(true);
        return;
      }
      timer = setTimeout(arm, Math.min(left, MAX_TIMER_MS));
      timer.unref();
    };
    arm();
    socket.once('disconnect', () => clearTimeout(timer));
  }

  /** A deactivated participant's open sockets are cut at once, on every instance (room broadcast). */
  @OnDomainEvent(PARTICIPANT_EVENTS.changed)
  participantChanged(event: ArgOf<'participant.changed'>): void {
    if (!event.payload.active)
      this.live.server?.in(participantRoom(event.payload.participantId)).disconnectSockets(true);
  }

  /** A `requestId` makes a retried message idempotent, like REST's Idempotency-Key. */
  private async once<T>(
    actor: Actor,
    requestId: string | undefined,
    what: unknown[],
    work: () => Promise<T>,
  ): Promise<T> {
    if (!requestId) return work();
    return (
      await this.idempotency.run(
        actor.id,
        `ws:${requestId}`,
        IdempotencyService.fingerprint(...what),
        work,
      )
    ).body;
  }

  private handle<D extends object, R>(
    socket: LiveSocket,
    dto: Type<D>,
    body: unknown,
    work: (actor: Actor, message: D) => Promise<R>,
  ): Promise<Ack<R>> {
    return this.messages.handle(socket, dto, body, work);
  }
}
