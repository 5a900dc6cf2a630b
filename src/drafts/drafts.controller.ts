import { InvalidInput } from '../common/errors';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors } from '../common/http/api-errors';
import type { Actor } from '../common/auth/actor';
import { AnyParticipant, CurrentActor, Roles } from '../common/auth/decorators';
import { UuidParam } from '../common/http/uuid-param';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import type { DraftSummaryView, DraftView, ParagraphView } from '#contract';
import { LANGUAGES, type Language } from '../participants/participant.constants';
import { DraftsService } from './drafts.service';
import {
  BreakSilenceDto,
  CreateDraftDto,
  CreateParagraphDto,
  DeleteParagraphQuery,
  MoveParagraphDto,
  SetChairsDto,
  SilenceDto,
  TranslationDto,
  UpdateParagraphDto,
} from './dto/draft.dto';
import { DraftResponse, DraftSummaryResponse, ParagraphResponse } from './dto/draft-response.dto';
import { ParagraphsService } from './paragraphs.service';
import { SilenceService } from './silence.service';

const LanguageParam = (): ParameterDecorator =>
  Param('language', {
    transform: (value: unknown) => {
      if (typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value))
        return value;
      throw new InvalidInput([`language must be one of ${LANGUAGES.join(', ')}`]);
    },
  });

/** Drafts and their paragraphs (API.md, "Drafting room"). Roles here; ownership in the services. */
@ApiTags('drafting room')
@Controller()
export class DraftsController {
  constructor(
    private readonly drafts: DraftsService,
    private readonly paragraphs: ParagraphsService,
    private readonly silence: SilenceService,
  ) {}

  @ApiOperation({ summary: 'Create a draft in a conference' })
  @Post('conferences/:id/drafts')
  @Roles('secretariat')
  @Idempotent()
  @ApiCreatedResponse({ type: DraftResponse })
  create(
    @CurrentActor() actor: Actor,
    @UuidParam() conferenceId: string,
    @Body() body: CreateDraftDto,
  ): Promise<DraftView> {
    return this.drafts.create(actor, conferenceId, body);
  }

  @ApiOperation({ summary: "List a conference's drafts" })
  @Get('conferences/:id/drafts')
  @AnyParticipant('drafts of the participant’s conference')
  @ApiOkResponse({ type: [DraftSummaryResponse] })
  list(
    @CurrentActor() actor: Actor,
    @UuidParam() conferenceId: string,
  ): Promise<DraftSummaryView[]> {
    return this.drafts.list(actor, conferenceId);
  }

  @ApiOperation({ summary: 'A draft with its paragraphs' })
  @Get('drafts/:id')
  @AnyParticipant('drafts of the participant’s conference')
  @ApiOkResponse({ type: DraftResponse })
  get(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<DraftView> {
    return this.drafts.get(actor, id);
  }

  @ApiOperation({ summary: "Set a draft's chairs" })
  @Put('drafts/:id/chairs')
  @Roles('secretariat')
  @ApiOkResponse({ type: DraftResponse })
  setChairs(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: SetChairsDto,
  ): Promise<DraftView> {
    return this.drafts.setChairs(actor, id, body.participantIds);
  }

  /** The draft's chairs or the secretariat (checked by the service), while drafting. */
  @ApiOperation({ summary: 'Add a paragraph to a draft' })
  @Post('drafts/:id/paragraphs')
  @Roles('moderator', 'secretariat')
  @Idempotent()
  @ApiCreatedResponse({ type: ParagraphResponse })
  @ApiConflictResponse({ description: 'the draft is not drafting' })
  addParagraph(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: CreateParagraphDto,
  ): Promise<ParagraphView> {
    return this.paragraphs.create(actor, id, body);
  }

  @ApiOperation({ summary: "Change a paragraph's text" })
  @Patch('paragraphs/:id')
  @Roles('moderator', 'secretariat')
  @ApiOkResponse({ type: ParagraphResponse })
  @ApiConflictResponse({ description: 'stale version, or the draft is not drafting' })
  editParagraph(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: UpdateParagraphDto,
  ): Promise<ParagraphView> {
    return this.paragraphs.update(actor, id, body);
  }

  @ApiOperation({ summary: 'Move a paragraph (after another one, or to the top)' })
  @Post('paragraphs/:id/move')
  @ApiErrors([409, 'The draft is not drafting'])
  @Roles('moderator', 'secretariat')
  @HttpCode(200)
  @ApiOkResponse({ type: ParagraphResponse })
  moveParagraph(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: MoveParagraphDto,
  ): Promise<ParagraphView> {
    return this.paragraphs.move(actor, id, body);
  }

  @ApiOperation({ summary: 'Delete a paragraph' })
  @Delete('paragraphs/:id')
  @Roles('moderator', 'secretariat')
  @ApiOkResponse({ type: ParagraphResponse, description: 'the deleted paragraph (number null)' })
  @ApiConflictResponse({ description: 'stale version, or the draft is not drafting' })
  deleteParagraph(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Query() query: DeleteParagraphQuery,
  ): Promise<ParagraphView> {
    return this.paragraphs.remove(actor, id, query.version);
  }

  @ApiOperation({ summary: "Set a paragraph's translation into one language" })
  @Put('paragraphs/:id/translations/:language')
  @ApiParam({ name: 'language', enum: LANGUAGES })
  @ApiErrors([409, 'Stale version, or the draft is not drafting'])
  @Roles('secretariat')
  @ApiOkResponse({ type: ParagraphResponse })
  translate(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @LanguageParam() language: Language,
    @Body() body: TranslationDto,
  ): Promise<ParagraphView> {
    return this.paragraphs.translate(actor, id, language, body);
  }

  /** The draft's chairs or the secretariat (checked by the service). */
  @ApiOperation({ summary: 'Start a silence procedure on the draft' })
  @Post('drafts/:id/silence')
  @Roles('moderator', 'secretariat')
  @HttpCode(200)
  @ApiOkResponse({ type: DraftResponse })
  @ApiConflictResponse({ description: 'the text is not clean, or an amendment is pending' })
  startSilence(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: SilenceDto,
  ): Promise<DraftView> {
    return this.silence.start(actor, id, body.until);
  }

  @ApiOperation({ summary: 'Break the silence (a delegate objects)' })
  @Post('drafts/:id/silence/break')
  @Roles('delegate')
  @HttpCode(200)
  @ApiOkResponse({ type: DraftResponse })
  @ApiConflictResponse({ description: 'the draft is not under silence' })
  breakSilence(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: BreakSilenceDto,
  ): Promise<DraftView> {
    return this.silence.breakSilence(actor, id, body);
  }
}
