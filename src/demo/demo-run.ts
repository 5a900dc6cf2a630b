import type { Type, ValidationPipe } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toActor } from '../auth/token.service';
import { AddCommentDto } from '../comments/dto/comment.dto';
import { CommentsService } from '../comments/comments.service';
import type { Actor } from '../common/auth/actor';
import { createValidationPipe } from '../common/http/validation';
import type {
  AmendmentKind,
  AmendmentProcedure,
  Disposition,
  DraftView,
  ParagraphKind,
  ParagraphView,
  Stance,
  VoteValue,
} from '#contract';
import { AmendmentVotesService } from '../drafts/amendment-votes.service';
import { AmendmentsService } from '../drafts/amendments.service';
import { DraftVersionsService } from '../drafts/draft-versions.service';
import { DraftsService } from '../drafts/drafts.service';
import {
  CreateDraftDto,
  CreateParagraphDto,
  FreezeVersionDto,
  ProcedureDto,
  ProposeAmendmentDto,
  UpdateParagraphDto,
} from '../drafts/dto/draft.dto';
import { ParagraphsService } from '../drafts/paragraphs.service';
import { proposeDisposition } from '../recommendations/disposition-rule';
import {
  DispositionDto,
  SubmitRecommendationDto,
  UpdateRecommendationDto,
} from '../recommendations/dto/recommendation.dto';
import { RecommendationModerationService } from '../recommendations/recommendation-moderation.service';
import { Recommendation } from '../recommendations/recommendation.entity';
import { RecommendationsService } from '../recommendations/recommendations.service';
import { CompileReportDto, type ReportVersionResponse } from '../reports/dto/report.dto';
import { ReportsService } from '../reports/reports.service';
import { SessionSummaryDto } from '../sessions/dto/session.dto';
import { SessionLifecycleService } from '../sessions/session-lifecycle.service';
import { VotesService } from '../votes/votes.service';
import { parseBallots } from './ballots';
import type { DemoConference, DemoSessionKey } from './demo-setup';

/** The product's services the demo acts through: the ones the REST controllers and the socket call. */
export interface DemoServices {
  dataSource: DataSource;
  lifecycle: SessionLifecycleService;
  recommendations: RecommendationsService;
  moderation: RecommendationModerationService;
  comments: CommentsService;
  votes: VotesService;
  reports: ReportsService;
  drafts: DraftsService;
  paragraphs: ParagraphsService;
  amendments: AmendmentsService;
  amendmentVotes: AmendmentVotesService;
  draftVersions: DraftVersionsService;
}

export type RecommendationDraft = Pick<
  SubmitRecommendationDto,
  'title' | 'body' | 'themes' | 'governanceLevel'
>;

/** A disposition the moderator records instead of the adoption rule's proposal. */
export interface DispositionOverride {
  disposition: Disposition;
  note: string;
}

/**
 * What the demo's people do, one call per action, as the signed-in demo accounts. Every action
 * goes through the service method its REST route calls, with its body validated by the same
 * pipe, so permissions, state rules, tallies, sequenced events and audit entries are exactly
 * those of real use. Actions run one after another, in the order the story calls them.
 */
export class DemoRun {
  private readonly pipe: ValidationPipe = createValidationPipe();
  private readonly actors = new Map<string, Actor>();
  private readonly versions = new Map<string, number>();
  private lastOrderedWrite = 0;
  /** The latest outcome-document version compiled in the story, which a draft is made from. */
  private lastReportId: string | null = null;

  constructor(
    private readonly services: DemoServices,
    readonly demo: DemoConference,
  ) {
    for (const [key, participant] of demo.participants) this.actors.set(key, toActor(participant));
  }

  get conferenceId(): string {
    return this.demo.conference.id;
  }

  actor(key: string): Actor {
    const actor = this.actors.get(key);
    if (!actor) throw new Error(`no demo account "${key}"`);
    return actor;
  }

  sessionId(key: DemoSessionKey): string {
    return this.demo.sessions[key].id;
  }

  async open(session: DemoSessionKey, by: string): Promise<void> {
    await this.services.lifecycle.transition(this.actor(by), this.sessionId(session), 'open');
  }

