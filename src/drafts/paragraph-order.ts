import { InvalidInput } from '../common/errors';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { ParagraphKind } from './draft-document';
import { DraftViews } from './draft-views';
import { DraftParagraph } from './entities/draft-paragraph.entity';

export interface ParagraphFields {
  kind: ParagraphKind;
  text: string;
  alternatives: string[];
  sources: string[];
}

/**
 * The order of a draft's paragraphs: positions 0…n-1 over its live paragraphs, rewritten where
 * an insert or a move shifts them (a draft has a few hundred paragraphs at most). Called inside
 * a write that holds the draft's row.
 */
@Injectable()
export class ParagraphOrder {
  constructor(private readonly views: DraftViews) {}

  /** A new paragraph after `afterId` (null: at the beginning). */
  async insert(
    em: EntityManager,
    draftId: string,
    afterId: string | null,
    fields: ParagraphFields,
    field = 'afterId',
  ): Promise<DraftParagraph> {
    const rows = await this.views.rows(em, draftId);
    const index = this.indexAfter(rows, afterId, field);
    const paragraph = await em.save(
      em.create(DraftParagraph, {
        draftId,
        position: index,
        version: 1,
        deletedAt: null,
        ...fields,
      }),
    );
    rows.splice(index, 0, paragraph);
    await this.renumber(em, rows, paragraph.id);
    return paragraph;
  }

  async move(
    em: EntityManager,
    draftId: string,
    paragraph: DraftParagraph,
    afterId: string | null,
  ): Promise<void> {
    const rows = (await this.views.rows(em, draftId)).filter((r) => r.id !== paragraph.id);
    const index = this.indexAfter(rows, afterId, 'afterId');
    rows.splice(index, 0, paragraph);
    await this.renumber(em, rows);
  }

  private indexAfter(rows: DraftParagraph[], afterId: string | null, field: string): number {
    if (afterId === null) return 0;
    const at = rows.findIndex((r) => r.id === afterId);
    if (at < 0) throw new InvalidInput([`${field} is not a paragraph of this draft`]);
    return at + 1;
  }

  private async renumber(em: EntityManager, rows: DraftParagraph[], skip?: string): Promise<void> {
    for (const [position, row] of rows.entries()) {
      if (row.position === position || row.id === skip) continue;
      row.position = position;
      await em.update(DraftParagraph, { id: row.id }, { position });
    }
  }
}
