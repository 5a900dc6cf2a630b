import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/auth/actor';
import { AnyParticipant, CurrentActor, Roles } from '../common/auth/decorators';
import { UuidParam } from '../common/http/uuid-param';
import { ConferencesService } from './conferences.service';
import { ConferenceResponse, CreateConferenceDto, UpdateConferenceDto } from './dto/conference.dto';

@ApiTags('conferences')
@ApiBearerAuth()
@Controller('conferences')
export class ConferencesController {
  constructor(private readonly conferences: ConferencesService) {}

  @Post()
  @Roles('secretariat')
  @ApiCreatedResponse({ type: ConferenceResponse })
  create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateConferenceDto,
  ): Promise<ConferenceResponse> {
    return this.conferences.create(actor, body);
  }

  /** Every signed-in participant; the service limits it to the conferences they are accredited to. */
  @Get()
  @AnyParticipant('conferences the participant is accredited to')
  @ApiOkResponse({ type: [ConferenceResponse] })
  list(@CurrentActor() actor: Actor): Promise<ConferenceResponse[]> {
    return this.conferences.list(actor);
  }

  /** Every signed-in participant of that conference (others get 404). */
  @Get(':id')
  @AnyParticipant('conferences the participant is accredited to')
  @ApiOkResponse({ type: ConferenceResponse })
  get(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<ConferenceResponse> {
    return this.conferences.get(actor, id);
  }

  @Patch(':id')
  @Roles('secretariat')
  @ApiOkResponse({ type: ConferenceResponse })
  update(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: UpdateConferenceDto,
  ): Promise<ConferenceResponse> {
    return this.conferences.update(actor, id, body);
  }
}
