import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { DataSource, EntityManager } from 'typeorm';
import type { ArgOf, DomainEvent, EventName } from '../common/events/domain-events';
import { dialectOf } from './dialect';

export interface TransactionContext {
  /** Every read and write of the transaction goes through this manager. */
  readonly em: EntityManager;
  /** Queue a domain event; it is emitted only if and after the transaction commits. */
  publish<T extends EventName>(name: T, arg: ArgOf<T>): void;
}

/** Runs once the transaction has committed; never for one rolled back. */
export type AfterCommit = () => void;

/**
 * Called inside the transaction, just before commit, with the events it queued (the realtime
 * module numbers and stores what the rooms will see); what it returns runs after commit, before
 * the events' listeners (sending what it stored).
 */
export type BeforeCommitHook = (
  em: EntityManager,
  events: readonly DomainEvent[],
) => Promise<AfterCommit | void>;

/** What a transaction leaves for after its commit. */
interface Queued {
  events: DomainEvent[];
  afterCommit: AfterCommit[];
}

export interface RunOptions {
  /**
   * For short transactions that keep the room live (tally broadcasts), which must not wait behind
   * a flood of writes: on SQLite it is in the very next group commit whatever is queued, and runs
   * last in it, so that it sees what the group's other transactions wrote (a broadcast then
   * counts the votes committed with it, and their answers leave before it); on PostgreSQL it
   * skips the wait for a pooled connection.
   */
  urgent?: boolean;
}

interface Job {
  work: (tx: TransactionContext) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  urgent: boolean;
}

const RETRYABLE_POSTGRES_CODES = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 5;
/** PostgreSQL connections kept free for urgent transactions (see runPooled). */
const URGENT_CONNECTIONS = 2;
/** Most transactions committed together on SQLite (see runBatch). */
const MAX_BATCH = 64;

/**
 * The only way to write. On SQLite one connection serves the whole process, and TypeORM's
 * better-sqlite3 driver fails when two transactions overlap ("cannot start a transaction
 * within a transaction"), so transactions are queued and run one after another — SQLite's
 * own one-writer model. On PostgreSQL they run concurrently on the pool and are retried on
 * serialization failures and deadlocks.
 */
