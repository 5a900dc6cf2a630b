import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { TalliesModule } from './tallies.module';
import { VotesController } from './votes.controller';
import { VotesService } from './votes.service';

@Module({
  imports: [AuditModule, TalliesModule],
  controllers: [VotesController],
  providers: [VotesService],
  exports: [VotesService],
})
export class VotesModule {}