  async lockSubmissions(session: DemoSessionKey, by: string): Promise<void> {
    await this.services.lifecycle.transition(
      this.actor(by),
      this.sessionId(session),
      'lock-submissions',
    );
  }

  async close(session: DemoSessionKey, by: string): Promise<void> {
    await this.services.lifecycle.transition(this.actor(by), this.sessionId(session), 'close');
  }

  async summary(session: DemoSessionKey, by: string, text: string): Promise<void> {
    const dto = await this.valid(SessionSummaryDto, { text });
    await this.services.lifecycle.setSummary(this.actor(by), this.sessionId(session), dto.text);
  }

  /** Submits a recommendation and returns its id. */
  async submit(session: DemoSessionKey, by: string, draft: RecommendationDraft): Promise<string> {
    const dto = await this.valid(SubmitRecommendationDto, draft);
    const view = await this.ordered(() =>
      this.services.recommendations.submit(this.actor(by), this.sessionId(session), dto),
    );
    this.versions.set(view.id, view.version);
    return view.id;
  }

  async edit(
    id: string,
    by: string,
    changes: Omit<UpdateRecommendationDto, 'version'>,
  ): Promise<void> {
    const dto = await this.valid(UpdateRecommendationDto, {
      ...changes,
      version: this.versions.get(id),
    });
    const view = await this.services.recommendations.edit(this.actor(by), id, dto);
    this.versions.set(id, view.version);
  }

  async coSponsor(id: string, ...keys: string[]): Promise<void> {
    for (const key of keys)
      await this.ordered(() => this.services.recommendations.coSponsor(this.actor(key), id));
  }

  /** Casts the ballots of `parseBallots` (ballots.ts), in their order. */
  async ballots(id: string, spec: string): Promise<void> {
    for (const { key, value } of parseBallots(spec)) await this.vote(id, key, value);
  }

  /** Casts, changes (a change of mind) or, with null, withdraws one delegate's vote. */
  async vote(id: string, by: string, value: VoteValue | null): Promise<void> {
    if (value === null) await this.services.votes.withdraw(this.actor(by), id);
    else await this.services.votes.cast(this.actor(by), id, value);
  }

  /** Adds a comment (a reply when `replyTo` is given) and returns its id. */
  async comment(
    id: string,
    by: string,
    stance: Stance,
    body: string,
    replyTo?: string,
  ): Promise<string> {
    const dto = await this.valid(AddCommentDto, {
      body,
      stance,
      ...(replyTo ? { parentId: replyTo } : {}),
    });
    return (await this.ordered(() => this.services.comments.add(this.actor(by), id, dto))).id;
  }

  async merge(duplicateId: string, intoId: string, by: string): Promise<void> {
    await this.ordered(() => this.services.moderation.merge(this.actor(by), duplicateId, intoId));
  }

