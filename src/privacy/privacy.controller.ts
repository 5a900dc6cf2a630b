import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/http/api-errors';
import type { Actor } from '../common/auth/actor';
import { AnyParticipant, CurrentActor, Roles } from '../common/auth/decorators';
import { UuidParam } from '../common/http/uuid-param';
import { ParticipantResponse } from '../participants/dto/participant-response.dto';
import { PersonalDataResponse } from './dto/personal-data.dto';
import { ParticipantPrivacyService } from './participant-privacy.service';

/** A participant's personal data across every module: its download and its erasure. */
@ApiTags('participants')
@Controller('participants')
export class PrivacyController {
  constructor(private readonly privacy: ParticipantPrivacyService) {}

  /** Everything Agora holds about the signed-in participant (README, personal data). */
  @ApiOperation({ summary: 'Everything Agora holds about the signed-in participant' })
  @Get('me/data')
  @AnyParticipant('the signed-in participant’s own data; there is no id to give')
  @ApiOkResponse({ type: PersonalDataResponse })
  myData(@CurrentActor() actor: Actor): Promise<PersonalDataResponse> {
    return this.privacy.download(actor);
  }

  @ApiOperation({ summary: "Erase a participant's personal data" })
  @Post(':id/erase')
  @ApiErrors([409, 'You cannot erase yourself'])
  @Roles('secretariat')
  @HttpCode(200)
  @ApiOkResponse({
    type: ParticipantResponse,
    description: 'Name, email, city and country erased, sign-in disabled; votes stay counted',
  })
  erase(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<ParticipantResponse> {
    return this.privacy.erase(actor, id);
  }
}
