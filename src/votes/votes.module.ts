import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { TalliesModule } from '../tallies/tallies.module';
import { BallotBox } from './ballot-box';
import { BallotCasting } from './ballot-casting';
import { VotesController } from './votes.controller';
import { VotesService } from './votes.service';

@Module({
  imports: [AuditModule, RecommendationsModule, TalliesModule],
  controllers: [VotesController],
  providers: [VotesService, BallotBox, BallotCasting],
  exports: [VotesService],
})
export class VotesModule {}
