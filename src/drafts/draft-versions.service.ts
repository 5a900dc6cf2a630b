import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { EntityNotFound, InvalidInput } from '../common/errors';
import type { DraftVersionView } from '#contract';
import { TransactionRunner, type TransactionContext } from '../database/transaction-runner';
import { currentContent, draftContentHash } from './draft-content';
import type { DraftVersionContent } from './draft-document';
import { DraftAccess } from './draft-access';
import { DraftDocuments } from './draft-documents';
import { DraftPublisher } from './draft-publisher';
import {
  ADOPTED_LABEL,
  draftComparisonFileName,
  draftVersionFileName,
  DRAFT_FORMATS,
  renderDraftComparison,
  renderDraftVersion,
  type DraftFormat,
} from './render';
import { DraftVersion } from './entities/draft-version.entity';
import type { Draft } from './entities/draft.entity';
import type { Language } from './draft-document';

export interface DraftFile {
  content: Buffer;
  contentType: string;
  fileName: string;
}

export const versionView = (v: DraftVersion): DraftVersionView => ({
  version: v.version,
  label: v.label,
  sha256: v.sha256,
  frozenAt: v.frozenAt.toISOString(),
});

/**
 * Frozen versions: the zero draft (0), then Rev.1, Rev.2 …, and "Adopted"; each stores its text
 * as data with the SHA-256 of its content and never changes. Downloads and comparisons render
 * from what was stored.
 */
@Injectable()
export class DraftVersionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly access: DraftAccess,
    private readonly publisher: DraftPublisher,
    private readonly documents: DraftDocuments,
  ) {}

  freeze(actor: Actor, draftId: string, label?: string): Promise<DraftVersionView> {
    return this.transactions.run(async (tx) => {
      const draft = await this.access.findVisible(tx.em, actor, draftId, 'pessimistic_write');
      await this.access.assertChair(tx.em, actor, draft);
      this.access.assertDrafting(draft, 'No revision can be frozen');
      if (label !== undefined && label.toLowerCase() === ADOPTED_LABEL.toLowerCase())
        throw new InvalidInput([
          `label "${ADOPTED_LABEL}" is the adopted version's: the silence procedure gives it`,
        ]);
      const row = await this.freezeIn(tx, draft, actor, label);
      return versionView(row);
    });
  }

  /**
   * Freezes the current text as the draft's next version, inside the caller's transaction (which
   * holds the draft's row). The first version is the zero draft (0); the adopted one is never 0.
   */
  async freezeIn(
    tx: TransactionContext,
    draft: Draft,
    actor: Actor | null,
    label?: string,
    adopted = false,
  ): Promise<DraftVersion> {
    const latest = await this.latest(tx.em, draft.id);
    const version = latest === null ? (adopted ? 1 : 0) : latest + 1;
    const name = adopted
      ? ADOPTED_LABEL
      : (label ?? (version === 0 ? 'Zero draft' : `Rev.${version}`));
    const content = await currentContent(tx.em, draft, version, name);
    const row = await tx.em.save(
      tx.em.create(DraftVersion, {
        draftId: draft.id,
        version,
        label: name,
        sha256: draftContentHash(content),
        content: JSON.stringify(content),
        frozenById: actor?.id ?? null,
        frozenAt: new Date(),
      }),
    );
    draft.version = version;
    if (adopted) draft.status = 'adopted';
    await tx.em.save(draft);
    await this.audit.record(tx.em, {
      action: adopted ? 'draft.adopt' : 'draft.version.freeze',
      actor,
      conferenceId: draft.conferenceId,
      targetType: 'draft',
      targetId: draft.id,
      details: { version, label: name, sha256: row.sha256 },
    });
    await this.publisher.summary(tx, draft, actor);
    return row;
  }

  async list(actor: Actor, draftId: string): Promise<DraftVersionView[]> {
    const em = this.dataSource.manager;
    await this.access.findVisible(em, actor, draftId);
    const rows = await em.find(DraftVersion, {
      select: { id: true, version: true, label: true, sha256: true, frozenAt: true },
      where: { draftId },
      order: { version: 'ASC' },
    });
    return rows.map(versionView);
  }

  async download(
    actor: Actor,
    draftId: string,
    n: number,
    format: DraftFormat,
    options: { language?: Language; lineNumbers?: boolean },
  ): Promise<DraftFile> {
    const em = this.dataSource.manager;
    const draft = await this.access.findVisible(em, actor, draftId);
    const language = await this.documents.checkLanguage(em, draft, options.language);
    const doc = await this.documents.build(em, draft, await this.version(em, draftId, n));
    return {
      content: await renderDraftVersion(doc, format, {
        language,
        lineNumbers: options.lineNumbers,
      }),
      contentType: DRAFT_FORMATS[format].contentType,
      fileName: draftVersionFileName(doc, format, language),
    };
  }

  async compare(
    actor: Actor,
    draftId: string,
    from: number,
    to: number,
    format: DraftFormat,
    language?: Language,
  ): Promise<DraftFile> {
    const em = this.dataSource.manager;
    const draft = await this.access.findVisible(em, actor, draftId);
    const lang = await this.documents.checkLanguage(em, draft, language);
    const [a, b] = await Promise.all([
      this.version(em, draftId, from, 'from'),
      this.version(em, draftId, to, 'to'),
    ]);
    const [fromDoc, toDoc] = await Promise.all([
      this.documents.build(em, draft, a),
      this.documents.build(em, draft, b),
    ]);
    return {
      content: await renderDraftComparison(fromDoc, toDoc, format, {
        language: lang,
        author: 'Agora',
      }),
      contentType: DRAFT_FORMATS[format].contentType,
      fileName: draftComparisonFileName(fromDoc, toDoc, format, lang),
    };
  }

  /** The stored content of a version, parsed. */
  static content(row: DraftVersion): DraftVersionContent {
    return JSON.parse(row.content) as DraftVersionContent;
  }

  private async latest(em: EntityManager, draftId: string): Promise<number | null> {
    const row = await em
      .createQueryBuilder(DraftVersion, 'v')
      .select('MAX(v.version)', 'max')
      .where('v.draftId = :draftId', { draftId })
      .getRawOne<{ max: number | string | null }>();
    return row?.max === null || row?.max === undefined ? null : Number(row.max);
  }

  private async version(
    em: EntityManager,
    draftId: string,
    n: number,
    field?: string,
  ): Promise<DraftVersion> {
    const row = await em.findOneBy(DraftVersion, { draftId, version: n });
    if (!row) throw new EntityNotFound(field ? `Version ${n} (${field})` : `Version ${n}`);
    return row;
  }
}
