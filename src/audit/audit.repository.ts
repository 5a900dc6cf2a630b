import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../common/auth/actor';
import { Sql } from '../database/sql';
import { AuditEntry } from './audit-entry.entity';

export interface AuditRecord {
  action: string;
  actor?: Pick<Actor, 'id' | 'role'> | null;
  conferenceId?: string | null;
  sessionId?: string | null;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
}

/** The `audit_entries` table: appended to by every write, paged by the secretariat. */
@Injectable()
export class AuditRepository {
  /** Plain SQL: every write of the app, votes included, comes through here. */
  async insert(em: EntityManager, record: AuditRecord): Promise<void> {
    await this.insertMany(em, [record]);
  }

  /** Several entries in one statement (a batch of votes, see BallotBox). */
  async insertMany(em: EntityManager, records: AuditRecord[]): Promise<void> {
    if (records.length === 0) return;
    const sql = new Sql(em);
    const now = sql.now();
    await sql.run(
      `INSERT INTO "audit_entries" ("id", "createdAt", "actorId", "actorRole", "action", "conferenceId", "sessionId", "targetType", "targetId", "details") VALUES ${records.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      records.flatMap((record) => [
        sql.id(),
        now,
        record.actor?.id ?? null,
        record.actor?.role ?? null,
        record.action,
        record.conferenceId ?? null,
        record.sessionId ?? null,
        record.targetType ?? null,
        record.targetId ?? null,
        record.details ? JSON.stringify(record.details) : null,
      ]),
    );
  }

  /** Newest first, `limit` entries from before the cursor (the last entry's time and id). */
  page(
    em: EntityManager,
    query: { conferenceId?: string; limit: number; before?: { at: Date; id: string } | null },
  ): Promise<AuditEntry[]> {
    const qb = em
      .getRepository(AuditEntry)
      .createQueryBuilder('a')
      .orderBy('a.createdAt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .take(query.limit);
    if (query.conferenceId)
      qb.andWhere('a.conferenceId = :conferenceId', { conferenceId: query.conferenceId });
    if (query.before) {
      qb.andWhere('(a.createdAt < :at OR (a.createdAt = :at AND a.id < :id))', {
        at: query.before.at,
        id: query.before.id,
      });
    }
    return qb.getMany();
  }

  /** Entries about one participant (their profile changes, among others). */
  aboutParticipant(em: EntityManager, participantId: string): Promise<AuditEntry[]> {
    return em.findBy(AuditEntry, { targetType: 'participant', targetId: participantId });
  }

  /**
   * The one exception to "audit entries are never changed": an erasure rewrites the values they
   * hold, not the entries.
   */
  async rewriteDetails(
    em: EntityManager,
    id: string,
    details: Record<string, unknown> | null,
  ): Promise<void> {
    await new Sql(em).run('UPDATE "audit_entries" SET "details" = ? WHERE "id" = ?', [
      details ? JSON.stringify(details) : null,
      id,
    ]);
  }
}
