import { Module, OnApplicationShutdown } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CommentsModule } from '../comments/comments.module';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { SessionsModule } from '../sessions/sessions.module';
import { SpeakersModule } from '../speakers/speakers.module';
import { VotesModule } from '../votes/votes.module';
import { LiveEmitter } from './live-emitter';
import { LiveGateway } from './live.gateway';
import { LiveSnapshots } from './live-snapshots';
import { ParticipantLimits } from './participant-limits';
import { Presence } from './presence';
import { RealtimeBroadcaster } from './realtime-broadcaster';
import { ReplayFilter } from './replay-filter';
import { SessionEventLog } from './session-event-log';
import { TallyBroadcaster } from './tally-broadcaster';

/** The only module that talks to socket.io: it turns domain events into room events and serves `/live`. */
@Module({
  imports: [
    AuthModule,
    SessionsModule,
    RecommendationsModule,
    VotesModule,
    CommentsModule,
    SpeakersModule,
  ],
  providers: [
    LiveGateway,
    LiveEmitter,
    LiveSnapshots,
    ParticipantLimits,
    Presence,
    RealtimeBroadcaster,
    ReplayFilter,
    SessionEventLog,
    TallyBroadcaster,
  ],
})
export class RealtimeModule implements OnApplicationShutdown {
  constructor(private readonly presence: Presence) {}

  onApplicationShutdown(): void {
    this.presence.stop();
  }
}
