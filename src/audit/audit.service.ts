import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
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

export interface AuditPage {
  items: AuditEntry[];
  nextCursor: string | null;
}

export const AUDIT_PAGE_MAX = 200;

/** Append-only log. `record` takes the caller's transaction so the entry commits with the change. */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async record(em: EntityManager, record: AuditRecord): Promise<void> {
    // Plain SQL: every write of the app, votes included, comes through here.
    const sql = new Sql(em);
    await sql.run(
      'INSERT INTO "audit_entries" ("id", "createdAt", "actorId", "actorRole", "action", "conferenceId", "sessionId", "targetType", "targetId", "details") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [
        sql.id(),
        sql.now(),
        record.actor?.id ?? null,
        record.actor?.role ?? null,
        record.action,
        record.conferenceId ?? null,
        record.sessionId ?? null,
        record.targetType ?? null,
        record.targetId ?? null,
        record.details ? JSON.stringify(record.details) : null,
      ],
    );
  }

  /** Newest first; the cursor is opaque to clients (the last entry's time and id). */
  async list(query: { conferenceId?: string; limit: number; cursor?: string }): Promise<AuditPage> {
    const qb = this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('a')
      .orderBy('a.createdAt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .take(query.limit + 1);
    if (query.conferenceId)
      qb.andWhere('a.conferenceId = :conferenceId', { conferenceId: query.conferenceId });
    const cursor = query.cursor ? decodeCursor(query.cursor) : null;
    if (cursor) {
      qb.andWhere('(a.createdAt < :at OR (a.createdAt = :at AND a.id < :id))', {
        at: cursor.at,
        id: cursor.id,
      });
    }
    const rows = await qb.getMany();
    const items = rows.slice(0, query.limit);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor: rows.length > query.limit && last ? encodeCursor(last.createdAt, last.id) : null,
    };
  }
}

function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
}

export function decodeCursor(cursor: string): { at: Date; id: string } | null {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [
      string,
      string,
    ];
    const date = new Date(at);
    if (typeof id !== 'string' || Number.isNaN(date.getTime())) return null;
    return { at: date, id };
  } catch {
    return null;
  }
}
