import type { RequestFloorInput, SpeakerSettingsInput } from '#contract';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { NestedDto } from '../../common/http/nested';
import { SPEAKER_MODES, TURN_SECONDS_MAX, TURN_SECONDS_MIN, type SpeakerMode } from '#contract';

/** Exactly one of the three (checked by the service, which names the field). */
export class SpeakerTopicDto {
  @ApiPropertyOptional({ description: 'A recommendation of the session' })
  @IsOptional()
  @IsUUID()
  recommendationId?: string;

  @ApiPropertyOptional({ description: 'A paragraph of the draft' })
  @IsOptional()
  @IsUUID()
  paragraphId?: string;

  @ApiPropertyOptional({ description: 'An amendment of the draft' })
  @IsOptional()
  @IsUUID()
  amendmentId?: string;
}

export class RequestFloorDto implements RequestFloorInput {
  @ApiPropertyOptional({ type: SpeakerTopicDto })
  @IsOptional()
  @NestedDto(() => SpeakerTopicDto)
  topic?: SpeakerTopicDto;
}

export class SpeakerSettingsDto implements SpeakerSettingsInput {
  @ApiProperty({ enum: SPEAKER_MODES })
  @IsIn(SPEAKER_MODES)
  mode: SpeakerMode;

  @ApiProperty({ minimum: TURN_SECONDS_MIN, maximum: TURN_SECONDS_MAX })
  @IsInt()
  @Min(TURN_SECONDS_MIN)
  @Max(TURN_SECONDS_MAX)
  turnSeconds: number;
}
