import type { Writable } from 'node:stream';

/**
 * `replay FILE | head`: head exits after its lines and the next write fails with EPIPE. The
 * reader has all it wanted, so the command stops quietly (exit 0) instead of reporting an error.
 */
export const isBrokenPipe = (e: unknown): boolean => (e as NodeJS.ErrnoException | null)?.code === 'EPIPE';

export function quietOnBrokenPipe(stream: Writable): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (isBrokenPipe(e)) process.exit(0);
    process.stderr.write(`replay: cannot write the output (${e.code ?? e.message})\n`);
    process.exit(74);
  });
}
