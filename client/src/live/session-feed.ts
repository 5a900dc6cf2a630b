import type { SequencedEvent } from '#contract';
import { applySync, fromSnapshot, receive, type LiveSessionState } from './session-state';
import type { LiveTransport, PresenceEvent } from './transport';

export interface FeedListener {
  state(state: LiveSessionState): void;
  presence?(connected: number): void;
  /** The server refused the join (403/404) or did not answer: the page stays on REST. */
  failed?(message: string): void;
}

/**
 * Follows one session over the live connection: joins its room (a snapshot), applies events in
 * order, asks for `session:sync` when it sees a gap, and joins again after every reconnect
 * (the room is gone and events were missed, so the new snapshot replaces whatever we had).
 */
export class SessionFeed {
  private state: LiveSessionState | null = null;
  /** Events that arrive before the snapshot; the snapshot keeps those newer than itself. */
  private early: SequencedEvent[] = [];
  private syncing = false;
  private joining = false;
  private stopped = false;
  private readonly unsubscribe: Array<() => void> = [];

  constructor(
    private readonly transport: LiveTransport,
    readonly sessionId: string,
    private readonly listener: FeedListener,
  ) {}

  start(): void {
    this.unsubscribe.push(
      this.transport.onEvent((event) => this.onEvent(event)),
      this.transport.onPresence((event) => this.onPresence(event)),
      this.transport.onConnect(() => void this.join()),
    );
    if (this.transport.connected) void this.join();
  }

  stop(): void {
    this.stopped = true;
    for (const off of this.unsubscribe.splice(0)) off();
    if (this.transport.connected) {
      this.transport.request('session:leave', { sessionId: this.sessionId }).catch(() => undefined);
    }
  }

  get current(): LiveSessionState | null {
    return this.state;
  }

  /** Lets the page fold in what a REST or socket answer told it (own vote, own edit…). */
  update(change: (state: LiveSessionState) => LiveSessionState): void {
    if (!this.state) return;
    this.state = change(this.state);
    this.listener.state(this.state);
  }

  private async join(): Promise<void> {
    if (this.joining || this.stopped) return;
    this.joining = true;
    try {
      const result = await this.transport.request('session:join', { sessionId: this.sessionId });
      if (this.stopped) return;
      if (!result.ok) {
        this.listener.failed?.(String(result.error.message));
        return;
      }
      this.state = fromSnapshot(result.data, {
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

  private onEvent(event: SequencedEvent): void {
    if (this.stopped || event.payload.sessionId !== this.sessionId) return;
    if (!this.state || this.joining) {
      this.early.push(event);
      return;
    }
    const step = receive(this.state, event);
    if (step.state !== this.state) {
      this.state = step.state;
      this.listener.state(this.state);
    }
    if (step.gap) void this.sync();
  }

  private onPresence(event: PresenceEvent): void {
    if (event.sessionId === this.sessionId) this.listener.presence?.(event.connected);
  }

  private async sync(): Promise<void> {
    if (this.syncing || !this.state || this.stopped) return;
    this.syncing = true;
    try {
      const result = await this.transport.request('session:sync', {
        sessionId: this.sessionId,
        sinceSeq: this.state.seq,
      });
      if (this.stopped || !this.state) return;
      if (!result.ok) {
        this.syncing = false;
        await this.join();
        return;
      }
      const step = applySync(this.state, result.data);
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
