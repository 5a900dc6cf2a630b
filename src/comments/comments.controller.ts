import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/auth/actor';
import { AnyParticipant, CurrentActor, Roles } from '../common/auth/decorators';
import { UuidParam } from '../common/http/uuid-param';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import type { CommentView } from '#contract';
import { HideDto } from '../recommendations/dto/recommendation.dto';
import { CommentsService } from './comments.service';
import { AddCommentDto, CommentResponse } from './dto/comment.dto';

@ApiTags('comments')
@ApiBearerAuth()
@Controller()
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  /** Delegates, and the session's moderators (checked by the service). */
  @Post('recommendations/:id/comments')
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
  @Get('recommendations/:id/comments')
  @AnyParticipant('the participant’s conference; hidden text only for moderators')
  @ApiOkResponse({ type: [CommentResponse] })
  list(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<CommentView[]> {
    return this.comments.list(actor, id);
  }

  /** The session's moderators (checked by the service). */
  @Post('comments/:id/hide')
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
