import { Body, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
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
export abstract class SpeakersRoutes {
  protected abstract readonly speakers: SpeakersService;
  protected abstract owner(id: string): ListOwner;

  @ApiOperation({ summary: "The speakers' list: who has the floor, who waits, the settings" })
  @Get()
  @AnyParticipant('sessions and drafts of the participant’s conference')
  @ApiOkResponse({ type: SpeakersResponse })
  get(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<SpeakersView> {
    return this.speakers.get(actor, this.owner(id));
  }

  @ApiOperation({ summary: 'Request the floor (a delegate)' })
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

  @ApiOperation({ summary: "Withdraw one's own waiting request" })
  @Delete('me')
  @Roles('delegate')
  @ApiOkResponse({ type: SpeakersResponse })
  @ApiConflictResponse({ description: 'no waiting request to withdraw' })
  withdraw(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<SpeakersView> {
    return this.speakers.withdraw(actor, this.owner(id));
  }

  @ApiOperation({ summary: 'Give the floor to the next speaker' })
  @Post('next')
  @Roles('moderator', 'secretariat')
  @HttpCode(200)
  @ApiOkResponse({ type: SpeakersResponse })
  @ApiConflictResponse({ description: 'nobody is waiting, or the floor is not open' })
  next(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<SpeakersView> {
    return this.speakers.next(actor, this.owner(id));
  }

  @ApiOperation({ summary: "End the current speaker's turn" })
  @Post('end')
  @Roles('moderator', 'secretariat')
  @HttpCode(200)
  @ApiOkResponse({ type: SpeakersResponse })
  @ApiConflictResponse({ description: 'nobody has the floor' })
  end(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<SpeakersView> {
    return this.speakers.end(actor, this.owner(id));
  }

  @ApiOperation({ summary: "Set the list's mode and speaking time" })
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
