import { Body, Controller, Delete, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/auth/actor';
import { CurrentActor, Roles } from '../common/auth/decorators';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import { UuidParam } from '../common/http/uuid-param';
import { CastVoteDto, VoteResponse } from './dto/vote.dto';
import { VotesService } from './votes.service';

@ApiTags('votes')
@Controller('recommendations/:id/vote')
export class VotesController {
  constructor(private readonly votes: VotesService) {}

  // Setting a vote is idempotent by itself; the key lets a phone's replay of a vote that was
  // stored (its answer lost) get that answer even after voting closed, instead of a refusal.
  @ApiOperation({ summary: 'Vote on a recommendation' })
  @Put()
  @Roles('delegate')
  @Idempotent()
  @ApiOkResponse({ type: VoteResponse })
  @ApiConflictResponse({ description: 'voting is not open' })
  cast(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: CastVoteDto,
  ): Promise<VoteResponse> {
    return this.votes.cast(actor, id, body.value);
  }

  @ApiOperation({ summary: "Withdraw one's vote on a recommendation" })
  @Delete()
  @Roles('delegate')
  @Idempotent()
  @ApiOkResponse({ type: VoteResponse })
  @ApiConflictResponse({ description: 'voting is not open' })
  withdraw(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<VoteResponse> {
    return this.votes.withdraw(actor, id);
  }
}