  /**
   * After close: the moderator goes through the session's recommendations in the order they were
   * submitted and records the adoption rule's proposal for each, except where `overrides` says
   * otherwise (an override, audited as such, with its note).
   */
  async recordDispositions(
    session: DemoSessionKey,
    by: string,
    overrides: Map<string, DispositionOverride> = new Map(),
  ): Promise<void> {
    const recommendations = await this.services.dataSource.getRepository(Recommendation).find({
      where: { sessionId: this.sessionId(session), status: 'submitted' },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    for (const r of recommendations) {
      const proposed = proposeDisposition(
        { support: r.supportCount, oppose: r.opposeCount, abstain: r.abstainCount },
        this.demo.conference.adoptionRule,
      );
      const dto = await this.valid(
        DispositionDto,
        overrides.get(r.id) ?? { disposition: proposed },
      );
      await this.services.moderation.setDisposition(
        this.actor(by),
        r.id,
        dto.disposition,
        dto.note,
      );
    }
  }

  async compileOutcomeDocument(
    by: string,
    request: Partial<CompileReportDto> = {},
  ): Promise<ReportVersionResponse> {
    const dto = await this.valid(CompileReportDto, request);
    const report = await this.services.reports.compile(this.actor(by), this.conferenceId, dto);
    this.lastReportId = report.id;
    return report;
  }

  /** A draft made from the latest compiled outcome document, chaired by `chairs`. */
  async createDraft(by: string, title: string, chairs: string[]): Promise<DraftView> {
    if (!this.lastReportId) throw new Error('the story compiles the outcome document first');
    const dto = await this.valid(CreateDraftDto, {
      title,
      language: 'en',
      fromReportId: this.lastReportId,
      chairIds: chairs.map((key) => this.actor(key).id),
    });
    return this.services.drafts.create(this.actor(by), this.conferenceId, dto);
  }

  async draft(id: string, by: string): Promise<DraftView> {
    return this.services.drafts.get(this.actor(by), id);
  }

  async editParagraph(
    paragraph: ParagraphView,
    by: string,
    changes: { text?: string; alternatives?: string[] },
  ): Promise<void> {
    const dto = await this.valid(UpdateParagraphDto, { ...changes, version: paragraph.version });
    await this.services.paragraphs.update(this.actor(by), paragraph.id, dto);
  }

  async addParagraph(
    draftId: string,
    by: string,
    paragraph: { afterId: string; kind: ParagraphKind; text: string; alternatives?: string[] },
  ): Promise<void> {
    const dto = await this.valid(CreateParagraphDto, paragraph);
    await this.services.paragraphs.create(this.actor(by), draftId, dto);
  }

  async freeze(draftId: string, by: string): Promise<void> {
    const dto = await this.valid(FreezeVersionDto, {});
    await this.services.draftVersions.freeze(this.actor(by), draftId, dto.label);
  }

  /** Files an amendment against the paragraph's current version and returns its id. */
  async amend(
    paragraph: ParagraphView,
    by: string,
    amendment: { kind: AmendmentKind; text?: string; reason: string },
  ): Promise<string> {
    const dto = await this.valid(ProposeAmendmentDto, {
      ...amendment,
      paragraphId: paragraph.id,
      baseVersion: paragraph.version,
    });
    const view = await this.ordered(() =>
      this.services.amendments.propose(this.actor(by), paragraph.draftId, dto),
    );
    return view.id;
  }

  async coSponsorAmendment(id: string, ...keys: string[]): Promise<void> {
    for (const key of keys)
      await this.ordered(() => this.services.amendments.coSponsor(this.actor(key), id));
  }

  async withdrawAmendment(id: string, by: string): Promise<void> {
    await this.services.amendments.withdraw(this.actor(by), id);
  }

  /** The chair's procedure: accept, accept as modified (with `text`), reject, or put to the vote. */
  async decide(
    id: string,
    by: string,
    procedure: AmendmentProcedure,
    extra: { text?: string; note?: string } = {},
  ): Promise<void> {
    const dto = await this.valid(ProcedureDto, { procedure, ...extra });
    await this.services.amendments.procedure(this.actor(by), id, dto);
  }

  /** Casts the ballots of `parseBallots` (ballots.ts) on an amendment put to the vote. */
  async amendmentBallots(id: string, spec: string): Promise<void> {
    for (const { key, value } of parseBallots(spec))
      await this.services.amendmentVotes.cast(this.actor(key), id, value);
  }

  async closeAmendmentVote(id: string, by: string): Promise<void> {
    await this.services.amendmentVotes.close(this.actor(by), id);
  }

  /** The body as the REST route would receive it: validated, trimmed, typed — or refused. */
  private async valid<T extends object>(type: Type<T>, body: object): Promise<T> {
    return (await this.pipe.transform(body, { type: 'body', metatype: type })) as T;
  }

  /**
   * For writes whose order people see (submissions, sponsors, comments are listed by creation
   * time, then id): each starts in a later millisecond than the previous one ended, so the demo
   * lists them in the same order on every load, never by the tie-break on random ids.
   */
  private async ordered<T>(write: () => Promise<T>): Promise<T> {
    while (Date.now() <= this.lastOrderedWrite) await new Promise((r) => setImmediate(r));
    try {
      return await write();
    } finally {
      this.lastOrderedWrite = Date.now();
    }
  }
}
