import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { AddCommentDto } from '../../comments/dto/comment.dto';
import {
  SubmitRecommendationDto,
  UpdateRecommendationDto,
} from '../../recommendations/dto/recommendation.dto';
import { CastVoteDto } from '../../votes/dto/vote.dto';
import type { MessageBodyOf } from '../live-socket';

/**
 * Socket messages: the REST DTOs plus the ids REST carries in the path, so a message is
 * validated by exactly the same rules as the equivalent REST request. Each implements its
 * message's body in the contract, so the two cannot drift apart.
 */
const REQUEST_ID = /^[\x21-\x7e]{1,200}$/;

export class SessionMessage
  implements MessageBodyOf<'session:join'>, MessageBodyOf<'session:leave'>
{
  @IsUUID()
  sessionId: string;
}

export class SyncMessage extends SessionMessage implements MessageBodyOf<'session:sync'> {
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  sinceSeq: number;
}

export class SubmitMessage
  extends SubmitRecommendationDto
  implements MessageBodyOf<'recommendation:submit'>
{
  @IsUUID()
  sessionId: string;

  @IsOptional()
  @IsString()
  @Matches(REQUEST_ID, { message: 'requestId must be 1 to 200 visible ASCII characters' })
  requestId?: string;
}

export class UpdateMessage
  extends UpdateRecommendationDto
  implements MessageBodyOf<'recommendation:update'>
{
  @IsUUID()
  id: string;
}

export class CommentMessage extends AddCommentDto implements MessageBodyOf<'comment:add'> {
  @IsUUID()
  recommendationId: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(REQUEST_ID, { message: 'requestId must be 1 to 200 visible ASCII characters' })
  requestId?: string;
}

export class VoteMessage extends CastVoteDto implements MessageBodyOf<'vote:cast'> {
  @IsUUID()
  recommendationId: string;
}

export class WithdrawVoteMessage implements MessageBodyOf<'vote:withdraw'> {
  @IsUUID()
  recommendationId: string;
}
