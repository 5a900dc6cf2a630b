import { Body, Controller, Get, HttpCode, Post, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor } from '../common/auth/actor';
import { CurrentActor, Roles } from '../common/auth/decorators';
import { ConferenceRefParam, UuidParam } from '../common/http/uuid-param';
import { CompileReportDto, DownloadReportDto, ReportVersionResponse } from './dto/report.dto';
import { REPORT_FORMATS } from './render';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@Controller()
@Roles('secretariat')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @ApiOperation({ summary: 'Compile a new draft version of the outcome document' })
  @Post('conferences/:id/reports')
  @ApiParam({ name: 'id', description: "The conference's UUID or slug (e.g. mechelen-2017)" })
  @ApiCreatedResponse({ type: ReportVersionResponse, description: 'A new draft version' })
  @ApiBadRequestResponse({ description: 'a sessionIds entry is not a closed session of it' })
  @ApiConflictResponse({ description: 'the conference has no closed session to compile' })
  compile(
    @CurrentActor() actor: Actor,
    @ConferenceRefParam() conference: string,
    @Body() body: CompileReportDto,
  ): Promise<ReportVersionResponse> {
    return this.reports.compile(actor, conference, body);
  }

  @ApiOperation({ summary: "List a conference's outcome document versions, newest first" })
  @Get('conferences/:id/reports')
  @ApiParam({ name: 'id', description: "The conference's UUID or slug (e.g. mechelen-2017)" })
  @ApiOkResponse({ type: [ReportVersionResponse], description: 'Newest first' })
  list(
    @CurrentActor() actor: Actor,
    @ConferenceRefParam() conference: string,
  ): Promise<ReportVersionResponse[]> {
    return this.reports.list(actor, conference);
  }

  @ApiOperation({ summary: 'A compiled outcome document (JSON)' })
  @Get('reports/:id')
  @ApiOkResponse({
    description: 'The compiled OutcomeDocument (src/reports/outcome-document.ts)',
    schema: { type: 'object' },
  })
  async document(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<StreamableFile> {
    return new StreamableFile(Buffer.from(await this.reports.document(actor, id), 'utf8'), {
      type: 'application/json; charset=utf-8',
    });
  }

  @ApiOperation({
    summary: 'Download an outcome document version (docx, pdf, html, md, json, csv)',
  })
  @Get('reports/:id/download')
  @ApiProduces(...Object.values(REPORT_FORMATS).map((f) => f.contentType))
  @ApiOkResponse({ description: 'The file, as an attachment' })
  async download(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Query() query: DownloadReportDto,
  ): Promise<StreamableFile> {
    const file = await this.reports.download(actor, id, query.format);
    return new StreamableFile(file.content, {
      type: file.contentType,
      disposition: `attachment; filename="${file.fileName}"`,
      length: file.content.length,
    });
  }

  @ApiOperation({ summary: 'Make an outcome document version final' })
  @Post('reports/:id/finalize')
  @HttpCode(200)
  @ApiOkResponse({ type: ReportVersionResponse })
  @ApiConflictResponse({ description: 'the version is already final' })
  finalize(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<ReportVersionResponse> {
    return this.reports.finalize(actor, id);
  }
}
