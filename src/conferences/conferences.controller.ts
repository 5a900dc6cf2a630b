import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/http/api-errors';
import type { Actor } from '../common/auth/actor';
import { AnyParticipant, CurrentActor, Roles } from '../common/auth/decorators';
import { UuidParam } from '../common/http/uuid-param';
import { ConferencesService } from './conferences.service';
import { ConferenceResponse, CreateConferenceDto, UpdateConferenceDto } from './dto/conference.dto';

@ApiTags('conferences')
@Controller('conferences')
export class ConferencesController {
  constructor(private readonly conferences: ConferencesService) {}

  @ApiOperation({ summary: 'Create a conference' })
  @Post()
  @ApiErrors([409, 'A conference with this slug already exists'])
  @Roles('secretariat')
  @ApiCreatedResponse({ type: ConferenceResponse })
  create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateConferenceDto,
  ): Promise<ConferenceResponse> {
    return this.conferences.create(actor, body);
  }

  /** Every signed-in participant; the service limits it to the conferences they are accredited to. */
  @ApiOperation({ summary: 'List the conferences the caller is accredited to' })
  @Get()
  @AnyParticipant('conferences the participant is accredited to')
  @ApiOkResponse({ type: [ConferenceResponse] })
  list(@CurrentActor() actor: Actor): Promise<ConferenceResponse[]> {
    return this.conferences.list(actor);
  }

  /** Every signed-in participant of that conference (others get 404). */
  @ApiOperation({ summary: 'A conference' })
  @Get(':id')
  @AnyParticipant('conferences the participant is accredited to')
  @ApiOkResponse({ type: ConferenceResponse })
  get(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<ConferenceResponse> {
    return this.conferences.get(actor, id);
  }

  @ApiOperation({ summary: 'Change a conference' })
  @Patch(':id')
  @ApiErrors([409, 'A conference with this slug already exists'])
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
