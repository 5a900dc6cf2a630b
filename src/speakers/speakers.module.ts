import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { SessionsModule } from '../sessions/sessions.module';
import { SpeakerHosts } from './speaker-hosts';
import { SpeakerViews } from './speaker-views';
import { SpeakersController } from './speakers.controller';
import { SpeakersService } from './speakers.service';

/** Speakers' lists of sessions: requests for the floor, turns, their order and totals. */
@Module({
  imports: [AuditModule, SessionsModule],
  controllers: [SpeakersController],
  providers: [SpeakersService, SpeakerHosts, SpeakerViews],
  exports: [SpeakerViews],
})
export class SpeakersModule {}
