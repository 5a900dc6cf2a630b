import { Module } from '@nestjs/common';
import { TallyRecorder } from './tally-recorder';
import { VoteRepository } from './vote.repository';

/**
 * The vote rows and the counters they add up to, below both recommendations (lists, merges) and
 * votes (casting), so each uses them without depending on the other.
 */
@Module({ providers: [VoteRepository, TallyRecorder], exports: [VoteRepository, TallyRecorder] })
export class TalliesModule {}
