import { ApiProperty } from '@nestjs/swagger';
import {
  SPEAKER_MODES,
  type CurrentSpeakerView,
  type SpeakerMode,
  type SpeakerRef,
  type SpeakerRequestCreated,
  type SpeakerRequestView,
  type SpeakerTopic,
  type SpeakersView,
} from '#contract';

export class SpeakerRefResponse implements SpeakerRef {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) organisation: string | null;
  @ApiProperty({ nullable: true, type: String }) constituency: string | null;
}

const TOPIC = {
  nullable: true,
  type: Object,
  description: '{recommendationId} | {paragraphId} | {amendmentId}, or null',
};

export class SpeakerRequestResponse implements SpeakerRequestView {
  @ApiProperty() id: string;
  @ApiProperty({ type: SpeakerRefResponse }) participant: SpeakerRef;
  @ApiProperty() requestedAt: string;
  @ApiProperty(TOPIC) topic: SpeakerTopic;
}

export class SpeakerRequestCreatedResponse
  extends SpeakerRequestResponse
  implements SpeakerRequestCreated
{
  @ApiProperty({ description: 'Place in the queue; 1 = next' }) place: number;
}

export class CurrentSpeakerResponse implements CurrentSpeakerView {
  @ApiProperty() id: string;
  @ApiProperty({ type: SpeakerRefResponse }) participant: SpeakerRef;
  @ApiProperty() startedAt: string;
  @ApiProperty(TOPIC) topic: SpeakerTopic;
}

class ConstituencyTotal {
  @ApiProperty({ nullable: true, type: String }) constituency: string | null;
  @ApiProperty() turns: number;
  @ApiProperty() seconds: number;
}

class OrganisationTotal {
  @ApiProperty({ nullable: true, type: String }) organisation: string | null;
  @ApiProperty() turns: number;
  @ApiProperty() seconds: number;
}

/** Documents SpeakersView (packages/contract/src/speakers.ts) for OpenAPI. */
export class SpeakersResponse implements SpeakersView {
  @ApiProperty({ enum: SPEAKER_MODES }) mode: SpeakerMode;
  @ApiProperty() turnSeconds: number;
  @ApiProperty({ type: CurrentSpeakerResponse, nullable: true })
  current: CurrentSpeakerView | null;
  @ApiProperty({ type: [SpeakerRequestResponse], description: 'In the order they would be called' })
  queue: SpeakerRequestView[];
  @ApiProperty({ type: [ConstituencyTotal], description: 'Finished turns per constituency' })
  totals: ConstituencyTotal[];
  @ApiProperty({ type: [OrganisationTotal], description: 'Finished turns per organisation' })
  organisations: OrganisationTotal[];
}
