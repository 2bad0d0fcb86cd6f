/**
 * `npm run -s check-log -- FILE...` as a user runs it: a child process, one JSON line per file
 * on stdout, messages on stderr, and its exit code.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOG_5_15_JOURNAL, LOG_6_8_NO_DUMP, LOG_FAILURES } from '../src/realdata/samples/eraSamples';

const root = join(import.meta.dirname, '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const work = mkdtempSync(join(tmpdir(), 'percpu-check-log-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function checkLog(...args: string[]) {
  const r = spawnSync(tsx, ['src/cli/checkLog.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

describe('check-log CLI', { timeout: 120_000 }, () => {
  it('prints one JSON line per file with the specified keys, in order, exit 0 whatever the verdicts', () => {
    const a = file('a.log', LOG_5_15_JOURNAL);
    const b = file('b.log', LOG_6_8_NO_DUMP);
    const c = file('c.log', LOG_FAILURES);
    const r = checkLog(a, b, c);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const [first, second, third] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(Object.keys(first!).slice(0, 5)).toEqual(['file', 'verdict', 'era', 'config', 'lines']);
    expect(first).toMatchObject({ file: a, verdict: 'match', era: '4.14' });
    expect(second).toMatchObject({ file: b, verdict: 'partial', era: '6.2' });
    expect(third).toMatchObject({ file: c, verdict: 'no-setup-lines', era: null, config: null });
    const line = (first!.lines as Record<string, unknown>[])[2]!;
    expect(Object.keys(line)).toEqual(['line', 'text', 'status', 'model', 'reason']);
    expect(line).toMatchObject({
      text: 'percpu: Embedded 60 pages/cpu s208896 r8192 d28672 u262144',
      status: 'match',
      model: 'percpu: Embedded 60 pages/cpu s208896 r8192 d28672 u262144',
      reason: null,
    });
  });

  it('a file that cannot be read: a message on stderr, the others still checked, exit 2', () => {
    const ok = file('ok.log', LOG_5_15_JOURNAL);
    const r = checkLog(join(work, 'missing.log'), ok);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${join(work, 'missing.log')}: cannot read (ENOENT)\n`);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('no file: usage on stderr, exit 64', () => {
    const r = checkLog();
    expect(r.code).toBe(64);
    expect(r.stderr).toMatch(/^no log file given\nusage: npm run -s check-log -- FILE/);
  });

  it('binary junk is a verdict, not a crash', () => {
    const r = checkLog(file('junk.bin', '\u0000\u0001\u00ff'.repeat(100)));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ verdict: 'no-setup-lines' });
  });
});
