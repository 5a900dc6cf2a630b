import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import type { Actor } from '../common/auth/actor';
import { Participant } from '../participants/participant.entity';

export class InvalidToken extends Error {}

/**
 * Issues and checks tokens. `authenticate` is the one check used by the HTTP guard and
 * the socket handshake and messages: signature (HS256 only), expiry, issuer, audience,
 * then the participant itself, loaded fresh so deactivation and role changes apply at once.
 */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  issue(participantId: string): string {
    return this.jwt.sign({ sub: participantId });
  }

  get ttlSeconds(): number {
    return this.config.jwt.ttlSeconds;
  }

  /** Throws InvalidToken for any token that must not be accepted. */
  async authenticate(token: string | undefined): Promise<Actor & { tokenExpiresAt: number }> {
    if (!token) throw new InvalidToken('missing token');
    let claims: { sub?: unknown; exp?: unknown };
    try {
      claims = await this.jwt.verifyAsync(token);
    } catch {
      throw new InvalidToken('invalid token');
    }
    if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number')
      throw new InvalidToken('invalid claims');
    const participant = await this.dataSource
      .getRepository(Participant)
      .findOneBy({ id: claims.sub });
    if (!participant || !participant.active) throw new InvalidToken('participant not active');
    return { ...toActor(participant), tokenExpiresAt: claims.exp * 1000 };
  }
}

export function toActor(p: Participant): Actor {
  return {
    id: p.id,
    name: p.name,
    role: p.role,
    conferenceId: p.conferenceId,
    constituency: p.constituency,
    organisation: p.organisation,
    language: p.language,
  };
}
