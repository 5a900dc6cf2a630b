/**
 * The delegate's intents that the server has not answered yet: votes, comments and new
 * recommendations, and votes on a draft's amendments, kept in localStorage (so a reload or a discarded tab keeps them) and sent
 * in order once the connection allows, each with its own Idempotency-Key so a request that did
 * reach the server before its answer was lost is not applied twice.
 *
 * An intent leaves the outbox only when the server answered it: delivered (the answer is handed
 * to `onDelivered` listeners, which fold it into the page's state) or refused (kept, with the
 * server's reason, until the delegate dismisses it). No network outcome, no answer: it stays.
 * No React and no fetch here, so every case is tested with a fake sender and storage.
 */
import type { RecommendationInput, Stance, VoteValue } from '#contract';
import { ApiError } from '../api/api-error';

export type RecommendationDraftIntent = RecommendationInput;

export type Intent =
  | {
      kind: 'vote';
      sessionId: string;
      recommendationId: string;
      title: string;
      /** null withdraws the vote. */
      value: VoteValue | null;
    }
  | {
      kind: 'comment';
      sessionId: string;
      recommendationId: string;
      title: string;
      body: string;
      stance: Stance;
      parentId: string | null;
    }
  | { kind: 'recommendation'; sessionId: string; draft: RecommendationDraftIntent }
  | {
      kind: 'amendment-vote';
      /** The drafting room's draft (not a session). */
      draftId: string;
      amendmentId: string;
      /** The paragraph's number (or a heading's text), to name the vote in messages. */
      label: string;
      /** null withdraws the vote. */
      value: VoteValue | null;
    };

export interface OutboxItem {
  /** Also the request's Idempotency-Key. */
  key: string;
  intent: Intent;
  createdAt: number;
  /** Sent at least once without an answer: it may have reached the server. */
  sent: boolean;
  /** The server's answer when it refused the intent on a replay. */
  refused: { status: number; messages: string[] } | null;
}

export type Outcome = { status: 'delivered'; result: unknown } | { status: 'queued' };

export interface OutboxOptions {
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  /** The storage key: one outbox per participant. */
  key: string;
  send(item: OutboxItem): Promise<unknown>;
  isOnline(): boolean;
  newKey?: () => string;
  now?: () => number;
  /** Asks to be flushed again later (after an unknown outcome); the caller owns the timer. */
  retryLater?: () => void;
}

/** No answer, or one that says nothing about whether the request was applied. */
export function outcomeUnknown(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  if (error.status === 0 || error.status === 408 || error.status === 429) return true;
  if (error.status >= 500) return true;
  // The idempotency store is still working on the first copy of this request.
  return error.status === 409 && error.messages.some((m) => m.includes('still being processed'));
}

interface Waiter {
  resolve(outcome: Outcome): void;
  reject(error: unknown): void;
}

export class Outbox {
  private cache: OutboxItem[];
  private readonly inFlight = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private readonly deliveredListeners = new Set<(item: OutboxItem, result: unknown) => void>();
  private readonly waiters = new Map<string, Waiter>();
  private flushing: Promise<void> | null = null;
  private again = false;

  constructor(private readonly options: OutboxOptions) {
    this.cache = this.read();
  }

  /** Changes whenever the items or what is on its way change (for useSyncExternalStore). */
  version = 0;

  get items(): readonly OutboxItem[] {
    return this.cache;
  }

