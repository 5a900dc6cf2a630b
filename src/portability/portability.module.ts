import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ConferenceExportService } from './conference-export.service';
import { ConferenceImportService } from './conference-import.service';
import { PortabilityController } from './portability.controller';

@Module({
  imports: [AuditModule],
  controllers: [PortabilityController],
  providers: [ConferenceExportService, ConferenceImportService],
})
export class PortabilityModule {}
