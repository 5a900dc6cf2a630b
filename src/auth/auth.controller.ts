import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/http/api-errors';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/auth/actor';
import { AnyParticipant, CurrentActor, Public } from '../common/auth/decorators';
import { ParticipantResponse } from '../participants/dto/participant-response.dto';
import { Participant } from '../participants/participant.entity';
import { AuthService } from './auth.service';
import { LoginDto } from './dto/login.dto';
import { LoginResponse } from './dto/login-response.dto';
import { EntityNotFound } from '../common/errors';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly dataSource: DataSource,
  ) {}

  @Public()
  @ApiOperation({ summary: 'Sign in with an email and an access code; returns a bearer token' })
  @Post('login')
  @ApiErrors([401, 'Wrong email or access code, or the account is deactivated'])
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponse })
  login(@Body() body: LoginDto): Promise<LoginResponse> {
    return this.auth.login(body.email, body.password);
  }

  @ApiOperation({ summary: 'The signed-in participant' })
  @Get('me')
  @AnyParticipant('the participant’s own record')
  @ApiOkResponse({ type: ParticipantResponse })
  async me(@CurrentActor() actor: Actor): Promise<ParticipantResponse> {
    const participant = await this.dataSource
      .getRepository(Participant)
      .findOneBy({ id: actor.id });
    if (!participant) throw new EntityNotFound('Participant', actor.id);
    return ParticipantResponse.from(participant, { withEmail: true });
  }
}
