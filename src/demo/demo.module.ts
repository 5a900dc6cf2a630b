import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DemoLoader } from './demo-loader';

@Module({ imports: [AuditModule], providers: [DemoLoader], exports: [DemoLoader] })
export class DemoModule {}
