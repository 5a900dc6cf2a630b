import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import type { Actor } from '../common/auth/actor';
import type { ArgOf } from '../common/events/domain-events';
import { OnDomainEvent } from '../common/events/on-domain-event';
import { Participant } from '../participants/participant.entity';
import { PARTICIPANT_EVENTS } from '../participants/participant.events';
import { Sql } from '../database/sql';
import { ParticipantCache } from './participant-cache';

export class InvalidToken extends Error {}

/**
 * How long a loaded participant is trusted before it is read again (ParticipantCache). Every
 * request, handshake and socket message checks its participant; at a thousand votes a second, or
 * thousands of screens connecting at once, that would be as many reads of a few rows. A change made
 * on this instance evicts at once; one made on another instance applies within this time.
 */
const PARTICIPANT_CACHE_MS = 1000;
/** Participants kept at most (a conference's); the least recently seen go first. */
const PARTICIPANT_CACHE_ENTRIES = 50_000;

/** What a token check needs of its participant (one plain statement: TokenService.read). */
type Checked = Pick<
  Participant,
  'id' | 'name' | 'role' | 'conferenceId' | 'constituency' | 'organisation' | 'language' | 'active'
>;

/**
 * Issues and checks tokens. `authenticate` is the one check used by the HTTP guard and
 * the socket handshake and messages: signature (HS256 only), expiry, issuer, audience,
 * then the participant itself (re-read at least every second), so deactivation and role changes apply.
 */
@Injectable()
export class TokenService {
  private readonly cache = new ParticipantCache<Checked>(
    PARTICIPANT_CACHE_ENTRIES,
    PARTICIPANT_CACHE_MS,
  );
  /** Tokens whose signature was already checked (a socket sends the same one with every message). */
  private readonly verified = new Map<string, { sub: string; exp: number }>();

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
    const claims = await this.verify(token);
    const participant = await this.participant(claims.sub);
    if (!participant || !participant.active) throw new InvalidToken('participant not active');
    return { ...toActor(participant), tokenExpiresAt: claims.exp * 1000 };
  }

  /**
   * Whether a token's signature, expiry, issuer and audience check out — no database read, so
   * it is cheap enough to run before a request's body is read (larger bodies need it).
   */
  async verifies(token: string): Promise<boolean> {
    return this.verify(token).then(
      (claims) => claims.exp * 1000 > Date.now(),
      () => false,
    );
  }

  private async verify(token: string): Promise<{ sub: string; exp: number }> {
    const known = this.verified.get(token);
    if (known && known.exp * 1000 > Date.now()) return known;
    let claims: { sub?: unknown; exp?: unknown };
    try {
      claims = await this.jwt.verifyAsync(token);
    } catch {
      throw new InvalidToken('invalid token');
    }
    if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number')
      throw new InvalidToken('invalid claims');
    if (this.verified.size > 50_000) this.verified.clear();
    const checked = { sub: claims.sub, exp: claims.exp };
    this.verified.set(token, checked);
    return checked;
  }

  /** Role changes, deactivation and erasure: the next check of the participant reads it again. */
  @OnDomainEvent(PARTICIPANT_EVENTS.changed)
  evict(event: ArgOf<'participant.changed'>): void {
    this.cache.evict(event.payload.participantId);
  }

  private participant(id: string): Promise<Checked | null> {
    return this.cache.get(id, (key) => this.read(key));
  }

  /** Plain SQL: building the statement through TypeORM cost more than running it. */
  private async read(id: string): Promise<Checked | null> {
    const row = await new Sql(this.dataSource.manager).one<
      Omit<Checked, 'active'> & { active: unknown }
    >(
      'SELECT "id", "name", "role", "conferenceId", "constituency", "organisation", "language", "active" FROM "participants" WHERE "id" = ?',
      [id],
    );
    // SQLite answers booleans as 0 and 1.
    return row ? { ...row, active: row.active === true || row.active === 1 } : null;
  }
}

export function toActor(p: Omit<Checked, 'active'>): Actor {
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
