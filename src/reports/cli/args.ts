import { parseArgs } from 'node:util';
import { LANGUAGES, type Language } from '../../participants/participant.constants';
import { REPORT_FORMAT_NAMES, isReportFormat, type ReportFormat } from '../render';

export interface ReportArgs {
  /** A conference id or slug. */
  conference: string;
  format: ReportFormat;
  out: string;
  language?: Language;
  sessionIds?: string[];
}

export const USAGE = `usage: npm run report -- --conference <id|slug> --format <${REPORT_FORMAT_NAMES.join('|')}> --out <file> [--language <${LANGUAGES.join('|')}>] [--sessions <id,id,…>]

Compiles the outcome document of a conference from its closed sessions (or the ones listed),
stores it as a new draft version, and writes it in the chosen format. Reads DATABASE_URL.
`;

export class UsageError extends Error {}

export function parseReportArgs(argv: string[]): ReportArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        conference: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        language: { type: 'string' },
        sessions: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { conference, format, out, language, sessions } = values as Record<
    string,
    string | undefined
  >;
  const problems: string[] = [];
  if (!conference) problems.push('--conference is required');
  if (!isReportFormat(format))
    problems.push(`--format must be one of ${REPORT_FORMAT_NAMES.join(', ')}`);
  if (!out) problems.push('--out is required');
  if (language !== undefined && !(LANGUAGES as readonly string[]).includes(language))
    problems.push(`--language must be one of ${LANGUAGES.join(', ')}`);
  const sessionIds = sessions
    ?.split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (sessionIds !== undefined && sessionIds.length === 0)
    problems.push('--sessions needs at least one session id');
  if (problems.length) throw new UsageError(problems.join('; '));
  return {
    conference: conference as string,
    format: format as ReportFormat,
    out: out as string,
    language: language as Language | undefined,
    sessionIds,
  };
}
