/** The replay command's options. An unknown option is a usage error, never taken as a file name. */
export const USAGE =
  'usage: npm run -s replay -- FILE.json\n       npm run -s replay -- --out DIR A.scenario.json [B.scenario.json ...]\n       (a file name that starts with "-" goes after "--")\n';

export type Args =
  { kind: 'help' } | { kind: 'run'; outDir: string | null; files: string[] } | { kind: 'usage'; problem: string };

export function parseArgs(argv: readonly string[]): Args {
  let outDir: string | null = null;
  const files: string[] = [];
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) files.push(arg);
    else if (arg === '--') optionsEnded = true;
    else if (arg === '--out') {
      const dir = argv[++i];
      if (!dir) return { kind: 'usage', problem: '--out needs a directory' };
      outDir = dir;
    } else if (arg.startsWith('--out=')) {
      outDir = arg.slice('--out='.length);
      if (!outDir) return { kind: 'usage', problem: '--out needs a directory' };
    } else if (arg === '-h' || arg === '--help') return { kind: 'help' };
    else return { kind: 'usage', problem: `unknown option ${arg}` };
  }
  if (files.length === 0) return { kind: 'usage', problem: 'no scenario file given' };
  if (outDir === null && files.length > 1) return { kind: 'usage', problem: 'several files need --out DIR' };
  return { kind: 'run', outDir, files };
}
