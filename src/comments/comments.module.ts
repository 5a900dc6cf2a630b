import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { CommentsController } from './comments.controller';
import { CommentsService } from './comments.service';

@Module({
  imports: [AuditModule, RecommendationsModule],
  controllers: [CommentsController],
  providers: [CommentsService],
  exports: [CommentsService],
})
export class CommentsModule {}
