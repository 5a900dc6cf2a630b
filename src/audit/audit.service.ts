import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AuditEntry } from './audit-entry.entity';
import { AuditRepository, type AuditRecord } from './audit.repository';

export type { AuditRecord } from './audit.repository';

export interface AuditPage {
  items: AuditEntry[];
  nextCursor: string | null;
}

export const AUDIT_PAGE_MAX = 200;

/** Append-only log. `record` takes the caller's transaction so the entry commits with the change. */
@Injectable()
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly entries: AuditRepository,
  ) {}

  record(em: EntityManager, record: AuditRecord): Promise<void> {
    return this.entries.insert(em, record);
  }

  /** record() of several entries in one statement, in the caller's transaction. */
  recordMany(em: EntityManager, records: AuditRecord[]): Promise<void> {
    return this.entries.insertMany(em, records);
  }

  /** Newest first; the cursor is opaque to clients (the last entry's time and id). */
  async list(query: { conferenceId?: string; limit: number; cursor?: string }): Promise<AuditPage> {
    const rows = await this.entries.page(this.dataSource.manager, {
      conferenceId: query.conferenceId,
      limit: query.limit + 1,
      before: query.cursor ? decodeCursor(query.cursor) : null,
    });
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
