import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ParticipantView } from '#contract';
import type { Actor } from '../../common/auth/actor';
import type { Participant } from '../participant.entity';
import { CONSTITUENCIES, LANGUAGES, ROLES } from '../participant.constants';
import type { Constituency, Language, Role } from '../participant.constants';

/** What the API shows of a participant (never the secret hash). */
export class ParticipantResponse implements ParticipantView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiPropertyOptional({
    description:
      'Only to the participant and the secretariat that manages them (a conference secretariat does not see platform-wide accounts’ email)',
  })
  email?: string;
  @ApiProperty({ nullable: true, type: String }) organisation: string | null;
  @ApiProperty({ enum: CONSTITUENCIES, nullable: true }) constituency: Constituency | null;
  @ApiProperty({ nullable: true, type: String, description: 'ISO 3166-1 alpha-2' }) country:
    string | null;
  @ApiProperty({ nullable: true, type: String }) city: string | null;
  @ApiProperty({ enum: LANGUAGES }) language: Language;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) conferenceId: string | null;
  @ApiProperty() active: boolean;
  @ApiProperty() createdAt: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description:
      'In the secretariat’s list and profile: until when sign-in with the current access code is locked after five wrong attempts (null when it is not); a new code signs in at once',
  })
  signInLockedUntil?: string | null;

  /** What `viewer` may see of `p`: the email only where {@link seesEmail} allows. */
  static forViewer(
    p: Participant,
    viewer: Actor,
    lockouts?: Map<string, { lockedUntil: Date | null }>,
  ): ParticipantResponse {
    const full = seesEmail(viewer, p);
    const response = ParticipantResponse.from(p, { withEmail: full });
    if (full && lockouts && viewer.role === 'secretariat')
      response.signInLockedUntil = lockouts.get(p.email)?.lockedUntil?.toISOString() ?? null;
    return response;
  }

  static from(p: Participant, options: { withEmail: boolean }): ParticipantResponse {
    return {
      id: p.id,
      name: p.name,
      ...(options.withEmail ? { email: p.email } : {}),
      organisation: p.organisation,
      constituency: p.constituency,
      country: p.country,
      city: p.city,
      language: p.language,
      role: p.role,
      conferenceId: p.conferenceId,
      active: p.active,
      createdAt: p.createdAt.toISOString(),
    };
  }
}

/**
 * Whose email a viewer may read: their own, and, for the secretariat, the participants it
 * manages — a conference secretariat those of its conference, not platform-wide accounts (the
 * platform's administrators) nor anyone else's.
 */
export function seesEmail(viewer: Actor, p: Pick<Participant, 'id' | 'conferenceId'>): boolean {
  if (viewer.id === p.id) return true;
  if (viewer.role !== 'secretariat') return false;
  return viewer.conferenceId === null || viewer.conferenceId === p.conferenceId;
}
