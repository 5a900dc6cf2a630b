import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors } from '../common/http/api-errors';
import type { Actor } from '../common/auth/actor';
import { AnyParticipant, CurrentActor, Roles } from '../common/auth/decorators';
import { UuidParam } from '../common/http/uuid-param';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import type { AmendmentView, AmendmentVoteResult } from '#contract';
import { CastVoteDto } from '../votes/dto/vote.dto';
import { AmendmentVotesService } from './amendment-votes.service';
import { AmendmentsService } from './amendments.service';
import {
  ListAmendmentsQuery,
  ProcedureDto,
  ProposeAmendmentDto,
  UpdateAmendmentDto,
} from './dto/draft.dto';
import { AmendmentResponse, AmendmentVoteResponse } from './dto/draft-response.dto';

/** Amendments, the chair's procedure and the votes on them (API.md, "Drafting room"). */
@ApiTags('drafting room')
@Controller()
export class AmendmentsController {
  constructor(
    private readonly amendments: AmendmentsService,
    private readonly votes: AmendmentVotesService,
  ) {}

  @ApiOperation({ summary: 'Propose an amendment to a paragraph' })
  @Post('drafts/:id/amendments')
  @Roles('delegate')
  @Idempotent()
  @ApiCreatedResponse({ type: AmendmentResponse })
  @ApiConflictResponse({ description: 'stale baseVersion, or the draft is not drafting' })
  propose(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: ProposeAmendmentDto,
  ): Promise<AmendmentView> {
    return this.amendments.propose(actor, id, body);
  }

  @ApiOperation({ summary: "List a draft's amendments" })
  @Get('drafts/:id/amendments')
  @AnyParticipant('drafts of the participant’s conference')
  @ApiOkResponse({ type: [AmendmentResponse] })
  list(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Query() query: ListAmendmentsQuery,
  ): Promise<AmendmentView[]> {
    return this.amendments.list(actor, id, query.status);
  }

  @ApiOperation({ summary: 'An amendment' })
  @Get('amendments/:id')
  @AnyParticipant('drafts of the participant’s conference')
  @ApiOkResponse({ type: AmendmentResponse })
  get(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<AmendmentView> {
    return this.amendments.get(actor, id);
  }

  /** The author only (checked by the service). */
  @ApiOperation({ summary: "Change one's own pending amendment" })
  @Patch('amendments/:id')
  @ApiErrors([
    409,
    'Stale baseVersion, the paragraph was deleted, the amendment is decided, or the draft is not drafting',
  ])
  @Roles('delegate')
  @ApiOkResponse({ type: AmendmentResponse })
  update(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: UpdateAmendmentDto,
  ): Promise<AmendmentView> {
    return this.amendments.update(actor, id, body);
  }

  @ApiOperation({ summary: "Withdraw one's own amendment" })
  @Post('amendments/:id/withdraw')
  @ApiErrors([409, 'The amendment is already decided or withdrawn'])
  @Roles('delegate')
  @HttpCode(200)
  @ApiOkResponse({ type: AmendmentResponse })
  withdraw(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<AmendmentView> {
    return this.amendments.withdraw(actor, id);
  }

  @ApiOperation({ summary: 'Co-sponsor an amendment' })
  @Post('amendments/:id/co-sponsor')
  @ApiErrors([409, 'The amendment is already decided or withdrawn'])
  @Roles('delegate')
  @HttpCode(200)
  @ApiOkResponse({ type: AmendmentResponse })
  coSponsor(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<AmendmentView> {
    return this.amendments.coSponsor(actor, id);
  }

  /** The draft's chairs or the secretariat (checked by the service). */
  @ApiOperation({
    summary: 'Decide an amendment: accept, accept a compromise, reject, or put it to a vote',
  })
  @Put('amendments/:id/procedure')
  @Roles('moderator', 'secretariat')
  @ApiOkResponse({ type: AmendmentResponse })
  @ApiConflictResponse({ description: 'the amendment is outdated or already decided' })
  procedure(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: ProcedureDto,
  ): Promise<AmendmentView> {
    return this.amendments.procedure(actor, id, body);
  }

  @ApiOperation({ summary: 'Vote on an amendment' })
  @Put('amendments/:id/vote')
  @ApiErrors([409, 'The amendment is not being voted on, or the draft is not drafting'])
  @Roles('delegate')
  @ApiOkResponse({ type: AmendmentVoteResponse })
  vote(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: CastVoteDto,
  ): Promise<AmendmentVoteResult> {
    return this.votes.cast(actor, id, body.value);
  }

  @ApiOperation({ summary: "Withdraw one's vote on an amendment" })
  @Delete('amendments/:id/vote')
  @ApiErrors([409, 'The amendment is not being voted on, or the draft is not drafting'])
  @Roles('delegate')
  @ApiOkResponse({ type: AmendmentVoteResponse })
  withdrawVote(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
  ): Promise<AmendmentVoteResult> {
    return this.votes.withdraw(actor, id);
  }

  @ApiOperation({ summary: 'Close the vote on an amendment and apply the result' })
  @Post('amendments/:id/close-vote')
  @ApiErrors([409, 'The amendment is not being voted on, or the draft is not drafting'])
  @Roles('moderator', 'secretariat')
  @HttpCode(200)
  @ApiOkResponse({ type: AmendmentResponse })
  closeVote(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<AmendmentView> {
    return this.votes.close(actor, id);
  }
}
