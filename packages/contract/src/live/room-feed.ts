import type { Ack } from '../events';
import type { RoomEvent, RoomStep, SequencedState } from './sequenced-room';

export interface RoomFeedListener<S> {
  state(state: S): void;
  /** The server refused the join (403/404) or did not answer: the page stays on REST. */
  failed?(message: string): void;
}

/** How one kind of room (a session, a draft) is joined, synced and reduced. */
export interface RoomChannel<S extends SequencedState<E>, E extends RoomEvent, Snapshot, Sync> {
  join(): Promise<Ack<Snapshot>>;
  sync(sinceSeq: number): Promise<Ack<Sync>>;
  /** Resolves once the server answered (or the request failed: there is nothing to undo). */
  leave(): Promise<void>;
  /** Whether an event received on the connection is this room's. */
  inRoom(event: E): boolean;
  fromSnapshot(snapshot: Snapshot, previous: Pick<S, 'epoch' | 'pending'>): S;
  receive(state: S, event: E): RoomStep<S>;
  applySync(state: S, result: Sync): RoomStep<S>;
}

/**
 * Follows one room over a live connection: joins it (a snapshot), applies events in order, asks
 * for a sync when it sees a gap, and joins again after every reconnect (the room is gone and
 * events were missed, so the new snapshot replaces whatever we had). The session and draft feeds
 * wire it to their transports.
 */
export class RoomFeed<S extends SequencedState<E>, E extends RoomEvent, Snapshot, Sync> {
  private state: S | null = null;
  /** Events that arrive before the snapshot; the snapshot keeps those newer than itself. */
  private early: E[] = [];
  private syncing = false;
  private joining = false;
  private stopped = false;

  constructor(
    private readonly channel: RoomChannel<S, E, Snapshot, Sync>,
    private readonly listener: RoomFeedListener<S>,
  ) {}

  get current(): S | null {
    return this.state;
  }

  stop(connected: boolean): Promise<void> {
    this.stopped = true;
    return connected ? this.channel.leave() : Promise.resolve();
  }

  update(change: (state: S) => S): void {
    if (!this.state) return;
    this.state = change(this.state);
    this.listener.state(this.state);
  }

  async join(): Promise<void> {
    if (this.joining || this.stopped) return;
    this.joining = true;
    try {
      const result = await this.channel.join();
      if (this.stopped) return;
      if (!result.ok) {
        this.listener.failed?.(String(result.error.message));
        return;
      }
      this.state = this.channel.fromSnapshot(result.data, {
        epoch: this.state?.epoch ?? 0,
        pending: [...(this.state?.pending ?? []), ...this.early],
      });
      this.early = [];
      this.syncing = false;
      this.listener.state(this.state);
      if (this.state.pending.length) void this.sync();
    } catch (error) {
      if (!this.stopped) this.listener.failed?.((error as Error).message);
    } finally {
      this.joining = false;
    }
  }

  receive(event: E): void {
    if (this.stopped || !this.channel.inRoom(event)) return;
    if (!this.state || this.joining) {
      this.early.push(event);
      return;
    }
    const step = this.channel.receive(this.state, event);
    if (step.state !== this.state) {
      this.state = step.state;
      this.listener.state(this.state);
    }
    if (step.gap) void this.sync();
  }

  private async sync(): Promise<void> {
    if (this.syncing || !this.state || this.stopped) return;
    this.syncing = true;
    try {
      const result = await this.channel.sync(this.state.seq);
      if (this.stopped || !this.state) return;
      if (!result.ok) {
        this.syncing = false;
        await this.join();
        return;
      }
      const step = this.channel.applySync(this.state, result.data);
      this.state = step.state;
      this.listener.state(this.state);
      this.syncing = false;
      // A sync that could not close the gap: a fresh snapshot settles it.
      if (step.gap) await this.join();
    } catch {
      this.syncing = false;
      // A timeout usually means the connection dropped; the reconnect handler joins again.
    }
  }
}
