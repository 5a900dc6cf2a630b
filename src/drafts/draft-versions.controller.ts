import { InvalidInput } from '../common/errors';
import { Body, Controller, Get, Param, Post, Query, StreamableFile } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor } from '../common/auth/actor';
import { AnyParticipant, CurrentActor, Roles } from '../common/auth/decorators';
import { UuidParam } from '../common/http/uuid-param';
import type { DraftVersionView } from '#contract';
import { DraftVersionsService, type DraftFile } from './draft-versions.service';
import { CompareVersionsQuery, DownloadVersionQuery, FreezeVersionDto } from './dto/draft.dto';
import { DraftVersionResponse } from './dto/draft-response.dto';
import { DRAFT_FORMATS } from './render';

const VersionParam = (): ParameterDecorator =>
  Param('n', {
    transform: (value: unknown) => {
      // The global validation pipe has already turned a numeric string into a number.
      const text = typeof value === 'number' ? String(value) : value;
      if (typeof text === 'string' && /^\d{1,6}$/.test(text)) return Number(text);
      throw new InvalidInput(['n must be a version number (0, 1, 2 …)']);
    },
  });

const file = (f: DraftFile): StreamableFile =>
  new StreamableFile(f.content, {
    type: f.contentType,
    disposition: `attachment; filename="${f.fileName}"`,
    length: f.content.length,
  });

/** Frozen versions of a draft, their clean exports and comparisons. */
@ApiTags('drafting room')
@Controller()
export class DraftVersionsController {
  constructor(private readonly versions: DraftVersionsService) {}

  /** The draft's chairs or the secretariat (checked by the service), while drafting. */
  @ApiOperation({ summary: "Freeze the draft's current text as a new version" })
  @Post('drafts/:id/versions')
  @Roles('moderator', 'secretariat')
  @ApiCreatedResponse({ type: DraftVersionResponse })
  @ApiConflictResponse({ description: 'the draft is not drafting' })
  freeze(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: FreezeVersionDto,
  ): Promise<DraftVersionView> {
    return this.versions.freeze(actor, id, body.label);
  }

  @ApiOperation({ summary: "List a draft's frozen versions" })
  @Get('drafts/:id/versions')
  @AnyParticipant('drafts of the participant’s conference')
  @ApiOkResponse({ type: [DraftVersionResponse] })
  list(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<DraftVersionView[]> {
    return this.versions.list(actor, id);
  }

  @ApiOperation({ summary: 'Download a frozen version (docx, pdf, html, md, json)' })
  @Get('drafts/:id/versions/:n/download')
  @AnyParticipant('drafts of the participant’s conference')
  @ApiProduces(...Object.values(DRAFT_FORMATS).map((f) => f.contentType))
  @ApiOkResponse({ description: 'The clean text of the version, as an attachment' })
  async download(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @VersionParam() n: number,
    @Query() query: DownloadVersionQuery,
  ): Promise<StreamableFile> {
    return file(
      await this.versions.download(actor, id, n, query.format, {
        language: query.language,
        lineNumbers: query.lineNumbers === 'true' || query.lineNumbers === '1',
      }),
    );
  }

  @ApiOperation({ summary: 'Compare two versions of a draft (or a version with the current text)' })
  @Get('drafts/:id/compare')
  @AnyParticipant('drafts of the participant’s conference')
  @ApiProduces(...Object.values(DRAFT_FORMATS).map((f) => f.contentType))
  @ApiOkResponse({
    description: 'The changes from version `from` to version `to`, as an attachment',
  })
  async compare(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Query() query: CompareVersionsQuery,
  ): Promise<StreamableFile> {
    return file(
      await this.versions.compare(actor, id, query.from, query.to, query.format, query.language),
    );
  }
}
