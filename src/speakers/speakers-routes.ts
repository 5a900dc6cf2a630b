import { Body, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
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
import type { ListOwner } from './speaker-views';
import type { SpeakersService } from './speakers.service';

/**
 * The routes of a speakers' list, the same under `/sessions/:id/speakers` and
 * `/drafts/:id/speakers` (API.md): each controller says only whose list `:id` names. Who chairs it
 * (a session's moderators, a draft's chairs, the secretariat) is checked by the service.
 */
@ApiTags('speakers')
@ApiBearerAuth()
export abstract class SpeakersRoutes {
  protected abstract readonly speakers: SpeakersService;
  protected abstract owner(id: string): ListOwner;

  @Get()
  @AnyParticipant('sessions and drafts of the participant’s conference')
  @ApiOkResponse({ type: SpeakersResponse })
  get(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<SpeakersView> {
    return this.speakers.get(actor, this.owner(id));
  }

  @Post()
  @Roles('delegate')
  @Idempotent()
  @ApiCreatedResponse({ type: SpeakerRequestCreatedResponse })
  @ApiConflictResponse({ description: 'already waiting, or the floor is not open' })
  request(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: RequestFloorDto,
  ): Promise<SpeakerRequestCreated> {
    return this.speakers.request(actor, this.owner(id), body);
  }

  @Delete('me')
  @Roles('delegate')
  @ApiOkResponse({ type: SpeakersResponse })
  @ApiConflictResponse({ description: 'no waiting request to withdraw' })
  withdraw(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<SpeakersView> {
    return this.speakers.withdraw(actor, this.owner(id));
  }

  @Post('next')
  @Roles('moderator', 'secretariat')
  @HttpCode(200)
  @ApiOkResponse({ type: SpeakersResponse })
  @ApiConflictResponse({ description: 'nobody is waiting, or the floor is not open' })
  next(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<SpeakersView> {
    return this.speakers.next(actor, this.owner(id));
  }

  @Post('end')
  @Roles('moderator', 'secretariat')
  @HttpCode(200)
  @ApiOkResponse({ type: SpeakersResponse })
  @ApiConflictResponse({ description: 'nobody has the floor' })
  end(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<SpeakersView> {
    return this.speakers.end(actor, this.owner(id));
  }

  @Put('settings')
  @Roles('moderator', 'secretariat')
  @ApiOkResponse({ type: SpeakersResponse })
  settings(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: SpeakerSettingsDto,
  ): Promise<SpeakersView> {
    return this.speakers.settings(actor, this.owner(id), body);
  }
}
