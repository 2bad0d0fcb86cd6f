/** Entry point of `npm run -s check-log`: a thin wrapper over the checker (see checkLogCommand.ts). */
import { main } from './checkLogCommand';

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e: unknown) {
  process.stderr.write(`check-log: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 70;
}
