import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { SessionsModule } from '../sessions/sessions.module';
import { TalliesModule } from '../tallies/tallies.module';
import { RecommendationAccess } from './recommendation-access';
import { RecommendationModerationService } from './recommendation-moderation.service';
import { RecommendationQueries } from './recommendation-queries.service';
import { RecommendationViews } from './recommendation-views';
import { RecommendationRepository } from './recommendation.repository';
import { RecommendationsController } from './recommendations.controller';
import { RecommendationsService } from './recommendations.service';

@Module({
  imports: [AuditModule, SessionsModule, TalliesModule],
  controllers: [RecommendationsController],
  providers: [
    RecommendationsService,
    RecommendationModerationService,
    RecommendationQueries,
    RecommendationAccess,
    RecommendationViews,
    RecommendationRepository,
  ],
  exports: [
    RecommendationAccess,
    RecommendationViews,
    RecommendationsService,
    RecommendationModerationService,
    RecommendationQueries,
  ],
})
export class RecommendationsModule {}
