import {
  RoomFeed,
  type DraftEvent,
  type DraftSnapshot,
  type DraftSyncResult,
  type RoomFeedListener,
} from '#contract';
import type { DraftTransport } from './draft-socket';
import {
  applyDraftSync,
  fromDraftSnapshot,
  receiveDraftEvent,
  type LiveDraftState,
} from './draft-state';

/** `failed` is also told when the socket drops. */
export type DraftFeedListener = RoomFeedListener<LiveDraftState>;

/**
 * Follows one draft's room as SessionFeed follows a session (RoomFeed: join, ordered events,
 * `draft:sync` on a gap, a new join after every reconnect).
 */
export class DraftFeed {
  private readonly room: RoomFeed<LiveDraftState, DraftEvent, DraftSnapshot, DraftSyncResult>;
  private readonly unsubscribe: Array<() => void> = [];

  constructor(
    private readonly transport: DraftTransport,
    readonly draftId: string,
    private readonly listener: DraftFeedListener,
  ) {
    this.room = new RoomFeed<LiveDraftState, DraftEvent, DraftSnapshot, DraftSyncResult>(
      {
        join: () => transport.request('draft:join', { draftId }),
        sync: (sinceSeq) => transport.request('draft:sync', { draftId, sinceSeq }),
        leave: () =>
          transport.request('draft:leave', { draftId }).then(
            () => undefined,
            () => undefined,
          ),
        inRoom: (event) => event.payload.draftId === draftId,
        fromSnapshot: fromDraftSnapshot,
        receive: receiveDraftEvent,
        applySync: applyDraftSync,
      },
      listener,
    );
  }

  start(): void {
    this.unsubscribe.push(
      this.transport.onEvent((event) => this.room.receive(event)),
      this.transport.onConnect(() => void this.room.join()),
      this.transport.onDisconnect(() => this.listener.failed?.('disconnected')),
    );
    if (this.transport.connected) void this.room.join();
  }

  stop(): void {
    for (const off of this.unsubscribe.splice(0)) off();
    void this.room.stop(this.transport.connected);
  }

  get current(): LiveDraftState | null {
    return this.room.current;
  }

  /** Lets the page fold in what a REST answer told it (own vote, own amendment…). */
  update(change: (state: LiveDraftState) => LiveDraftState): void {
    this.room.update(change);
  }
}
