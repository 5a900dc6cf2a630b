import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors } from '../common/http/api-errors';
import type { Actor } from '../common/auth/actor';
import { AnyParticipant, CurrentActor, Roles } from '../common/auth/decorators';
import { UuidParam } from '../common/http/uuid-param';
import { IsOptional, IsUUID } from 'class-validator';
import { CreateParticipantDto } from './dto/create-participant.dto';
import { ListParticipantsDto } from './dto/list-participants.dto';
import { ParticipantResponse } from './dto/participant-response.dto';
import {
  CreatedParticipantResponse,
  ParticipantImportResult,
  ParticipantPage,
} from './dto/participant-results.dto';
import { UpdateParticipantDto } from './dto/update-participant.dto';
import { ParticipantImportService } from './participant-import.service';
import { ParticipantsService } from './participants.service';

class ImportQueryDto {
  @IsOptional()
  @IsUUID()
  conferenceId?: string;
}

@ApiTags('participants')
@Controller('participants')
export class ParticipantsController {
  constructor(
    private readonly participants: ParticipantsService,
    private readonly importer: ParticipantImportService,
  ) {}

  @ApiOperation({ summary: 'Accredit a participant; returns its one-time access code' })
  @Post()
  @ApiErrors([409, 'A participant with this email already exists'])
  @Roles('secretariat')
  @ApiCreatedResponse({ type: CreatedParticipantResponse })
  create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateParticipantDto,
  ): Promise<CreatedParticipantResponse> {
    return this.participants.create(actor, body);
  }

  @ApiOperation({ summary: 'Accredit participants from a CSV file' })
  @Post('import')
  @Roles('secretariat')
  @HttpCode(200)
  @ApiConsumes('text/csv')
  @ApiBody({
    description:
      'CSV with the header name,email,organisation,constituency,country,city,role,language',
    schema: { type: 'string' },
  })
  @ApiQuery({ name: 'conferenceId', required: false })
  @ApiOkResponse({ type: ParticipantImportResult })
  import(
    @CurrentActor() actor: Actor,
    @Body() csv: unknown,
    @Query() query: ImportQueryDto,
  ): Promise<ParticipantImportResult> {
    return this.importer.importCsv(actor, csv, query.conferenceId);
  }

  @ApiOperation({ summary: 'List the participants (paged, filterable)' })
  @Get()
  @Roles('secretariat')
  @ApiOkResponse({ type: ParticipantPage })
  list(
    @CurrentActor() actor: Actor,
    @Query() query: ListParticipantsDto,
  ): Promise<ParticipantPage> {
    return this.participants.list(actor, query);
  }

  /** Open to every signed-in participant; the service shows others a public profile only. */
  @ApiOperation({
    summary: 'A participant (a public profile unless it is oneself or the secretariat asks)',
  })
  @Get(':id')
  @AnyParticipant('same conference; email only to the secretariat and the participant')
  @ApiOkResponse({ type: ParticipantResponse })
  get(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<ParticipantResponse> {
    return this.participants.get(actor, id);
  }

  @ApiOperation({ summary: 'Change a participant, or deactivate them' })
  @Patch(':id')
  @ApiErrors([409, 'You cannot deactivate or demote yourself'])
  @Roles('secretariat')
  @ApiOkResponse({ type: ParticipantResponse })
  update(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: UpdateParticipantDto,
  ): Promise<ParticipantResponse> {
    return this.participants.update(actor, id, body);
  }

  @ApiOperation({ summary: 'Issue a new access code (the old one stops working)' })
  @Post(':id/access-code')
  @Roles('secretariat')
  @ApiCreatedResponse({
    type: CreatedParticipantResponse,
    description: 'A new access code; the old one stops working',
  })
  reissue(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
  ): Promise<CreatedParticipantResponse> {
    return this.participants.reissueAccessCode(actor, id);
  }
}
