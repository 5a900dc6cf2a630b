import { Body, Controller, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor } from '../common/auth/actor';
import { AnyParticipant, CurrentActor, Roles } from '../common/auth/decorators';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import { UuidParam } from '../common/http/uuid-param';
import type { SessionView } from '#contract';
import {
  CreateSessionDto,
  SessionSummaryDto,
  SetModeratorsDto,
  UpdateSessionDto,
} from './dto/session.dto';
import { SessionResponse } from './dto/session-response.dto';
import { SessionLifecycleService } from './session-lifecycle.service';
import { SessionsService } from './sessions.service';

@ApiTags('sessions')
@Controller()
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly lifecycle: SessionLifecycleService,
  ) {}

  @ApiOperation({ summary: 'Create a session in a conference' })
  @Post('conferences/:id/sessions')
  @Roles('secretariat')
  @Idempotent()
  @ApiCreatedResponse({ type: SessionResponse })
  create(
    @CurrentActor() actor: Actor,
    @UuidParam() conferenceId: string,
    @Body() body: CreateSessionDto,
  ): Promise<SessionView> {
    return this.sessions.create(actor, conferenceId, body);
  }

  /** Every participant of the conference (others get 404 from the service). */
  @ApiOperation({ summary: "List a conference's sessions" })
  @Get('conferences/:id/sessions')
  @AnyParticipant('sessions of the participant’s conference')
  @ApiOkResponse({ type: [SessionResponse] })
  list(@CurrentActor() actor: Actor, @UuidParam() conferenceId: string): Promise<SessionView[]> {
    return this.sessions.listForConference(actor, conferenceId);
  }

  /** Every participant of the session's conference. */
  @ApiOperation({ summary: 'A session' })
  @Get('sessions/:id')
  @AnyParticipant('sessions of the participant’s conference')
  @ApiOkResponse({ type: SessionResponse })
  get(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<SessionView> {
    return this.sessions.get(actor, id);
  }

  @ApiOperation({ summary: "Change a session's title, times or rules" })
  @Patch('sessions/:id')
  @Roles('secretariat')
  @ApiOkResponse({ type: SessionResponse })
  update(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: UpdateSessionDto,
  ): Promise<SessionView> {
    return this.sessions.update(actor, id, body);
  }

  @ApiOperation({ summary: "Set a session's moderators" })
  @Put('sessions/:id/moderators')
  @Roles('secretariat')
  @ApiOkResponse({ type: SessionResponse })
  setModerators(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: SetModeratorsDto,
  ): Promise<SessionView> {
    return this.sessions.setModerators(actor, id, body.participantIds);
  }

  /** The session's own moderators or the secretariat (checked by the service). */
  @ApiOperation({ summary: 'Open the session for submissions' })
  @Post('sessions/:id/open')
  @Roles('moderator', 'secretariat')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionResponse })
  @ApiConflictResponse({ description: 'not allowed from the current status' })
  open(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<SessionView> {
    return this.lifecycle.transition(actor, id, 'open');
  }

  /** The session's own moderators or the secretariat (checked by the service). */
  @ApiOperation({ summary: 'Close submissions and start voting' })
  @Post('sessions/:id/lock-submissions')
  @Roles('moderator', 'secretariat')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionResponse })
  @ApiConflictResponse({ description: 'not allowed from the current status' })
  lockSubmissions(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<SessionView> {
    return this.lifecycle.transition(actor, id, 'lock-submissions');
  }

  /** The session's own moderators or the secretariat (checked by the service). */
  @ApiOperation({ summary: 'Close the session and freeze its tallies' })
  @Post('sessions/:id/close')
  @Roles('moderator', 'secretariat')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionResponse })
  @ApiConflictResponse({ description: 'not allowed from the current status' })
  close(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<SessionView> {
    return this.lifecycle.transition(actor, id, 'close');
  }

  @ApiOperation({ summary: 'Reopen a closed session for voting' })
  @Post('sessions/:id/reopen')
  @Roles('secretariat')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionResponse })
  @ApiConflictResponse({ description: 'the session is not closed' })
  reopen(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<SessionView> {
    return this.lifecycle.transition(actor, id, 'reopen');
  }

  /** The session's own moderators or the secretariat (checked by the service). */
  @ApiOperation({ summary: "Write the session's summary for the outcome document" })
  @Put('sessions/:id/summary')
  @Roles('moderator', 'secretariat')
  @ApiOkResponse({ type: SessionResponse })
  setSummary(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: SessionSummaryDto,
  ): Promise<SessionView> {
    return this.lifecycle.setSummary(actor, id, body.text);
  }
}
