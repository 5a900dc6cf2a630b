import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ConferencesModule } from '../conferences/conferences.module';
import { TalliesModule } from '../tallies/tallies.module';
import { SessionAccess } from './session-access';
import { SessionLifecycleService } from './session-lifecycle.service';
import { SessionViews } from './session-views';
import { SessionRepository } from './session.repository';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';

@Module({
  imports: [AuditModule, ConferencesModule, TalliesModule],
  controllers: [SessionsController],
  providers: [
    SessionsService,
    SessionLifecycleService,
    SessionAccess,
    SessionViews,
    SessionRepository,
  ],
  exports: [SessionAccess, SessionViews, SessionLifecycleService],
})
export class SessionsModule {}
