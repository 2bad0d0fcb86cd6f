/**
 * The headless replay command as a user runs it: a child process, its stdout, its files, its
 * stderr and its exit code.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const conformance = join(root, 'test', 'conformance');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const work = mkdtempSync(join(tmpdir(), 'percpu-replay-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function replay(...args: string[]) {
  const r = spawnSync(tsx, ['src/cli/replay.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const expectedTrace = (name: string) => readFileSync(join(conformance, `${name}.trace.json`), 'utf8');
const scenarioPath = (name: string) => join(conformance, `${name}.scenario.json`);

/** No JavaScript stack frames or internal-error banners leak to the user. */
function expectNoStack(stderr: string) {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/internal error|Error:/);
}

/** Each test starts tsx (about a second idle, several when the machine is busy). */
describe('replay CLI', { timeout: 120_000 }, () => {
  it('one file: the trace on stdout equals the conformance trace, exit 0', () => {
    const r = replay(scenarioPath('formats-example'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(expectedTrace('formats-example'));
  });

  it('--out DIR writes NAME.trace.json for NAME.scenario.json and for NAME.json', () => {
    const a = join(work, 'a.scenario.json');
    const b = join(work, 'b.json');
    copyFileSync(scenarioPath('free-merging'), a);
    copyFileSync(scenarioPath('reclaim-rule'), b);
    const out = join(work, 'out-ok');
    const r = replay('--out', out, a, b);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, 'a.trace.json'), 'utf8')).toBe(expectedTrace('free-merging'));
    expect(readFileSync(join(out, 'b.trace.json'), 'utf8')).toBe(expectedTrace('reclaim-rule'));
  });

  it('an invalid input among valid ones: exit 2, the valid ones still written, `FILE: path: reason` on stderr', () => {
    const bad = join(work, 'bad.scenario.json');
    writeFileSync(
      bad,
      JSON.stringify({
        format: 'percpu-scenario',
        version: 1,
        config: { cpus: 2, cpuToNode: [0, 0, 0] },
        ops: [{ op: 'alloc', size: 8, align: 24 }],
      }),
    );
    const out = join(work, 'out-mixed');
    const r = replay('--out', out, scenarioPath('align-heads'), bad, scenarioPath('warn-limit'));
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `${bad}: ops[0].align: 24 is not a power of two`,
      `${bad}: config.cpuToNode: expected 2 entries, got 3`,
    ]);
    expectNoStack(r.stderr);
    expect(readFileSync(join(out, 'align-heads.trace.json'), 'utf8')).toBe(expectedTrace('align-heads'));
    expect(readFileSync(join(out, 'warn-limit.trace.json'), 'utf8')).toBe(expectedTrace('warn-limit'));
    expect(existsSync(join(out, 'bad.trace.json'))).toBe(false);
  });

  it('text that is not JSON is reported as such', () => {
    const broken = join(work, 'broken.json');
    writeFileSync(broken, '{"format": "percpu-scenario",');
    const r = replay(broken);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\(file\\): not valid JSON \\(.+\\)\\n$`),
    );
    expectNoStack(r.stderr);
  });

  it('a missing file gives a readable message and exit 2', () => {
    const missing = join(work, 'nope.scenario.json');
    const r = replay(missing);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${missing}: cannot read (ENOENT)\n`);
  });

  it('bad usage: no file, or several files without --out, exit 64 with the usage text', () => {
    const none = replay();
    expect(none.code).toBe(64);
    expect(none.stderr).toMatch(/^no scenario file given\nusage: /);
    const several = replay(scenarioPath('align-heads'), scenarioPath('warn-limit'));
    expect(several.code).toBe(64);
    expect(several.stderr).toMatch(/^several files need --out DIR\nusage: /);
    expect(several.stdout).toBe('');
  });
});
