import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');

export interface LintProblem {
  ruleId: string;
  severity: string;
  message: string;
  location: { pointer: string }[];
}

/**
 * Runs the Redocly CLI (a devDependency) on the current runtime, offline: no telemetry, no update
 * check; the rules are redocly.yaml's (the bundled recommended set). Resolves with its stdout even
 * when it exits non-zero, as `lint` does on any error.
 */
export async function redocly(args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  return stdout;
}

/** `redocly lint` of one file: every problem, as one line each (none is the goal). */
export async function lintProblems(file: string): Promise<string[]> {
  const stdout = await redocly(['lint', file, '--format=json', '--max-problems=1000']);
  const { problems } = JSON.parse(stdout) as { problems: LintProblem[] };
  return problems.map((p) => `${p.severity} ${p.ruleId} ${p.location[0]?.pointer}: ${p.message}`);
}
