import type { DemoRun } from '../demo-run';

/**
 * Thursday evening: the secretariat compiles a first draft of the outcome document from the
 * closed session (version 1, in English), as it would to circulate it before Friday.
 */
export async function draftOutcomeDocument(run: DemoRun): Promise<void> {
  await run.compileOutcomeDocument('secretariat', { language: 'en' });
}
