import type { DraftEvent } from '#contract';
import type { DraftTransport } from './draft-socket';
import {
  applyDraftSync,
  fromDraftSnapshot,
  receiveDraftEvent,
  type LiveDraftState,
} from './draft-state';

export interface DraftFeedListener {
  state(state: LiveDraftState): void;
  /** The server refused the join (403/404) or did not answer, or the socket dropped. */
  failed?(message: string): void;
}

/**
 * Follows one draft's room, as SessionFeed follows a session: joins (a snapshot), applies events
 * in order, asks `draft:sync` on a gap, and joins again after every reconnect.
 */
export class DraftFeed {
  private state: LiveDraftState | null = null;
  /** Events that arrive before the snapshot; the snapshot keeps those newer than itself. */
  private early: DraftEvent[] = [];
  private syncing = false;
  private joining = false;
  private stopped = false;
  private readonly unsubscribe: Array<() => void> = [];

  constructor(
    private readonly transport: DraftTransport,
    readonly draftId: string,
    private readonly listener: DraftFeedListener,
  ) {}

  start(): void {
    this.unsubscribe.push(
      this.transport.onEvent((event) => this.onEvent(event)),
      this.transport.onConnect(() => void this.join()),
      this.transport.onDisconnect(() => this.listener.failed?.('disconnected')),
    );
    if (this.transport.connected) void this.join();
  }

  stop(): void {
    this.stopped = true;
    for (const off of this.unsubscribe.splice(0)) off();
    if (this.transport.connected) {
      this.transport.request('draft:leave', { draftId: this.draftId }).catch(() => undefined);
    }
  }

  get current(): LiveDraftState | null {
    return this.state;
  }

  /** Lets the page fold in what a REST answer told it (own vote, own amendment…). */
  update(change: (state: LiveDraftState) => LiveDraftState): void {
    if (!this.state) return;
    this.state = change(this.state);
    this.listener.state(this.state);
  }

  private async join(): Promise<void> {
    if (this.joining || this.stopped) return;
    this.joining = true;
    try {
      const result = await this.transport.request('draft:join', { draftId: this.draftId });
      if (this.stopped) return;
      if (!result.ok) {
        this.listener.failed?.(String(result.error.message));
        return;
      }
      this.state = fromDraftSnapshot(result.data, {
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

  private onEvent(event: DraftEvent): void {
    if (this.stopped || event.payload.draftId !== this.draftId) return;
    if (!this.state || this.joining) {
      this.early.push(event);
      return;
    }
    const step = receiveDraftEvent(this.state, event);
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
      const result = await this.transport.request('draft:sync', {
        draftId: this.draftId,
        sinceSeq: this.state.seq,
      });
      if (this.stopped || !this.state) return;
      if (!result.ok) {
        this.syncing = false;
        await this.join();
        return;
      }
      const step = applyDraftSync(this.state, result.data);
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
