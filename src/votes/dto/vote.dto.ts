import type { VoteInput } from '#contract';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { VOTE_VALUES, type Tally, type VoteResult, type VoteValue } from '#contract';
import { TallyResponse } from '../../recommendations/dto/recommendation-response.dto';

export class CastVoteDto implements VoteInput {
  @ApiProperty({ enum: VOTE_VALUES })
  @IsIn(VOTE_VALUES)
  value: VoteValue;
}

export class VoteResponse implements VoteResult {
  @ApiProperty() recommendationId: string;
  @ApiProperty({ type: TallyResponse }) tally: Tally;
  @ApiProperty({ enum: VOTE_VALUES, nullable: true }) myVote: VoteValue | null;
}
