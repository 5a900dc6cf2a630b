import type { SequencedEvent, SessionSnapshot, SyncResult } from '../events';
import { RoomFeed, type RoomFeedListener } from './room-feed';
import {
  applySessionSync,
  fromSessionSnapshot,
  receiveSessionEvent,
  type LiveSessionState,
} from './session-state';
import type { LiveTransport, PresenceEvent } from './transport';

export interface SessionFeedListener extends RoomFeedListener<LiveSessionState> {
  presence?(connected: number): void;
}

export interface SessionFeedOptions {
  /** Keep every comment sent, not only those of loaded lists (LiveSessionState.commentsOfAll). */
  commentsOfAll?: boolean;
}

/**
 * Follows one session over a live connection (RoomFeed: join, ordered events, `session:sync`
 * on a gap, a new join after every reconnect), and its presence count. The browser, the tests
 * and the benchmark each give it their transport.
 */
export class SessionFeed {
  private readonly room: RoomFeed<LiveSessionState, SequencedEvent, SessionSnapshot, SyncResult>;
  private readonly unsubscribe: Array<() => void> = [];

  constructor(
    private readonly transport: LiveTransport,
    readonly sessionId: string,
    private readonly listener: SessionFeedListener,
    { commentsOfAll = false }: SessionFeedOptions = {},
  ) {
    this.room = new RoomFeed(
      {
        join: () => transport.request('session:join', { sessionId }),
        sync: (sinceSeq) => transport.request('session:sync', { sessionId, sinceSeq }),
        leave: () =>
          transport.request('session:leave', { sessionId }).then(
            () => undefined,
            () => undefined,
          ),
        inRoom: (event) => event.payload.sessionId === sessionId,
        fromSnapshot: (snapshot, previous) =>
          fromSessionSnapshot(snapshot, previous, commentsOfAll),
        receive: receiveSessionEvent,
        applySync: applySessionSync,
      },
      listener,
    );
  }

  start(): void {
    this.unsubscribe.push(
      this.transport.onEvent((event) => this.room.receive(event)),
      this.transport.onPresence((event) => this.onPresence(event)),
      this.transport.onConnect(() => void this.room.join()),
    );
    if (this.transport.connected) void this.room.join();
  }

  /** Resolves once the server has answered the leave (at once when offline). */
  stop(): Promise<void> {
    for (const off of this.unsubscribe.splice(0)) off();
    return this.room.stop(this.transport.connected);
  }

  get current(): LiveSessionState | null {
    return this.room.current;
  }

  /** Lets the page fold in what a REST or socket answer told it (own vote, own edit…). */
  update(change: (state: LiveSessionState) => LiveSessionState): void {
    this.room.update(change);
  }

  private onPresence(event: PresenceEvent): void {
    if (event.sessionId === this.sessionId) this.listener.presence?.(event.connected);
  }
}
