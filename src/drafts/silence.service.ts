import { Injectable, Logger } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { InvalidInput, StateConflict } from '../common/errors';
import type { DraftView } from '#contract';
import { Sql } from '../database/sql';
import { TransactionRunner } from '../database/transaction-runner';
import { lockOption } from '../database/locks';
import { DraftAccess } from './draft-access';
import { DraftPublisher } from './draft-publisher';
import { DraftVersionsService } from './draft-versions.service';
import { DraftViews } from './draft-views';
import type { BreakSilenceDto } from './dto/draft.dto';
import { DraftAmendment, PENDING_AMENDMENT } from './entities/draft-amendment.entity';
import { DraftSilence } from './entities/draft-silence.entity';
import { Draft } from './entities/draft.entity';

/** The longest silence a chair may call. */
const MAX_SILENCE_DAYS = 90;
const MAX_SILENCE_MS = MAX_SILENCE_DAYS * 24 * 3600 * 1000;

/**
 * The silence procedure. A chair puts a clean draft with no pending amendment under silence until
 * a deadline; a delegate may break it, naming paragraphs and a reason; at the deadline, unbroken,
 * the draft is adopted and its "Adopted" version frozen. Breaking and adopting both end the
 * silence with a conditional UPDATE on `status = 'running'`, so exactly one of them wins, and of
 * several instances adopting at once exactly one does.
 */
@Injectable()
export class SilenceService {
  private readonly logger = new Logger(SilenceService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly access: DraftAccess,
    private readonly views: DraftViews,
    private readonly publisher: DraftPublisher,
    private readonly versions: DraftVersionsService,
  ) {}

  start(actor: Actor, draftId: string, until: string): Promise<DraftView> {
    return this.transactions.run(async (tx) => {
      const draft = await this.access.findVisible(tx.em, actor, draftId, 'pessimistic_write');
      await this.access.assertChair(tx.em, actor, draft);
      const deadline = new Date(until);
      const now = Date.now();
      if (Number.isNaN(deadline.getTime()) || deadline.getTime() <= now)
        throw InvalidInput.rule('until', 'inFuture', 'until must be a date-time in the future');
      if (deadline.getTime() > now + MAX_SILENCE_MS)
        throw InvalidInput.rule(
          'until',
          'withinDays',
          `until must be at most ${MAX_SILENCE_DAYS} days ahead`,
          {
            max: MAX_SILENCE_DAYS,
          },
        );
      this.access.assertDrafting(draft, 'Silence cannot be called');
      const paragraphs = await this.views.paragraphs(tx.em, draft.id);
      const unclean = paragraphs.filter((p) => p.bracketed || p.alternatives.length > 0);
      if (unclean.length)
        throw new StateConflict(
          `The text is not clean: paragraph${unclean.length > 1 ? 's' : ''} ${unclean
            .map((p) => p.number ?? `“${p.text.slice(0, 40)}”`)
            .join(', ')} still ha${unclean.length > 1 ? 've' : 's'} brackets or alternatives`,
        );
      if (!paragraphs.length) throw new StateConflict('The draft has no text to put under silence');
      const pending = await tx.em.count(DraftAmendment, {
        where: { draftId: draft.id, status: In([...PENDING_AMENDMENT]) },
      });
      if (pending)
        throw new StateConflict(
          `${pending} amendment${pending > 1 ? 's are' : ' is'} still proposed or being voted on`,
        );
      await tx.em.save(
        tx.em.create(DraftSilence, {
          draftId: draft.id,
          until: deadline,
          status: 'running',
          startedById: actor.id,
        }),
      );
      draft.status = 'under_silence';
      await tx.em.save(draft);
      await this.audit.record(tx.em, {
        action: 'draft.silence.start',
        actor,
        conferenceId: draft.conferenceId,
        targetType: 'draft',
        targetId: draft.id,
        details: { until: deadline.toISOString() },
      });
      return this.publisher.summary(tx, draft, actor);
    });
  }

