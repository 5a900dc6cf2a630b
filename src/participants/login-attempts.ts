import { Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TooManyRequests } from '../common/errors';
import { TransactionRunner } from '../database/transaction-runner';
import { LoginAttemptRepository } from './login-attempt.repository';

export const MAX_FAILED_LOGINS = 5;
export const LOGIN_WINDOW_MS = 60_000;
/** Reservations between two sweeps of the expired attempts of every email. */
const SWEEP_EVERY = 500;

/**
 * Which access code an attempt guessed at: a digest of the participant's current code hash (so a
 * code the secretariat reissues is a new key), or `none` for an email Agora does not know.
 */
export function codeKey(secretHash: string | null | undefined): string {
  return secretHash
    ? createHash('sha256').update(secretHash).digest('base64url').slice(0, 22)
    : 'none';
}

/**
 * How an attempt names its email: a digest, so that the table of attempts (which also records
 * guesses at emails nobody has, and attempts made after an erasure) holds no personal data.
 */
export function emailDigest(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');
}

export interface Lockout {
  /** Attempts that did not sign in, for the current code, within the last minute. */
  failures: number;
  /** When sign-in with the current code opens again; null while it is not locked. */
  lockedUntil: Date | null;
}

/**
 * Guessing access codes: at most five attempts per email and access code within a minute are
 * ever checked; the others answer 429 until the minute has passed, the right code included.
 * Each attempt is reserved in the database before the (slow) hash is checked, in a transaction
 * that holds the email — SQLite's single writer, a per-email advisory lock on PostgreSQL — so
 * concurrent attempts, on one instance or several sharing the database, cannot all be checked.
 * Counted per email (a venue shares one address, so per-address limits must stay generous) and
 * per code: a locked-out delegate signs in with a fresh code from the secretariat.
 */
@Injectable()
export class LoginAttempts {
  private readonly logger = new Logger(LoginAttempts.name);
  private reservations = 0;

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly dataSource: DataSource,
    private readonly attempts: LoginAttemptRepository,
  ) {}

  /** Reserves one attempt, or throws 429. Returns its id, for `succeeded`. */
  async reserve(signInEmail: string, key: string): Promise<string> {
    const email = emailDigest(signInEmail);
    const now = Date.now();
    const outcome = await this.transactions.run<{ id: string } | { lockedUntil: number }>(
      async ({ em }) => {
        await this.attempts.holdEmail(em, email);
        await this.attempts.forgetUntil(em, now - LOGIN_WINDOW_MS, email);
        const recent = await this.attempts.times(em, email, key, MAX_FAILED_LOGINS);
        if (recent.length >= MAX_FAILED_LOGINS) return { lockedUntil: recent[0] + LOGIN_WINDOW_MS };
        return { id: await this.attempts.insert(em, email, key, now) };
      },
    );
    if (++this.reservations % SWEEP_EVERY === 0) this.sweep(now);
    if ('id' in outcome) return outcome.id;
    const retryAfter = Math.max(1, Math.ceil((outcome.lockedUntil - Date.now()) / 1000));
    throw new TooManyRequests(
      `Too many failed sign-ins for this email; try again in ${retryAfter} s`,
      retryAfter,
    );
  }

  /** The reserved attempt signed in: it does not count against the email. */
  async succeeded(id: string): Promise<void> {
    await this.transactions.run(({ em }) => this.attempts.remove(em, id));
  }

  /**
   * The lockout of each of these participants' current codes, for the secretariat's list: only
   * those with failed attempts within the minute are in the map.
   */
  async lockouts(
    participants: Array<{ email: string; secretHash: string }>,
    now = Date.now(),
  ): Promise<Map<string, Lockout>> {
    const found = new Map<string, Lockout>();
    if (participants.length === 0) return found;
    const keys = new Map(participants.map((p) => [emailDigest(p.email), codeKey(p.secretHash)]));
    const emailOf = new Map(participants.map((p) => [emailDigest(p.email), p.email]));
    const rows = await this.attempts.countsSince(
      this.dataSource.manager,
      [...keys.keys()],
      now - LOGIN_WINDOW_MS,
    );
    for (const row of rows) {
      if (keys.get(row.email) !== row.codeKey) continue;
      found.set(emailOf.get(row.email) ?? row.email, {
        failures: row.failures,
        lockedUntil:
          row.failures >= MAX_FAILED_LOGINS ? new Date(row.first + LOGIN_WINDOW_MS) : null,
      });
    }
    return found;
  }

  /** Expired attempts of every email (those of emails tried again go at their next attempt). */
  private sweep(now: number): void {
    this.transactions
      .run(({ em }) => this.attempts.forgetUntil(em, now - LOGIN_WINDOW_MS))
      .catch((error: unknown) =>
        this.logger.warn(`sweeping sign-in attempts failed: ${String(error)}`),
      );
  }
}
