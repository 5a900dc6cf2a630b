import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ConferencesModule } from '../conferences/conferences.module';
import { OutcomeCompiler } from './compile/outcome-compiler';
import { SnapshotLoader } from './compile/snapshot-loader';
import { RenderPool } from './render-pool';
import { ReportStore } from './report-store';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

@Module({
  imports: [AuditModule, ConferencesModule],
  controllers: [ReportsController],
  providers: [SnapshotLoader, OutcomeCompiler, ReportStore, RenderPool, ReportsService],
  exports: [OutcomeCompiler, ReportStore, ReportsService],
})
export class ReportsModule {}
