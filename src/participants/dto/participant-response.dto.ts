import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Participant } from '../participant.entity';
import { CONSTITUENCIES, LANGUAGES, ROLES } from '../participant.constants';
import type { Constituency, Language, Role } from '../participant.constants';

/** What the API shows of a participant (never the secret hash). */
export class ParticipantResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiPropertyOptional({ description: 'Only to the participant and the secretariat' })
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
