import { EventEmitter2 } from '@nestjs/event-emitter';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { DataSource } from 'typeorm';
import { AuditRepository } from '../../audit/audit.repository';
import { AuditService } from '../../audit/audit.service';
import { Conference } from '../../conferences/conference.entity';
import { errorText } from '../../common/errors/error-response';
import { ConfigError, loadConfig } from '../../config/app-config';
import { createDataSource } from '../../database/data-source';
import { ConsistentReader } from '../../database/consistent-read';
import { TransactionRunner } from '../../database/transaction-runner';
import { FrameworksService } from '../../frameworks/frameworks.service';
import { OutcomeCompiler } from '../compile/outcome-compiler';
import { COMPILE_STEPS, SnapshotLoader } from '../compile/snapshot-loader';
import type { OutcomeDocument } from '../outcome-document';
import { renderOutcomeDocument } from '../render';
import { ReportStore } from '../report-store';
import { parseReportArgs, USAGE, UsageError, type ReportArgs } from './args';
import { ProgressBar, type ProgressStream } from './progress';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `npm run report`: the same compile as POST /conferences/:id/reports, on the database of
 * DATABASE_URL, without the HTTP server — only the data source and the services a compile
 * needs. The version is stored (the document a secretariat sends must be one the system can
 * show again and finalize); the audit entry has no actor and says it came from the command line.
 * Returns the exit code: 0 done, 1 failed, 2 wrong usage or configuration.
 */
export async function runReportCommand(
  argv: string[],
  env: NodeJS.ProcessEnv,
  stderr: ProgressStream,
): Promise<number> {
  let args: ReportArgs;
  let dataSource: DataSource;
  try {
    args = parseReportArgs(argv);
    dataSource = await createDataSource(loadConfig(env).database).initialize();
  } catch (error) {
    if (!(error instanceof UsageError) && !(error instanceof ConfigError)) throw error;
    stderr.write(`report: ${error.message}\n\n${USAGE}`);
    return 2;
  }

  const transactions = new TransactionRunner(dataSource, new EventEmitter2());
  const reader = new ConsistentReader(dataSource, transactions);
  const bar = new ProgressBar(stderr, COMPILE_STEPS + 3);
  try {
    if (await dataSource.showMigrations())
      throw new Error(
        'the database has migrations to apply: start the server once or run `npm run migration:run`',
      );
    const conference = await dataSource
      .getRepository(Conference)
      .findOneBy(UUID.test(args.conference) ? { id: args.conference } : { slug: args.conference });
    if (!conference) throw new Error(`no conference has the id or slug ${args.conference}`);

    const compiler = new OutcomeCompiler(reader, new FrameworksService(), new SnapshotLoader());
    const compiled = await compiler.compile(
      conference.id,
      { language: args.language, sessionIds: args.sessionIds },
      (done, _total, step) => bar.update(done, step),
    );
    const store = new ReportStore(
      dataSource,
      transactions,
      new AuditService(dataSource, new AuditRepository()),
    );
    const version = await store.save(compiled, null);
    bar.update(COMPILE_STEPS + 1, `stored as version ${version.version}`);
    const document = JSON.parse(version.document) as OutcomeDocument;
    const content = await renderOutcomeDocument(document, args.format);
    bar.update(COMPILE_STEPS + 2, `rendered ${args.format}`);
    await mkdir(dirname(args.out), { recursive: true });
    await writeFile(args.out, content);
    bar.update(COMPILE_STEPS + 3, 'written');
    bar.finish();
    stderr.write(
      `${args.out}: ${conference.slug}, version ${version.version} (draft, ${version.language}), ` +
        `${compiled.sessionIds.length} session(s), SHA-256 ${version.sha256}` +
        (version.contentSha256 ? `, content SHA-256 ${version.contentSha256}` : '') +
        '\n',
    );
    return 0;
  } catch (error) {
    bar.finish();
    stderr.write(`report: ${errorText(error)}\n`); // the API's words (400, 409), not a stack
    return 1;
  } finally {
    await Promise.all([transactions.drain(), reader.close()]);
    await dataSource.destroy();
  }
}
