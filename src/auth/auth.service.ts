import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { TransactionRunner } from '../database/transaction-runner';
import { ParticipantResponse } from '../participants/dto/participant-response.dto';
import { Participant } from '../participants/participant.entity';
import type { LoginResponse } from './dto/login-response.dto';
import { UNMATCHABLE_HASH, verifySecret } from '../participants/secret-hasher';
import { codeKey, LoginAttempts } from '../participants/login-attempts';
import { TokenService } from './token.service';
import { NotAuthenticated } from '../common/errors';

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly tokens: TokenService,
    private readonly attempts: LoginAttempts,
  ) {}

  /** Same answer and about the same time for an unknown email, a wrong code and a deactivated account. */
  async login(email: string, password: string): Promise<LoginResponse> {
    email = email.trim().toLowerCase();
    const participant = await this.dataSource
      .getRepository(Participant)
      .createQueryBuilder('p')
      .addSelect('p.secretHash')
      .where('p.email = :email', { email })
      .getOne();
    // Before the slow check, so concurrent guesses cannot all be checked (429 past the limit).
    const attempt = await this.attempts.reserve(email, codeKey(participant?.secretHash));
    const matches = await verifySecret(password, participant?.secretHash ?? UNMATCHABLE_HASH);

    if (!participant || !matches || !participant.active) {
      if (participant) {
        await this.transactions.run(({ em }) =>
          this.audit.record(em, {
            action: 'auth.login_failed',
            actor: participant,
            conferenceId: participant.conferenceId,
            details: { reason: matches ? 'deactivated' : 'wrong access code' },
          }),
        );
      }
      throw new NotAuthenticated('Wrong email or access code, or the account is deactivated');
    }

    await this.attempts.succeeded(attempt);
    await this.transactions.run(({ em }) =>
      this.audit.record(em, {
        action: 'auth.login',
        actor: participant,
        conferenceId: participant.conferenceId,
      }),
    );
    return {
      accessToken: this.tokens.issue(participant.id),
      expiresIn: this.tokens.ttlSeconds,
      participant: ParticipantResponse.from(participant, { withEmail: true }),
    };
  }
}