@Injectable()
export class TransactionRunner {
  private readonly logger = new Logger(TransactionRunner.name);
  private readonly queue: Job[] = [];
  private running = false;
  private readonly hooks: BeforeCommitHook[] = [];
  private readonly serialised: boolean;
  private readonly ordinaryLimit: number;
  private activeOrdinary = 0;
  private readonly waitingOrdinary: Array<() => void> = [];
  private inFlight = 0;
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly emitter: EventEmitter2,
  ) {
    this.serialised = dialectOf(dataSource) !== 'postgres';
    const poolSize = (dataSource.options as { poolSize?: number }).poolSize ?? 10;
    this.ordinaryLimit = Math.max(1, poolSize - URGENT_CONNECTIONS);
  }

  addBeforeCommitHook(hook: BeforeCommitHook): void {
    this.hooks.push(hook);
  }

  run<T>(work: (tx: TransactionContext) => Promise<T>, options: RunOptions = {}): Promise<T> {
    this.inFlight++;
    const result = this.serialised ? this.enqueue(work, options) : this.runPooled(work, options);
    void result.then(this.settle, this.settle);
    return result;
  }

  /** Resolves once no transaction is running or queued (graceful shutdown). */
  drain(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * Whether transactions run side by side (PostgreSQL: a pool of connections) rather than one
   * after another through the queued writer (SQLite).
   */
  get concurrent(): boolean {
    return !this.serialised;
  }

  /** Transactions waiting for their turn (SQLite), for diagnostics and benchmarks. */
  get backlog(): number {
    return this.queue.length;
  }

  private readonly settle = (): void => {
    this.inFlight--;
    if (this.inFlight === 0) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      waiters.forEach((w) => w());
    }
  };

  private enqueue<T>(
    work: (tx: TransactionContext) => Promise<T>,
    options: RunOptions,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const urgent = options.urgent ?? false;
      const job: Job = { work, resolve: resolve as (value: unknown) => void, reject, urgent };
      if (urgent) this.queue.unshift(job);
      else this.queue.push(job);
      void this.pump();
    });
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.queue.length > 0) {
        await this.runBatch(urgentLast(this.queue.splice(0, MAX_BATCH)));
        // better-sqlite3 is synchronous, so a long queue would drain in one turn of the event loop
        // on promise callbacks alone, starving sockets and timers (acks and tally broadcasts would
        // all leave at the end of a flood). Let I/O and timers in between batches.
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      this.running = false;
    }
  }

  /**
   * Group commit: the transactions waiting in the queue run together in one SQLite transaction,
   * each inside its own savepoint, so one that fails is rolled back alone while the others commit.
   * Nobody is answered before the commit. Under a flood of votes this turns hundreds of commits a
   * second into tens, without changing what any single transaction sees or writes.
   */
  private async runBatch(batch: Job[]): Promise<void> {
    if (batch.length === 1) {
      const [job] = batch;
      await this.runOnce(job.work).then(job.resolve, job.reject);
      return;
    }
    const outcomes: Array<
      | { job: Job; ok: true; value: unknown; queued: Queued }
      | { job: Job; ok: false; error: unknown }
    > = [];
    try {
      await this.dataSource.transaction(async (em) => {
        outcomes.length = 0;
        for (const job of batch) {
          const queued: Queued = { events: [], afterCommit: [] };
          try {
            const value = await em.transaction((inner) =>
              this.withinTransaction(inner, job.work, queued),
            );
            outcomes.push({ job, ok: true, value, queued });
          } catch (error) {
            outcomes.push({ job, ok: false, error });
          }
        }
      });
    } catch (error) {
      // The commit itself failed: nothing of the batch is stored.
      batch.forEach((job) => job.reject(error));
      return;
    }
    for (const outcome of outcomes) {
      if (!outcome.ok) {
        outcome.job.reject(outcome.error);
        continue;
      }
      this.emit(outcome.queued);
      outcome.job.resolve(outcome.value);
    }
  }

  /**
   * PostgreSQL: transactions run concurrently, but ordinary ones may use all but two of the pool's
   * connections; the rest wait here, in order. Urgent ones (tally broadcasts, snapshots) skip the
   * wait, so a flood of votes queued for connections cannot starve the room's broadcasts.
   */
  private async runPooled<T>(
    work: (tx: TransactionContext) => Promise<T>,
    options: RunOptions,
  ): Promise<T> {
    if (options.urgent) return this.runWithRetry(work);
    if (this.activeOrdinary >= this.ordinaryLimit)
      await new Promise<void>((resolve) => this.waitingOrdinary.push(resolve));
    this.activeOrdinary++;
    try {
      return await this.runWithRetry(work);
    } finally {
      this.activeOrdinary--;
      this.waitingOrdinary.shift()?.();
    }
  }

  private async runWithRetry<T>(work: (tx: TransactionContext) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.runOnce(work);
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS || !isRetryable(error)) throw error;
        await new Promise((r) => setTimeout(r, Math.random() * 10 * 2 ** attempt));
      }
    }
  }

  private async runOnce<T>(work: (tx: TransactionContext) => Promise<T>): Promise<T> {
    const queued: Queued = { events: [], afterCommit: [] };
    const result = await this.dataSource.transaction((em) =>
      this.withinTransaction(em, work, queued),
    );
    this.emit(queued);
    return result;
  }

  private async withinTransaction<T>(
    em: EntityManager,
    work: (tx: TransactionContext) => Promise<T>,
    queued: Queued,
  ): Promise<T> {
    // A retried attempt (or a savepoint's second try) starts with nothing queued.
    const { events, afterCommit } = queued;
    events.length = 0;
    afterCommit.length = 0;
    const value = await work({
      em,
      publish: (name, arg) => events.push({ name, arg } as DomainEvent),
    });
    for (const hook of this.hooks) {
      const then = await hook(em, events);
      if (then) afterCommit.push(then);
    }
    return value;
  }

  private emit({ events, afterCommit }: Queued): void {
    // The write has committed; nothing failing from here on may turn it into an error.
    for (const then of afterCommit) {
      try {
        then();
      } catch (error) {
        this.logger.error(`after-commit step failed: ${String(error)}`);
      }
    }
    for (const event of events) {
      try {
        this.emitter.emit(event.name, event.arg);
      } catch (error) {
        this.logger.error(`listener of ${event.name} failed: ${String(error)}`);
      }
    }
  }
}

export function isRetryable(error: unknown): boolean {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' && RETRYABLE_POSTGRES_CODES.has(code);
}

/** A group's jobs in queue order, but the urgent ones last (see RunOptions.urgent). */
function urgentLast(jobs: Job[]): Job[] {
  return [...jobs.filter((job) => !job.urgent), ...jobs.filter((job) => job.urgent)];
}
