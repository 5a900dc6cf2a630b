/**
 * Entry point of `npm run report` (compiled to dist/src/reports/cli.js); the work is in
 * cli/command.ts, which the tests call directly.
 */
import { runReportCommand } from './cli/command';

if (require.main === module) {
  runReportCommand(process.argv.slice(2), process.env, process.stderr).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
