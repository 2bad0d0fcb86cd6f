/** Entry point of `npm run -s replay`: a thin wrapper over the engine (see replayCommand.ts). */
import { main } from './replayCommand';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`replay: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 70;
  },
);
