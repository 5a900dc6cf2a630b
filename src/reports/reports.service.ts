import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/auth/actor';
import { ConferencesService } from '../conferences/conferences.service';
import { OutcomeCompiler } from './compile/outcome-compiler';
import { CompileReportDto, ReportVersionResponse } from './dto/report.dto';
import { REPORT_FORMATS, type ReportFormat } from './render';
import { RenderPool } from './render-pool';
import { ReportStore } from './report-store';
import type { ReportVersion } from './report-version.entity';

export interface ReportFile {
  content: Buffer;
  contentType: string;
  fileName: string;
}

/** The secretariat's outcome-document work: compile, list, read, export, freeze. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly compiler: OutcomeCompiler,
    private readonly store: ReportStore,
    private readonly conferences: ConferencesService,
    private readonly renderer: RenderPool,
  ) {}

  /** `conference`: its id or its slug. */
  async compile(
    actor: Actor,
    conference: string,
    dto: CompileReportDto,
  ): Promise<ReportVersionResponse> {
    const { id } = await this.conferences.findVisibleByRef(actor, conference);
    const compiled = await this.compiler.compile(id, dto);
    return this.respond(await this.store.save(compiled, actor));
  }

  /** `conference`: its id or its slug. */
  async list(actor: Actor, conference: string): Promise<ReportVersionResponse[]> {
    const { id } = await this.conferences.findVisibleByRef(actor, conference);
    const rows = await this.store.list(id);
    return rows.map((row) => ReportVersionResponse.from(row, rows));
  }

  /** The stored document's JSON text, sent as it is: no parse and re-serialise of megabytes. */
  async document(actor: Actor, id: string): Promise<string> {
    return (await this.store.find(actor, id)).document;
  }

  /** Rendered on the render thread (render-pool.ts), so that live sessions do not wait. */
  async download(actor: Actor, id: string, format: ReportFormat): Promise<ReportFile> {
    const file = await this.renderer.render(await this.document(actor, id), format);
    return { ...file, contentType: REPORT_FORMATS[format].contentType };
  }

  async finalize(actor: Actor, id: string): Promise<ReportVersionResponse> {
    return this.respond(await this.store.finalize(actor, id));
  }

  /** A version with its language versions, which are read after it was written. */
  private async respond(row: ReportVersion): Promise<ReportVersionResponse> {
    return ReportVersionResponse.from(row, await this.store.sameContent(row));
  }
}