  /** A delegate breaks silence on behalf of their organisation: the draft returns to drafting. */
  breakSilence(actor: Actor, draftId: string, dto: BreakSilenceDto): Promise<DraftView> {
    return this.transactions.run(async (tx) => {
      const draft = await this.access.findVisible(tx.em, actor, draftId, 'pessimistic_write');
      this.access.assertDelegate(actor, 'break silence');
      if (draft.status !== 'under_silence')
        throw new StateConflict(`The draft is ${draft.status}, not under silence`);
      const paragraphs = await this.views.paragraphs(tx.em, draft.id);
      const numbers = new Set(paragraphs.map((p) => p.number).filter((n) => n !== null));
      const unknown = dto.paragraphNumbers
        .map((n, i) => [n, i] as const)
        .filter(([n]) => !numbers.has(n))
        .map(([n, i]) => `paragraphNumbers.${i} (${n}) is not a paragraph number of the draft`);
      if (!dto.paragraphNumbers.length)
        unknown.push('paragraphNumbers must name at least one paragraph');
      if (unknown.length) throw new InvalidInput(unknown);
      const silence = await tx.em.findOne(DraftSilence, {
        where: { draftId: draft.id, status: 'running' },
        ...lockOption(tx.em, 'pessimistic_write'),
      });
      if (!silence) throw new StateConflict('No silence is running on this draft');
      const now = new Date();
      if (silence.until.getTime() <= now.getTime())
        throw new StateConflict(
          `Silence ended at ${silence.until.toISOString()}: the draft is being adopted`,
        );
      const sql = new Sql(tx.em);
      const ended = await sql.rows<{ id: string }>(
        'UPDATE "draft_silences" SET "status" = \'broken\', "brokenById" = ?, "brokenByOrganisation" = ?, "brokenAt" = ?, "paragraphNumbers" = ?, "reason" = ?, "endedAt" = ?, "updatedAt" = ? WHERE "id" = ? AND "status" = \'running\' RETURNING "id"',
        [
          actor.id,
          actor.organisation,
          sql.now(now),
          JSON.stringify(dto.paragraphNumbers),
          dto.reason,
          sql.now(now),
          sql.now(now),
          silence.id,
        ],
      );
      if (!ended.length) throw new StateConflict('Silence has already ended');
      draft.status = 'drafting';
      await tx.em.save(draft);
      await this.audit.record(tx.em, {
        action: 'draft.silence.break',
        actor,
        conferenceId: draft.conferenceId,
        targetType: 'draft',
        targetId: draft.id,
        details: {
          organisation: actor.organisation,
          paragraphNumbers: dto.paragraphNumbers,
          reason: dto.reason,
        },
      });
      return this.publisher.summary(tx, draft, actor);
    });
  }

  /**
   * Adopts every draft whose silence ran to its deadline unbroken (`now` by default). Safe to run
   * on every instance at once: each silence is ended by one conditional UPDATE, and only the
   * transaction whose UPDATE took it freezes the "Adopted" version. Answers the drafts adopted here.
   */
  async adoptDue(now = new Date()): Promise<string[]> {
    const running = await this.dataSource.manager.find(DraftSilence, {
      select: { id: true, draftId: true, until: true },
      where: { status: 'running' },
    });
    const adopted: string[] = [];
    for (const silence of running.filter((s) => s.until.getTime() <= now.getTime())) {
      try {
        if (await this.adopt(silence.id)) adopted.push(silence.draftId);
      } catch (error) {
        this.logger.error(`adopting draft ${silence.draftId} failed: ${String(error)}`);
      }
    }
    return adopted;
  }

  /** The earliest deadline of a running silence (epoch ms), for the sweeper's next wake-up. */
  async nextDeadline(): Promise<number | null> {
    const next = await this.dataSource.manager.findOne(DraftSilence, {
      select: { id: true, until: true },
      where: { status: 'running' },
      order: { until: 'ASC' },
    });
    return next ? next.until.getTime() : null;
  }

  private adopt(silenceId: string): Promise<boolean> {
    return this.transactions.run(async (tx) => {
      const silence = await tx.em.findOneByOrFail(DraftSilence, { id: silenceId });
      const draft = await tx.em.findOneOrFail(Draft, {
        where: { id: silence.draftId },
        ...lockOption(tx.em, 'pessimistic_write'),
      });
      const sql = new Sql(tx.em);
      const now = new Date();
      const ended = await sql.rows<{ id: string }>(
        'UPDATE "draft_silences" SET "status" = \'adopted\', "endedAt" = ?, "updatedAt" = ? WHERE "id" = ? AND "status" = \'running\' AND "until" <= ? RETURNING "id"',
        [sql.now(now), sql.now(now), silenceId, sql.now(now)],
      );
      if (!ended.length || draft.status !== 'under_silence') return false;
      await this.versions.freezeIn(tx, draft, null, undefined, true);
      return true;
    });
  }
}
