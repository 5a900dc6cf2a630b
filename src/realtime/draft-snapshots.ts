import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/auth/actor';
import type { DraftSnapshot, DraftSyncResult } from '#contract';
import { ConsistentReader } from '../database/consistent-read';
import { DraftAccess } from '../drafts/draft-access';
import { DraftViews } from '../drafts/draft-views';
import { DraftAmendment } from '../drafts/entities/draft-amendment.entity';
import { SpeakerViews } from '../speakers/speaker-views';
import { DraftEventLog } from './draft-event-log';

/** What a client joining or resyncing a draft room gets: a consistent snapshot, or the events it missed. */
@Injectable()
export class DraftSnapshots {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reader: ConsistentReader,
    private readonly access: DraftAccess,
    private readonly views: DraftViews,
    private readonly log: DraftEventLog,
    private readonly speakers: SpeakerViews,
  ) {}

  /**
   * One read of one instant, so the text, the amendments, the speakers' list and `seq` agree: on a ConsistentReader,
   * beside the SQLite writer rather than in its queue, so joins never make votes wait.
   */
  snapshot(actor: Actor, draftId: string): Promise<DraftSnapshot> {
    return this.reader.read(async (em) => {
      const draft = await this.access.findVisible(em, actor, draftId);
      const seq = await this.log.currentSeq(em, draftId);
      const view = await this.views.full(em, draft);
      const rows = await em.find(DraftAmendment, {
        where: { draftId },
        order: { createdAt: 'ASC' },
      });
      const amendments = await this.views.amendments(em, rows, actor, view.paragraphs);
      const speakers = await this.speakers.build(em, { draftId });
      return { draft: view, amendments, speakers, seq };
    });
  }

  /** 404 unless the participant may see the draft. */
  async assertVisible(actor: Actor, draftId: string): Promise<void> {
    await this.access.findVisible(this.dataSource.manager, actor, draftId);
  }

  async sync(actor: Actor, draftId: string, sinceSeq: number): Promise<DraftSyncResult> {
    await this.assertVisible(actor, draftId);
    const missed = await this.log.since(draftId, sinceSeq);
    return missed
      ? { kind: 'events', ...missed }
      : { kind: 'snapshot', ...(await this.snapshot(actor, draftId)) };
  }
}
