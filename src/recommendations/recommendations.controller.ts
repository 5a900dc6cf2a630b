import { Body, Controller, Get, HttpCode, Patch, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors } from '../common/http/api-errors';
import type { Response } from 'express';
import type { Actor } from '../common/auth/actor';
import { AnyParticipant, CurrentActor, Roles } from '../common/auth/decorators';
import { UuidParam } from '../common/http/uuid-param';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import type { ConstituencySupport, RecommendationView } from '#contract';
import {
  DispositionDto,
  HideDto,
  ListRecommendationsDto,
  MergeRecommendationDto,
  SubmitRecommendationDto,
  UpdateRecommendationDto,
} from './dto/recommendation.dto';
import {
  ConstituencySupportResponse,
  RecommendationResponse,
  RevisionResponse,
} from './dto/recommendation-response.dto';
import { RecommendationModerationService } from './recommendation-moderation.service';
import { RecommendationQueries } from './recommendation-queries.service';
import { RecommendationsService } from './recommendations.service';

@ApiTags('recommendations')
@Controller()
export class RecommendationsController {
  constructor(
    private readonly recommendations: RecommendationsService,
    private readonly moderation: RecommendationModerationService,
    private readonly queries: RecommendationQueries,
  ) {}

  @ApiOperation({ summary: 'Submit a recommendation to a session' })
  @Post('sessions/:id/recommendations')
  @Roles('delegate')
  @Idempotent()
  @ApiCreatedResponse({ type: RecommendationResponse })
  @ApiConflictResponse({ description: 'the session is not open for submissions' })
  submit(
    @CurrentActor() actor: Actor,
    @UuidParam() sessionId: string,
    @Body() body: SubmitRecommendationDto,
  ): Promise<RecommendationView> {
    return this.recommendations.submit(actor, sessionId, body);
  }

  /** Every participant of the conference; hidden ones only for moderators. Total in `X-Total-Count`. */
  @ApiOperation({ summary: "List a session's recommendations (paged; the total in X-Total-Count)" })
  @Get('sessions/:id/recommendations')
  @AnyParticipant('the participant’s conference; hidden ones only for moderators')
  @ApiOkResponse({ type: [RecommendationResponse] })
  async list(
    @CurrentActor() actor: Actor,
    @UuidParam() sessionId: string,
    @Query() query: ListRecommendationsDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RecommendationView[]> {
    const { items, total } = await this.queries.list(actor, sessionId, query);
    response.setHeader('X-Total-Count', String(total));
    return items;
  }

  /** Every participant of the conference; hidden ones only for moderators. */
  @ApiOperation({ summary: 'A recommendation with its tally' })
  @Get('recommendations/:id')
  @AnyParticipant('the participant’s conference; hidden ones only for moderators')
  @ApiOkResponse({ type: RecommendationResponse })
  get(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<RecommendationView> {
    return this.queries.get(actor, id);
  }

  /** Every participant of the conference: every revision, oldest first, the original included. */
  @ApiOperation({ summary: "A recommendation's revisions, oldest first" })
  @Get('recommendations/:id/revisions')
  @AnyParticipant('the participant’s conference; hidden ones only for moderators')
  @ApiOkResponse({ type: [RevisionResponse] })
  revisions(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<RevisionResponse[]> {
    return this.queries.revisions(actor, id);
  }

  /** Every participant of the conference: support per constituency. */
  @ApiOperation({ summary: "A recommendation's support per constituency" })
  @Get('recommendations/:id/support')
  @AnyParticipant('the participant’s conference; hidden ones only for moderators')
  @ApiOkResponse({ type: [ConstituencySupportResponse] })
  support(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<ConstituencySupport[]> {
    return this.queries.support(actor, id);
  }

  /** The author or the session's moderators (checked by the service). */
  @ApiOperation({ summary: 'Revise a recommendation' })
  @Patch('recommendations/:id')
  @Roles('delegate', 'moderator', 'secretariat')
  @ApiOkResponse({ type: RecommendationResponse })
  @ApiConflictResponse({ description: 'stale version, or the session is not open' })
  edit(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: UpdateRecommendationDto,
  ): Promise<RecommendationView> {
    return this.recommendations.edit(actor, id, body);
  }

  /** The author only (checked by the service). */
  @ApiOperation({ summary: "Withdraw one's own recommendation" })
  @Post('recommendations/:id/withdraw')
  @ApiErrors([409, 'The recommendation is not submitted, or the session does not allow it now'])
  @Roles('delegate')
  @HttpCode(200)
  @ApiOkResponse({ type: RecommendationResponse })
  withdraw(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<RecommendationView> {
    return this.recommendations.withdraw(actor, id);
  }

  @ApiOperation({ summary: 'Co-sponsor a recommendation' })
  @Post('recommendations/:id/co-sponsor')
  @ApiErrors([409, 'The recommendation is not submitted, or the session does not allow it now'])
  @Roles('delegate')
  @HttpCode(200)
  @ApiOkResponse({ type: RecommendationResponse })
  coSponsor(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<RecommendationView> {
    return this.recommendations.coSponsor(actor, id);
  }

  /** The session's moderators (checked by the service). */
  @ApiOperation({ summary: 'Merge a duplicate into another recommendation' })
  @Post('recommendations/:id/merge')
  @ApiErrors([409, 'Either recommendation cannot be merged in its state, or the session is closed'])
  @Roles('moderator', 'secretariat')
  @HttpCode(200)
  @ApiOkResponse({ type: RecommendationResponse, description: 'the merged duplicate' })
  merge(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: MergeRecommendationDto,
  ): Promise<RecommendationView> {
    return this.moderation.merge(actor, id, body.intoId);
  }

  /** The session's moderators (checked by the service). */
  @ApiOperation({ summary: 'Hide a recommendation (moderation)' })
  @Post('recommendations/:id/hide')
  @ApiErrors([409, 'The session is closed, or the recommendation is merged or already hidden'])
  @Roles('moderator', 'secretariat')
  @HttpCode(200)
  @ApiOkResponse({ type: RecommendationResponse })
  hide(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: HideDto,
  ): Promise<RecommendationView> {
    return this.moderation.hide(actor, id, body.reason);
  }

  /** The session's moderators (checked by the service), after close. */
  @ApiOperation({ summary: "Set a recommendation's disposition after close" })
  @Put('recommendations/:id/disposition')
  @ApiErrors([409, 'The session is not closed, or the recommendation has no disposition'])
  @Roles('moderator', 'secretariat')
  @ApiOkResponse({ type: RecommendationResponse })
  disposition(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: DispositionDto,
  ): Promise<RecommendationView> {
    return this.moderation.setDisposition(actor, id, body.disposition, body.note);
  }
}