  isSending(key: string): boolean {
    return this.inFlight.has(key);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onDelivered(listener: (item: OutboxItem, result: unknown) => void): () => void {
    this.deliveredListeners.add(listener);
    return () => this.deliveredListeners.delete(listener);
  }

  /**
   * Queues the intent and tries it at once when online. Resolves `delivered` with the answer,
   * or `queued` when it must wait; rejects with the server's refusal of this first try (the
   * intent is then dropped: the caller shows the error where the delegate acted).
   */
  submit(intent: Intent): Promise<Outcome> {
    const item: OutboxItem = {
      key: this.options.newKey?.() ?? crypto.randomUUID(),
      intent,
      createdAt: this.options.now?.() ?? Date.now(),
      sent: false,
      refused: null,
    };
    this.write((items) => [...items.filter((i) => !supersedes(intent, i, this.inFlight)), item]);
    const outcome = new Promise<Outcome>((resolve, reject) => {
      this.waiters.set(item.key, { resolve, reject });
    });
    void this.flush();
    return outcome;
  }

  dismiss(key: string): void {
    this.write((items) => items.filter((i) => i.key !== key));
  }

  /** Picks up what another tab wrote. */
  reload(): void {
    this.cache = this.read();
    this.emit();
  }

  /** Sends what waits, in order; stops at the first request with no answer. */
  flush(): Promise<void> {
    if (this.flushing) {
      this.again = true;
      return this.flushing;
    }
    this.flushing = this.run().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async run(): Promise<void> {
    let stalled = false;
    do {
      this.again = false;
      this.cache = this.read();
      for (const item of this.cache.filter((i) => !i.refused)) {
        if (!this.options.isOnline()) {
          stalled = true;
          break;
        }
        if (!this.cache.some((i) => i.key === item.key)) continue; // dismissed or superseded
        if (!(await this.attempt(item))) {
          stalled = true;
          break;
        }
      }
    } while (this.again && !stalled);
    // Whoever waits on an intent that must wait learns it now.
    for (const [key, waiter] of [...this.waiters]) {
      if (this.cache.some((i) => i.key === key)) {
        this.waiters.delete(key);
        waiter.resolve({ status: 'queued' });
      }
    }
    if (stalled && this.cache.some((i) => !i.refused)) this.options.retryLater?.();
  }

  /** False when the outcome is unknown (flushing stops there). */
  private async attempt(item: OutboxItem): Promise<boolean> {
    this.inFlight.add(item.key);
    this.emit();
    let result: unknown;
    try {
      result = await this.options.send(item);
    } catch (error) {
      this.inFlight.delete(item.key);
      if (outcomeUnknown(error) || (error instanceof ApiError && error.status === 401)) {
        this.write((items) => items.map((i) => (i.key === item.key ? { ...i, sent: true } : i)));
        return false;
      }
      const waiter = this.waiters.get(item.key);
      this.waiters.delete(item.key);
      if (waiter) {
        this.write((items) => items.filter((i) => i.key !== item.key));
        waiter.reject(error);
      } else {
        const refused = {
          status: error instanceof ApiError ? error.status : 0,
          messages: error instanceof ApiError ? error.messages : [String(error)],
        };
        this.write((items) => items.map((i) => (i.key === item.key ? { ...i, refused } : i)));
      }
      return true;
    }
    this.inFlight.delete(item.key);
    this.write((items) => items.filter((i) => i.key !== item.key));
    for (const listener of this.deliveredListeners) listener(item, result);
    const waiter = this.waiters.get(item.key);
    this.waiters.delete(item.key);
    waiter?.resolve({ status: 'delivered', result });
    return true;
  }

  private read(): OutboxItem[] {
    try {
      const raw = this.options.storage?.getItem(this.options.key);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed) ? (parsed as OutboxItem[]) : [];
    } catch {
      return [];
    }
  }

  /** Read, change, write: another tab may have written since this one last read. */
  private write(change: (items: OutboxItem[]) => OutboxItem[]): void {
    const known = this.options.storage ? this.read() : this.cache;
    this.cache = change(known);
    try {
      this.options.storage?.setItem(this.options.key, JSON.stringify(this.cache));
    } catch {
      // Storage full or refused: the outbox still holds for this page.
    }
    this.emit();
  }

  private emit(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}

/** A newer vote on the same recommendation (or amendment) replaces one that is not on its way. */
function supersedes(intent: Intent, item: OutboxItem, inFlight: ReadonlySet<string>): boolean {
  if (inFlight.has(item.key)) return false;
  if (intent.kind === 'vote')
    return item.intent.kind === 'vote' && item.intent.recommendationId === intent.recommendationId;
  if (intent.kind === 'amendment-vote')
    return item.intent.kind === 'amendment-vote' && item.intent.amendmentId === intent.amendmentId;
  return false;
}

/** The vote the delegate means to have on a recommendation, while it waits for an answer. */
export function pendingVote(
  items: readonly OutboxItem[],
  recommendationId: string,
): (OutboxItem & { intent: Extract<Intent, { kind: 'vote' }> }) | null {
  let found: OutboxItem | null = null;
  for (const item of items) {
    if (item.intent.kind === 'vote' && item.intent.recommendationId === recommendationId)
      if (!item.refused) found = item;
  }
  return found as (OutboxItem & { intent: Extract<Intent, { kind: 'vote' }> }) | null;
}

/** The vote the delegate means to have on an amendment, while it waits for an answer. */
export function pendingAmendmentVote(
  items: readonly OutboxItem[],
  amendmentId: string,
): (OutboxItem & { intent: Extract<Intent, { kind: 'amendment-vote' }> }) | null {
  let found: OutboxItem | null = null;
  for (const item of items) {
    if (item.intent.kind === 'amendment-vote' && item.intent.amendmentId === amendmentId)
      if (!item.refused) found = item;
  }
  return found as (OutboxItem & { intent: Extract<Intent, { kind: 'amendment-vote' }> }) | null;
}
