import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CommentsModule } from '../comments/comments.module';
import { DraftsModule } from '../drafts/drafts.module';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { ReportsModule } from '../reports/reports.module';
import { SessionsModule } from '../sessions/sessions.module';
import { VotesModule } from '../votes/votes.module';
import { DemoLoader } from './demo-loader';

@Module({
  imports: [
    AuditModule,
    SessionsModule,
    RecommendationsModule,
    CommentsModule,
    VotesModule,
    ReportsModule,
    DraftsModule,
  ],
  providers: [DemoLoader],
  exports: [DemoLoader],
})
export class DemoModule {}
