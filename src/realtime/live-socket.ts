import { SubscribeMessage } from '@nestjs/websockets';
import type {
  Ack,
  ClientToServerEvents,
  DraftClientToServerEvents,
  DraftServerToClientEvents,
  ServerToClientEvents,
} from '#contract';
import type { Namespace, Socket } from 'socket.io';
import type { Actor } from '../common/auth/actor';
import type { TokenBucket } from './rate-limiter';
import type { RawJson } from './raw-json';

type EventArg<M, K> = K extends keyof M
  ? M[K] extends (event: infer E) => void
    ? E
    : never
  : never;

/**
 * What the server sends on `/live`: the session rooms' events and the draft rooms'. Both have a
 * `tally:updated`, a session's or a draft's by the room it is sent to.
 */
export type LiveServerEvents = {
  [K in keyof ServerToClientEvents | keyof DraftServerToClientEvents]: (
    event: EventArg<ServerToClientEvents, K> | EventArg<DraftServerToClientEvents, K>,
  ) => void;
};

/** What clients send on `/live`, each with its acknowledgement. */
export type LiveClientEvents = ClientToServerEvents & DraftClientToServerEvents;

/** What the `/live` handshake (LiveGateway) stores on every socket. */
export interface LiveSocketData {
  actor: Actor;
  token: string;
  /** When the token expires (epoch ms): the socket is cut then, even if it never sends again. */
  expiresAt: number;
  bucket: TokenBucket;
}

/**
 * What the instances of a cluster ask each other on `/live` (socket.io's serverSideEmit): the
 * participants of a room on the instance that answers (Presence).
 */
export type LiveServerSideEvents = {
  'presence:participants': (room: string, answer: (participantIds: string[]) => void) => void;
};

export type LiveSocket = Socket<
  LiveClientEvents,
  LiveServerEvents,
  LiveServerSideEvents,
  LiveSocketData
>;
export type LiveNamespace = Namespace<
  LiveClientEvents,
  LiveServerEvents,
  LiveServerSideEvents,
  LiveSocketData
>;

/** The body of the message `E` as the contract has it (the message DTOs implement it). */
export type MessageBodyOf<E extends keyof LiveClientEvents> = Parameters<LiveClientEvents[E]>[0];

/** What the acknowledgement of `E` carries on success (a snapshot may go pre-serialised: RawJson). */
type AckData<E extends keyof LiveClientEvents> = Parameters<LiveClientEvents[E]>[1] extends (
  result: Ack<infer R>,
) => void
  ? R
  : never;

/**
 * `@SubscribeMessage` checked against the contract: `E` is a message clients send, and the
 * handler answers with the acknowledgement its event map says, or it does not compile.
 */
export function LiveMessage<E extends keyof LiveClientEvents>(name: E) {
  return (
    target: object,
    key: string | symbol,
    descriptor: {
      value?: (socket: LiveSocket, body: unknown) => Promise<Ack<AckData<E> | RawJson<AckData<E>>>>;
    },
  ): void => {
    SubscribeMessage(name)(target, key, descriptor as TypedPropertyDescriptor<unknown>);
  };
}
