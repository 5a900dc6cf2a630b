import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
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
@ApiBearerAuth()
@Controller()
export class AmendmentsController {
  constructor(
    private readonly amendments: AmendmentsService,
    private readonly votes: AmendmentVotesService,
  ) {}

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

  @Get('amendments/:id')
  @AnyParticipant('drafts of the participant’s conference')
  @ApiOkResponse({ type: AmendmentResponse })
  get(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<AmendmentView> {
    return this.amendments.get(actor, id);
  }

  /** The author only (checked by the service). */
  @Patch('amendments/:id')
  @Roles('delegate')
  @ApiOkResponse({ type: AmendmentResponse })
  update(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: UpdateAmendmentDto,
  ): Promise<AmendmentView> {
    return this.amendments.update(actor, id, body);
  }

  @Post('amendments/:id/withdraw')
  @Roles('delegate')
  @HttpCode(200)
  @ApiOkResponse({ type: AmendmentResponse })
  withdraw(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<AmendmentView> {
    return this.amendments.withdraw(actor, id);
  }

  @Post('amendments/:id/co-sponsor')
  @Roles('delegate')
  @HttpCode(200)
  @ApiOkResponse({ type: AmendmentResponse })
  coSponsor(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<AmendmentView> {
    return this.amendments.coSponsor(actor, id);
  }

  /** The draft's chairs or the secretariat (checked by the service). */
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

  @Put('amendments/:id/vote')
  @Roles('delegate')
  @ApiOkResponse({ type: AmendmentVoteResponse })
  vote(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: CastVoteDto,
  ): Promise<AmendmentVoteResult> {
    return this.votes.cast(actor, id, body.value);
  }

  @Delete('amendments/:id/vote')
  @Roles('delegate')
  @ApiOkResponse({ type: AmendmentVoteResponse })
  withdrawVote(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
  ): Promise<AmendmentVoteResult> {
    return this.votes.withdraw(actor, id);
  }

  @Post('amendments/:id/close-vote')
  @Roles('moderator', 'secretariat')
  @HttpCode(200)
  @ApiOkResponse({ type: AmendmentResponse })
  closeVote(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<AmendmentView> {
    return this.votes.close(actor, id);
  }
}
