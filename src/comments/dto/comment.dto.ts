import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { STANCES } from '../../contract/views';
import type { CommentView, PersonRef, Stance } from '../../contract/views';
import { PersonRefResponse } from '../../sessions/dto/session-response.dto';

export const COMMENT_MAX = 4000;

export class AddCommentDto {
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

/** Documents CommentView (src/contract/views.ts) for OpenAPI. */
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
