import { ApiProperty } from '@nestjs/swagger';
import type { PersonRef, SessionView } from '#contract';
import { SESSION_KINDS, SESSION_STATUSES } from '../session.constants';
import type { SessionKind, SessionStatus } from '../session.constants';

export class PersonRefResponse implements PersonRef {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) organisation: string | null;
}

class SessionCounts {
  @ApiProperty() recommendations: number;
  @ApiProperty() comments: number;
  @ApiProperty() votes: number;
}

/** Documents SessionView (packages/contract/src/views.ts) for OpenAPI. */
export class SessionResponse implements SessionView {
  @ApiProperty() id: string;
  @ApiProperty() conferenceId: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: SESSION_KINDS }) kind: SessionKind;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ nullable: true, type: String }) room: string | null;
  @ApiProperty() startsAt: string;
  @ApiProperty() endsAt: string;
  @ApiProperty({ enum: SESSION_STATUSES }) status: SessionStatus;
  @ApiProperty({ nullable: true, type: String }) summary: string | null;
  @ApiProperty({ type: [PersonRefResponse] }) moderators: PersonRef[];
  @ApiProperty({ type: SessionCounts }) counts: SessionCounts;
  @ApiProperty({ type: Object }) translations: SessionView['translations'];
  @ApiProperty({ nullable: true, type: String }) closedAt: string | null;
  @ApiProperty({ description: 'The session’s realtime event counter' }) seq: number;
}
