import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/http/api-errors';
import type { Actor } from '../common/auth/actor';
import { AnyParticipant, CurrentActor, Roles } from '../common/auth/decorators';
import { UuidParam } from '../common/http/uuid-param';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import type { CommentView } from '#contract';
import { HideDto } from '../recommendations/dto/recommendation.dto';
import { CommentsService } from './comments.service';
import { AddCommentDto, CommentResponse } from './dto/comment.dto';

@ApiTags('comments')
@Controller()
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  /** Delegates, and the session's moderators (checked by the service). */
  @ApiOperation({ summary: 'Comment on a recommendation' })
  @Post('recommendations/:id/comments')
  @ApiErrors([409, 'The session is not open or voting, or the recommendation is not submitted'])
  @Roles('delegate', 'moderator', 'secretariat')
  @Idempotent()
  @ApiCreatedResponse({ type: CommentResponse })
  add(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: AddCommentDto,
  ): Promise<CommentView> {
    return this.comments.add(actor, id, body);
  }

  /** Every participant of the conference. */
  @ApiOperation({ summary: "List a recommendation's comments" })
  @Get('recommendations/:id/comments')
  @AnyParticipant('the participant’s conference; hidden text only for moderators')
  @ApiOkResponse({ type: [CommentResponse] })
  list(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<CommentView[]> {
    return this.comments.list(actor, id);
  }

  /** The session's moderators (checked by the service). */
  @ApiOperation({ summary: 'Hide a comment (moderation)' })
  @Post('comments/:id/hide')
  @ApiErrors([409, 'The session is closed, or the comment is already hidden'])
  @Roles('moderator', 'secretariat')
  @HttpCode(200)
  @ApiOkResponse({ type: CommentResponse })
  hide(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: HideDto,
  ): Promise<CommentView> {
    return this.comments.hide(actor, id, body.reason);
  }
}
