import type { SequencedEvent, SessionSnapshot, SyncResult } from '#contract';
import { RoomFeed, type RoomFeedListener } from './room-feed';
import { applySync, fromSnapshot, receive, type LiveSessionState } from './session-state';
import type { LiveTransport, PresenceEvent } from './transport';

export interface FeedListener extends RoomFeedListener<LiveSessionState> {
  presence?(connected: number): void;
}

/**
 * Follows one session over the live connection (RoomFeed: join, ordered events, `session:sync`
 * on a gap, a new join after every reconnect), and its presence count.
 */
export class SessionFeed {
  private readonly room: RoomFeed<LiveSessionState, SequencedEvent, SessionSnapshot, SyncResult>;
  private readonly unsubscribe: Array<() => void> = [];

  constructor(
    private readonly transport: LiveTransport,
    readonly sessionId: string,
    private readonly listener: FeedListener,
  ) {
    this.room = new RoomFeed(
      {
        join: () => transport.request('session:join', { sessionId }),
        sync: (sinceSeq) => transport.request('session:sync', { sessionId, sinceSeq }),
        leave: () => void transport.request('session:leave', { sessionId }).catch(() => undefined),
        inRoom: (event) => event.payload.sessionId === sessionId,
        fromSnapshot,
        receive,
        applySync,
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

  stop(): void {
    for (const off of this.unsubscribe.splice(0)) off();
    this.room.stop(this.transport.connected);
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
