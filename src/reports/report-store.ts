import { Injectable } from '@nestjs/common';
import { DataSource, Not, type EntityManager, type FindOptionsSelect } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { canAccessConference, type Actor } from '../common/auth/actor';
import { Conference } from '../conferences/conference.entity';
import { lockOption } from '../database/locks';
import { TransactionRunner } from '../database/transaction-runner';
import type { CompiledOutcome } from './compile/outcome-compiler';
import type { OutcomeDocument } from './outcome-document';
import { ReportVersion } from './report-version.entity';
import { EntityNotFound, StateConflict } from '../common/errors';

/** Columns of a version without its (possibly large) document. */
const SUMMARY_COLUMNS: FindOptionsSelect<ReportVersion> = {
  id: true,
  conferenceId: true,
  version: true,
  status: true,
  language: true,
  sessionIds: true,
  sha256: true,
  contentSha256: true,
  createdById: true,
  finalizedAt: true,
  finalizedById: true,
  createdAt: true,
};

/** Stored versions: numbering, freezing, and the audit entries that go with them. */
@Injectable()
export class ReportStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** Stores a compiled document as the conference's next draft version. `actor` is null from the command line. */
  save(compiled: CompiledOutcome, actor: Actor | null): Promise<ReportVersion> {
    return this.transactions.run(async ({ em }) => {
      // On PostgreSQL two compiles of one conference would otherwise both take the same number.
      await em.findOne(Conference, {
        where: { id: compiled.conferenceId },
        ...lockOption(em, 'pessimistic_write'),
      });
      const latest = await em
        .createQueryBuilder(ReportVersion, 'r')
        .select('MAX(r.version)', 'max')
        .where('r.conferenceId = :id', { id: compiled.conferenceId })
        .getRawOne<{ max: number | string | null }>();
      const version = Number(latest?.max ?? 0) + 1;
      const contentSha256 = compiled.document.meta.contentSha256 ?? null;
      const siblings = await this.otherLanguages(em, compiled, contentSha256);
      const document: OutcomeDocument = {
        ...compiled.document,
        meta: {
          ...compiled.document.meta,
          version,
          status: 'draft',
          ...(siblings.length > 0
            ? {
                languageVersions: siblings.map((s) => ({
                  version: s.version,
                  language: s.language,
                })),
              }
            : {}),
        },
      };
      const row = await em.save(
        em.create(ReportVersion, {
          conferenceId: compiled.conferenceId,
          version,
          status: 'draft',
          language: compiled.language,
          sessionIds: compiled.sessionIds,
          sha256: document.meta.sha256,
          contentSha256,
          document: JSON.stringify(document),
          createdById: actor?.id ?? null,
          finalizedAt: null,
          finalizedById: null,
        }),
      );
      await this.audit.record(em, {
        action: 'report.compile',
        actor,
        conferenceId: compiled.conferenceId,
        targetType: 'report',
        targetId: row.id,
        details: {
          version,
          language: compiled.language,
          sessions: compiled.sessionIds.length,
          sha256: row.sha256,
          contentSha256,
          ...(actor ? {} : { via: 'command line' }),
        },
      });
      return row;
    });
  }

  /** The versions in other languages that say the same thing, oldest first. */
  private otherLanguages(
    em: EntityManager,
    compiled: CompiledOutcome,
    contentSha256: string | null,
  ): Promise<ReportVersion[]> {
    if (!contentSha256) return Promise.resolve([]);
    return em.find(ReportVersion, {
      select: { version: true, language: true },
      where: {
        conferenceId: compiled.conferenceId,
        contentSha256,
        language: Not(compiled.language),
      },
      order: { version: 'ASC' },
    });
  }

  /** The versions with the same content fingerprint as `row` (itself included), without documents. */
  sameContent(row: ReportVersion): Promise<ReportVersion[]> {
    if (!row.contentSha256) return Promise.resolve([row]);
    return this.dataSource.getRepository(ReportVersion).find({
      select: SUMMARY_COLUMNS,
      where: { conferenceId: row.conferenceId, contentSha256: row.contentSha256 },
      order: { version: 'ASC' },
    });
  }

  /** Newest first, without the documents. */
  list(conferenceId: string): Promise<ReportVersion[]> {
    return this.dataSource.getRepository(ReportVersion).find({
      select: SUMMARY_COLUMNS,
      where: { conferenceId },
      order: { version: 'DESC' },
    });
  }

  /** The version with its document, if the actor may see its conference (404 otherwise). */
  async find(actor: Actor, id: string): Promise<ReportVersion> {
    const row = await this.dataSource.getRepository(ReportVersion).findOneBy({ id });
    if (!row || !canAccessConference(actor, row.conferenceId))
      throw new EntityNotFound('Report', id);
    return row;
  }

  /**
   * Freezes a draft. Only the status in its document changes (the hash leaves the status out);
   * nothing writes a final version again, so its exports stay byte for byte the same.
   */
  finalize(actor: Actor, id: string): Promise<ReportVersion> {
    return this.transactions.run(async ({ em }) => {
      const row = await em.findOne(ReportVersion, {
        where: { id },
        ...lockOption(em, 'pessimistic_write'),
      });
      if (!row || !canAccessConference(actor, row.conferenceId))
        throw new EntityNotFound('Report', id);
      if (row.status === 'final')
        throw new StateConflict(`Version ${row.version} is already final and cannot change`);
      const document = JSON.parse(row.document) as OutcomeDocument;
      document.meta.status = 'final';
      row.document = JSON.stringify(document);
      row.status = 'final';
      row.finalizedAt = new Date();
      row.finalizedById = actor.id;
      await em.save(row);
      await this.audit.record(em, {
        action: 'report.finalize',
        actor,
        conferenceId: row.conferenceId,
        targetType: 'report',
        targetId: row.id,
        details: { version: row.version, sha256: row.sha256 },
      });
      return row;
    });
  }
}
