import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { LoginAttemptRepository } from './login-attempt.repository';
import { LoginAttempts } from './login-attempts';
import { ParticipantImportService } from './participant-import.service';
import { ParticipantsController } from './participants.controller';
import { ParticipantsService } from './participants.service';

@Module({
  imports: [AuditModule],
  controllers: [ParticipantsController],
  providers: [ParticipantsService, ParticipantImportService, LoginAttempts, LoginAttemptRepository],
  exports: [ParticipantsService, LoginAttempts],
})
export class ParticipantsModule {}
