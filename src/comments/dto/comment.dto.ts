import type { CommentInput } from '#contract';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { LIMITS, STANCES, type CommentView, type PersonRef, type Stance } from '#contract';
import { PersonRefResponse } from '../../sessions/dto/session-response.dto';

export const COMMENT_MAX = LIMITS.comment;

export class AddCommentDto implements CommentInput {
  @ApiProperty({ maxLength: COMMENT_MAX })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1)
  @MaxLength(COMMENT_MAX)
  body: string;

  @ApiProperty({ enum: STANCES })
  @IsIn(STANCES)
  stance: Stance;

  @ApiPropertyOptional({ format: 'uuid', description: 'The comment this one replies to' })
  @IsOptional()
  @IsUUID()
  parentId?: string;
}

/** Documents CommentView (packages/contract/src/views.ts) for OpenAPI. */
export class CommentResponse implements CommentView {
  @ApiProperty() id: string;
  @ApiProperty() recommendationId: string;
  @ApiProperty() sessionId: string;
  @ApiProperty({ nullable: true, type: String }) parentId: string | null;
  @ApiProperty({ type: PersonRefResponse }) author: PersonRef;
  @ApiProperty({ description: 'Empty for a hidden comment, except to moderators' }) body: string;
  @ApiProperty({ enum: STANCES }) stance: Stance;
  @ApiProperty() hidden: boolean;
  @ApiProperty({ nullable: true, type: String }) hiddenReason: string | null;
  @ApiProperty() createdAt: string;
}
