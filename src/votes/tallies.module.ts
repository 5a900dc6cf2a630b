import { Module } from '@nestjs/common';
import { TallyRecorder } from './tally-recorder';

/** The tally recorder on its own, so recommendations (merges) and votes can both use it without a cycle. */
@Module({ providers: [TallyRecorder], exports: [TallyRecorder] })
export class TalliesModule {}
