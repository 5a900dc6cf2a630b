import { Injectable } from '@nestjs/common';
import { ConsistentReader } from '../../database/consistent-read';
import type { Framework } from '../../frameworks/framework.types';
import { FrameworksService } from '../../frameworks/frameworks.service';
import type { Language, OutcomeDocument } from '../outcome-document';
import { assembleDocument } from './assemble';
import {
  COMPILE_STEPS,
  SnapshotLoader,
  type CompileProgress,
  type CompileRequest,
} from './snapshot-loader';

export interface CompiledOutcome {
  conferenceId: string;
  language: Language;
  sessionIds: string[];
  document: OutcomeDocument;
}

/**
 * Database → OutcomeDocument: one consistent read (the loader), then the pure assembly outside
 * the transaction, so the writer queue is held only for the queries.
 */
@Injectable()
export class OutcomeCompiler {
  constructor(
    private readonly reader: ConsistentReader,
    private readonly frameworks: FrameworksService,
    private readonly loader: SnapshotLoader,
  ) {}

  async compile(
    conferenceId: string,
    request: CompileRequest = {},
    progress: CompileProgress = () => undefined,
  ): Promise<CompiledOutcome> {
    const { snapshot, language } = await this.reader.read((em) =>
      this.loader.load(em, conferenceId, request, progress),
    );
    const id = snapshot.conference.framework;
    const framework: Framework = this.frameworks.get(id) ?? {
      id,
      title: id,
      source: '',
      themes: [],
    };
    const document = assembleDocument(snapshot, language, framework);
    progress(COMPILE_STEPS, COMPILE_STEPS, 'assembled');
    return { conferenceId, language, sessionIds: snapshot.includedSessionIds, document };
  }
}
