/**
 * The launcher behind `npm run replay` and `npm run check-log`: the bundled commands answer
 * exactly as the TypeScript sources do (test/cli.test.ts and test/checkLogCli.test.ts run
 * those through tsx).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const conformance = join(root, 'test', 'conformance');

function launch(...args: string[]) {
  const r = spawnSync(process.execPath, ['src/cli/launch.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI launcher', { timeout: 120_000 }, () => {
  it('replay: the trace of a conformance scenario, byte for byte, exit 0', () => {
    const r = launch('replay', join(conformance, 'align-heads.scenario.json'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(conformance, 'align-heads.trace.json'), 'utf8'));
  });

  it('replay passes its own arguments through: bad usage is exit 64 with the usage text', () => {
    const r = launch('replay', '--out');
    expect(r.code).toBe(64);
    expect(r.stderr).toMatch(/usage/i);
  });

  it('check-log runs the checker: its help on stdout, exit 0', () => {
    const r = launch('check-log', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run -s check-log/);
  });

  it('an unknown command is exit 64 naming the commands there are', () => {
    const r = launch('frobnicate');
    expect(r.code).toBe(64);
    expect(r.stderr).toContain('replay|check-log');
  });
});
