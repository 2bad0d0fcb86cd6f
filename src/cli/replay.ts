/** Entry point of `npm run -s replay`: a thin wrapper over the engine (see replayCommand.ts). */
import { isBrokenPipe, quietOnBrokenPipe } from './brokenPipe';
import { escapeForTerminal } from './escapeForTerminal';
import { main } from './replayCommand';

quietOnBrokenPipe(process.stdout);

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (isBrokenPipe(e)) process.exit(0);
    process.stderr.write(`replay: internal error: ${escapeForTerminal(e instanceof Error ? e.message : String(e))}\n`);
    process.exitCode = 70;
  },
);
