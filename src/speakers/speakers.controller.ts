import { Body, Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
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
import type { SpeakerRequestCreated, SpeakersView } from '#contract';
import { RequestFloorDto, SpeakerSettingsDto } from './dto/speakers.dto';
import { SpeakerRequestCreatedResponse, SpeakersResponse } from './dto/speakers-response.dto';
import { SpeakersService } from './speakers.service';

@ApiTags('speakers')
@ApiBearerAuth()
@Controller('sessions/:id/speakers')
export class SpeakersController {
  constructor(private readonly speakers: SpeakersService) {}

  @Get()
  @AnyParticipant('sessions of the participant’s conference')
  @ApiOkResponse({ type: SpeakersResponse })
  get(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<SpeakersView> {
    return this.speakers.get(actor, id);
  }

  @Post()
  @Roles('delegate')
  @Idempotent()
  @ApiCreatedResponse({ type: SpeakerRequestCreatedResponse })
  @ApiConflictResponse({ description: 'already waiting, or the session is not running' })
  request(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: RequestFloorDto,
  ): Promise<SpeakerRequestCreated> {
    return this.speakers.request(actor, id, body);
  }

  @Delete('me')
  @Roles('delegate')
  @ApiOkResponse({ type: SpeakersResponse })
  @ApiConflictResponse({ description: 'no waiting request to withdraw' })
  withdraw(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<SpeakersView> {
    return this.speakers.withdraw(actor, id);
  }

  /** The session's own moderators or the secretariat (checked by the service). */
  @Post('next')
  @Roles('moderator', 'secretariat')
  @HttpCode(200)
  @ApiOkResponse({ type: SpeakersResponse })
  @ApiConflictResponse({ description: 'nobody is waiting, or the session is not running' })
  next(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<SpeakersView> {
    return this.speakers.next(actor, id);
  }

  /** The session's own moderators or the secretariat (checked by the service). */
  @Post('end')
  @Roles('moderator', 'secretariat')
  @HttpCode(200)
  @ApiOkResponse({ type: SpeakersResponse })
  @ApiConflictResponse({ description: 'nobody has the floor' })
  end(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<SpeakersView> {
    return this.speakers.end(actor, id);
  }

  /** The session's own moderators or the secretariat (checked by the service). */
  @Put('settings')
  @Roles('moderator', 'secretariat')
  @ApiOkResponse({ type: SpeakersResponse })
  settings(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: SpeakerSettingsDto,
  ): Promise<SpeakersView> {
    return this.speakers.settings(actor, id, body);
  }
}
