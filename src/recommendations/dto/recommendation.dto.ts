import type {
  DispositionInput,
  MergeInput,
  ReasonInput,
  RecommendationInput,
  RecommendationUpdateInput,
} from '#contract';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import {
  DISPOSITIONS,
  GOVERNANCE_LEVELS,
  LIMITS,
  RECOMMENDATION_SORTS,
  type Disposition,
  type GovernanceLevel,
  type RecommendationSort,
} from '#contract';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export const TITLE_MAX = LIMITS.recommendationTitle;
export const BODY_MAX = LIMITS.recommendationBody;
export const THEMES_MAX = LIMITS.recommendationThemes;

export class SubmitRecommendationDto implements RecommendationInput {
  @ApiProperty({ maxLength: TITLE_MAX })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title: string;

  @ApiProperty({
    maxLength: BODY_MAX,
    description: 'Plain text; paragraphs separated by blank lines',
  })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(BODY_MAX)
  body: string;

  @ApiProperty({
    type: [String],
    description: 'Theme codes of the conference framework',
    example: ['GCM-15'],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(THEMES_MAX)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(LIMITS.themeCode, { each: true })
  themes: string[];

  @ApiProperty({ enum: GOVERNANCE_LEVELS })
  @IsIn(GOVERNANCE_LEVELS)
  governanceLevel: GovernanceLevel;
}

export class UpdateRecommendationDto implements RecommendationUpdateInput {
  @ApiProperty({
    description: 'The version this edit was made from; a stale version is refused with 409',
  })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  version: number;

  @ApiPropertyOptional({ maxLength: TITLE_MAX })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title?: string;

  @ApiPropertyOptional({ maxLength: BODY_MAX })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(BODY_MAX)
  body?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(THEMES_MAX)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(LIMITS.themeCode, { each: true })
  themes?: string[];

  @ApiPropertyOptional({ enum: GOVERNANCE_LEVELS })
  @IsOptional()
  @IsIn(GOVERNANCE_LEVELS)
  governanceLevel?: GovernanceLevel;
}

export class MergeRecommendationDto implements MergeInput {
  @ApiProperty({ format: 'uuid', description: 'The recommendation this duplicate is merged into' })
  @IsUUID()
  intoId: string;
}

export class HideDto implements ReasonInput {
  @ApiProperty({ maxLength: LIMITS.hiddenReason })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.hiddenReason)
  reason: string;
}

export class DispositionDto implements DispositionInput {
  @ApiProperty({ enum: DISPOSITIONS })
  @IsIn(DISPOSITIONS)
  disposition: Disposition;

  @ApiPropertyOptional({
    maxLength: LIMITS.dispositionNote,
    description: 'Why, especially when overriding the rule',
  })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.dispositionNote)
  note?: string;
}

export const STATUS_FILTERS = ['submitted', 'withdrawn', 'merged', 'hidden', 'all'] as const;
export const LIST_MAX = 500;

export class ListRecommendationsDto {
  @ApiPropertyOptional({ enum: RECOMMENDATION_SORTS, default: 'top' })
  @IsOptional()
  @IsIn(RECOMMENDATION_SORTS)
  sort?: RecommendationSort;

  @ApiPropertyOptional({ enum: STATUS_FILTERS, default: 'submitted' })
  @IsOptional()
  @IsIn(STATUS_FILTERS)
  status?: (typeof STATUS_FILTERS)[number];

  @ApiPropertyOptional({ minimum: 1, maximum: LIST_MAX, default: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(LIST_MAX)
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset?: number;
}
