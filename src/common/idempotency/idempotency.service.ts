import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { TransactionRunner } from '../../database/transaction-runner';
import { IdempotencyKey } from './idempotency-key.entity';
import { InvalidInput, isUniqueViolation, StateConflict } from '../errors';

/** A claim still pending after this was left by an instance that stopped while working on it. */
const ABANDONED_AFTER_MS = 60_000;
const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;
const IN_PROGRESS = 'A request with this Idempotency-Key is still being processed; retry shortly';

export interface IdempotentOutcome<T> {
  body: T;
  replayed: boolean;
}

/**
 * "A retry with the same key by the same participant returns the first response and creates
 * nothing new" (API.md). The key is claimed in its own transaction before the work runs, so
 * two copies of one request racing each other cannot both create: the second sees the claim
 * (409 while the first is still running, its response once it is done). Failed requests
 * release their claim: they created nothing, so a retry should really try again.
 *
 * The work and the "done" mark are two transactions, so an instance dying between them leaves
 * the claim pending with the outcome unknown (the work may have committed). Such a claim is never
 * taken over — that could create a duplicate — but answered with 409 saying so, and the client
 * checks (e.g. the session's list) before submitting again with a new key.
 */
@Injectable()
export class IdempotencyService {
  constructor(private readonly transactions: TransactionRunner) {}

  static fingerprint(...parts: unknown[]): string {
    return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
  }

  async run<T>(
    participantId: string,
    key: string,
    fingerprint: string,
    work: () => Promise<T>,
  ): Promise<IdempotentOutcome<T>> {
    if (!KEY_PATTERN.test(key))
      throw new InvalidInput(['Idempotency-Key must be 1 to 200 visible ASCII characters']);

    const previous = await this.claim(participantId, key, fingerprint);
    if (previous) return { body: JSON.parse(previous.responseBody ?? 'null') as T, replayed: true };

    let body: T;
    try {
      body = await work();
    } catch (error) {
      await this.transactions.run(({ em }) => em.delete(IdempotencyKey, { participantId, key }));
      throw error;
    }
    await this.transactions.run(({ em }) =>
      em.update(
        IdempotencyKey,
        { participantId, key },
        { state: 'done', responseStatus: 200, responseBody: JSON.stringify(body ?? null) },
      ),
    );
    return { body, replayed: false };
  }

  /**
   * Claims the key, or returns its finished claim (to replay). Two copies arriving together can
   * both find no claim and both insert it (PostgreSQL runs them side by side): the second insert
   * then fails on the primary key once the first commits. That is the copy the layer exists for,
   * so it is answered as any copy is — the committed claim read again (still being processed,
   * used for another request, or done) — rather than as a bare "This already exists". Once only:
   * if the claim vanished meanwhile (its request failed) and was taken again, it is in progress.
   */
  private async claim(
    participantId: string,
    key: string,
    fingerprint: string,
    again = true,
  ): Promise<IdempotencyKey | null> {
    try {
      return await this.claimOnce(participantId, key, fingerprint);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (again) return this.claim(participantId, key, fingerprint, false);
      throw new StateConflict(IN_PROGRESS);
    }
  }

  private claimOnce(
    participantId: string,
    key: string,
    fingerprint: string,
  ): Promise<IdempotencyKey | null> {
    return this.transactions.run(async ({ em }) => {
      const row = await em.findOneBy(IdempotencyKey, { participantId, key });
      if (row && row.fingerprint !== fingerprint) {
        throw new StateConflict('This Idempotency-Key was already used for a different request');
      }
      if (row?.state === 'done') return row;
      if (row && Date.now() - row.createdAt.getTime() < ABANDONED_AFTER_MS) {
        throw new StateConflict(IN_PROGRESS);
      }
      if (row) {
        throw new StateConflict(
          'The first request with this Idempotency-Key was interrupted and its outcome is unknown; check before sending it again with a new key',
        );
      }
      // insert, not save: save would quietly update a claim another request committed meanwhile.
      await em.insert(IdempotencyKey, {
        participantId,
        key,
        fingerprint,
        state: 'pending',
        responseStatus: null,
        responseBody: null,
        createdAt: new Date(),
      });
      return null;
    });
  }
}
