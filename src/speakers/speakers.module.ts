import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DraftsModule } from '../drafts/drafts.module';
import { SessionsModule } from '../sessions/sessions.module';
import { SpeakerHosts } from './speaker-hosts';
import { SpeakerViews } from './speaker-views';
import { DraftSpeakersController, SessionSpeakersController } from './speakers.controller';
import { SpeakersService } from './speakers.service';

/** Speakers' lists of sessions and drafts: requests for the floor, turns, their order and totals. */
@Module({
  imports: [AuditModule, SessionsModule, DraftsModule],
  controllers: [SessionSpeakersController, DraftSpeakersController],
  providers: [SpeakersService, SpeakerHosts, SpeakerViews],
  exports: [SpeakerViews],
})
export class SpeakersModule {}
