import { Controller, Get, Post, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/http/api-errors';
import type { Response } from 'express';
import type { Actor } from '../common/auth/actor';
import { CurrentActor, Roles } from '../common/auth/decorators';
import { UuidParam } from '../common/http/uuid-param';
import { ConferenceExportService } from './conference-export.service';
import { ConferenceImportService } from './conference-import.service';
import { ConferenceDocumentPipe, DocumentBody } from './document-body';
import { ConferenceDocument, ImportResult } from './dto/conference-document.dto';

/** Data portability: a whole conference out as one JSON document, and back in. */
@ApiTags('portability')
@Controller('conferences')
export class PortabilityController {
  constructor(
    private readonly exporter: ConferenceExportService,
    private readonly importer: ConferenceImportService,
  ) {}

  @ApiOperation({ summary: 'Export a whole conference as one JSON document' })
  @Get(':id/export')
  @Roles('secretariat')
  @ApiOkResponse({ type: ConferenceDocument })
  async export(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ConferenceDocument> {
    const document = await this.exporter.export(actor, id);
    const day = document.exportedAt.slice(0, 10);
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="agora-${document.conference.slug}-${day}.json"`,
    );
    return document;
  }

  /** Platform-wide secretariat only; the body may be up to IMPORT_BODY_LIMIT (this route alone). */
  @ApiOperation({ summary: 'Import a conference document into this platform' })
  @Post('import')
  @ApiErrors([
    409,
    'An id of the document (conference, participant, drafting record) is already here',
  ])
  @Roles('secretariat')
  @ApiBody({ type: ConferenceDocument })
  @ApiCreatedResponse({ type: ImportResult })
  import(
    @CurrentActor() actor: Actor,
    @DocumentBody(ConferenceDocumentPipe) body: ConferenceDocument,
  ): Promise<ImportResult> {
    return this.importer.import(actor, body);
  }
}
