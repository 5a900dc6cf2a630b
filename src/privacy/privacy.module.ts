import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ParticipantPrivacyService } from './participant-privacy.service';
import { PrivacyController } from './privacy.controller';

/**
 * Personal data (README, "Data portability and personal data"). Above the modules whose tables
 * hold a participant's data (votes, recommendations, comments, the audit), so that participants,
 * which they all refer to, depends on none of them.
 */
@Module({
  imports: [AuditModule],
  controllers: [PrivacyController],
  providers: [ParticipantPrivacyService],
})
export class PrivacyModule {}
