import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ParticipantImportService } from './participant-import.service';
import { ParticipantPrivacyService } from './participant-privacy.service';
import { ParticipantsController } from './participants.controller';
import { ParticipantsService } from './participants.service';

@Module({
  imports: [AuditModule],
  controllers: [ParticipantsController],
  providers: [ParticipantsService, ParticipantImportService, ParticipantPrivacyService],
  exports: [ParticipantsService],
})
export class ParticipantsModule {}
