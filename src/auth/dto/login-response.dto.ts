import { ApiProperty } from '@nestjs/swagger';
import type { LoginView } from '#contract';
import { ParticipantResponse } from '../../participants/dto/participant-response.dto';

export class LoginResponse implements LoginView {
  @ApiProperty({ description: 'Bearer token (JWT, HS256) for REST and the /live socket' })
  accessToken: string;

  @ApiProperty({ description: 'Seconds until the token expires' })
  expiresIn: number;

  @ApiProperty({ type: ParticipantResponse })
  participant: ParticipantResponse;
}
