import { Module, OnApplicationShutdown } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CommentsModule } from '../comments/comments.module';
import { DraftsModule } from '../drafts/drafts.module';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { TalliesModule } from '../tallies/tallies.module';
import { SessionsModule } from '../sessions/sessions.module';
import { SpeakersModule } from '../speakers/speakers.module';
import { VotesModule } from '../votes/votes.module';
import { DraftEventLog } from './draft-event-log';
import { DraftLiveGateway } from './draft-live.gateway';
import { DraftSnapshots } from './draft-snapshots';
import { DraftTallyBroadcaster } from './draft-tally-broadcaster';
import { LiveEmitter } from './live-emitter';
import { LiveMessages } from './live-messages';
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
    DraftsModule,
    TalliesModule,
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
    LiveMessages,
    DraftLiveGateway,
    DraftSnapshots,
    DraftEventLog,
    DraftTallyBroadcaster,
  ],
})
export class RealtimeModule implements OnApplicationShutdown {
  constructor(private readonly presence: Presence) {}

  onApplicationShutdown(): void {
    this.presence.stop();
  }
}
