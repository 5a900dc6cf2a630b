import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { dialectOf, type Dialect } from './dialect';

/**
 * Plain SQL for the few hot paths (a vote is ~6 statements; through query builders TypeORM spent
 * more time building them than SQLite running them). Written once for both databases: identifiers
 * double-quoted, `?` placeholders (numbered for PostgreSQL here), timestamps in each driver's format.
 */
export class Sql {
  readonly dialect: Dialect;
  readonly postgres: boolean;

  constructor(private readonly em: EntityManager) {
    this.dialect = dialectOf(em);
    this.postgres = this.dialect === 'postgres';
  }

  async rows<T>(text: string, params: unknown[] = []): Promise<T[]> {
    const result = await this.em.query<unknown>(this.placeholders(text), params);
    // TypeORM answers an UPDATE/DELETE … RETURNING on PostgreSQL with [rows, affected]; rows are never arrays.
    if (
      this.postgres &&
      Array.isArray(result) &&
      result.length === 2 &&
      Array.isArray(result[0]) &&
      typeof result[1] === 'number'
    ) {
      return result[0] as T[];
    }
    return result as T[];
  }

  async one<T>(text: string, params: unknown[] = []): Promise<T | undefined> {
    return (await this.rows<T>(text, params))[0];
  }

  async run(text: string, params: unknown[] = []): Promise<void> {
    await this.em.query(this.placeholders(text), params);
  }

  /** A timestamp as TypeORM stores it: a Date for PostgreSQL, `YYYY-MM-DD HH:MM:SS.SSS` (UTC) for SQLite. */
  now(date = new Date()): Date | string {
    return this.postgres ? date : date.toISOString().replace('T', ' ').replace('Z', '');
  }

  id(): string {
    return randomUUID();
  }

  /** A locking clause, only on PostgreSQL (SQLite's single writer needs none). */
  lock(clause: string): string {
    return this.postgres ? ` ${clause}` : '';
  }

  private placeholders(text: string): string {
    if (!this.postgres) return text;
    let n = 0;
    return text.replace(/\?/g, () => `$${++n}`);
  }
}
