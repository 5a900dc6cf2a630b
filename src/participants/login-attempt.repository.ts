import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Sql } from '../database/sql';

/** First key of the advisory locks that serialise one email's reservations on PostgreSQL. */
const LOCK_CLASS = 734_001;

/** The `login_attempts` table (emails as digests: see emailDigest in login-attempts.ts). */
@Injectable()
export class LoginAttemptRepository {
  /**
   * Holds this email's attempts until the transaction ends: a per-email advisory lock on
   * PostgreSQL; on SQLite the single writer already does.
   */
  async holdEmail(em: EntityManager, email: string): Promise<void> {
    const sql = new Sql(em);
    if (sql.dialect === 'postgres')
      await sql.run('SELECT pg_advisory_xact_lock(?, hashtext(?))', [LOCK_CLASS, email]);
  }

  /** Attempts made at or before `cutoff`: of one email, or of every email. */
  async forgetUntil(em: EntityManager, cutoff: number, email?: string): Promise<void> {
    const sql = new Sql(em);
    if (email === undefined)
      await sql.run('DELETE FROM "login_attempts" WHERE "attemptedAt" <= ?', [cutoff]);
    else
      await sql.run('DELETE FROM "login_attempts" WHERE "email" = ? AND "attemptedAt" <= ?', [
        email,
        cutoff,
      ]);
  }

  /** When the oldest `limit` attempts at this email and code were made, oldest first. */
  async times(em: EntityManager, email: string, key: string, limit: number): Promise<number[]> {
    const rows = await new Sql(em).rows<{ attemptedAt: string | number }>(
      `SELECT "attemptedAt" FROM "login_attempts" WHERE "email" = ? AND "codeKey" = ?
       ORDER BY "attemptedAt" LIMIT ?`,
      [email, key, limit],
    );
    return rows.map((r) => Number(r.attemptedAt));
  }

  async insert(em: EntityManager, email: string, key: string, at: number): Promise<string> {
    const sql = new Sql(em);
    const id = sql.id();
    await sql.run(
      'INSERT INTO "login_attempts" ("id", "email", "codeKey", "attemptedAt") VALUES (?, ?, ?, ?)',
      [id, email, key, at],
    );
    return id;
  }

  async remove(em: EntityManager, id: string): Promise<void> {
    await new Sql(em).run('DELETE FROM "login_attempts" WHERE "id" = ?', [id]);
  }

  /** Attempts after `since` of each of these emails, by email and code. */
  async countsSince(
    em: EntityManager,
    emails: string[],
    since: number,
  ): Promise<Array<{ email: string; codeKey: string; failures: number; first: number }>> {
    if (emails.length === 0) return [];
    const rows = await new Sql(em).rows<{
      email: string;
      codeKey: string;
      failures: string | number;
      first: string | number;
    }>(
      `SELECT "email", "codeKey", COUNT(*) AS "failures", MIN("attemptedAt") AS "first"
       FROM "login_attempts" WHERE "email" IN (${emails.map(() => '?').join(', ')}) AND "attemptedAt" > ?
       GROUP BY "email", "codeKey"`,
      [...emails, since],
    );
    return rows.map((r) => ({
      email: r.email,
      codeKey: r.codeKey,
      failures: Number(r.failures),
      first: Number(r.first),
    }));
  }
}
