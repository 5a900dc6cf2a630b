import { ApiProperty } from '@nestjs/swagger';
import type { AuditEntryView, AuditPageView } from '#contract';
import type { AuditEntry } from '../audit-entry.entity';

export class AuditEntryResponse implements AuditEntryView {
  @ApiProperty() id: string;
  @ApiProperty() at: string;
  @ApiProperty({ nullable: true, type: String }) actorId: string | null;
  @ApiProperty({ nullable: true, type: String }) actorRole: string | null;
  @ApiProperty() action: string;
  @ApiProperty({ nullable: true, type: String }) conferenceId: string | null;
  @ApiProperty({ nullable: true, type: String }) sessionId: string | null;
  @ApiProperty({ nullable: true, type: String }) targetType: string | null;
  @ApiProperty({ nullable: true, type: String }) targetId: string | null;
  @ApiProperty({ nullable: true, type: Object }) details: Record<string, unknown> | null;

  static from(e: AuditEntry): AuditEntryResponse {
    return {
      id: e.id,
      at: e.createdAt.toISOString(),
      actorId: e.actorId,
      actorRole: e.actorRole,
      action: e.action,
      conferenceId: e.conferenceId,
      sessionId: e.sessionId,
      targetType: e.targetType,
      targetId: e.targetId,
      details: e.details,
    };
  }
}

export class AuditPageResponse implements AuditPageView {
  @ApiProperty({ type: [AuditEntryResponse] }) items: AuditEntryResponse[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
