/**
 * Issue 9 items 8-10 and the CLI side of item 1: the replay command with hostile or odd input,
 * run as a user runs it (a child process).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const work = mkdtempSync(join(tmpdir(), 'percpu-replay-input-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function replay(...args: string[]) {
  const r = spawnSync(tsx, ['src/cli/replay.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const example = readFileSync(join(root, 'test/conformance/formats-example.scenario.json'), 'utf8');
const exampleTrace = readFileSync(join(root, 'test/conformance/formats-example.trace.json'), 'utf8');
const fileWith = (name: string, content: string | Buffer) => {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
};
const base = { format: 'percpu-scenario', version: 1, ops: [] as unknown[] };

/** No raw control byte other than the newline that ends each line. */
// eslint-disable-next-line no-control-regex -- looking for raw control bytes is the point
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('replay CLI with bad input (issue 9)', { timeout: 300_000 }, () => {
  it('item 8: control bytes in field names and in JSON error snippets are escaped', () => {
    const field = fileWith('field.json', JSON.stringify({ ...base, '\u001b[2J\u001b[31mred\u202e': 1 }));
    const r1 = replay(field);
    expect(r1.code).toBe(2);
    expect(r1.stderr).not.toMatch(RAW_CONTROL);
    expect(r1.stderr).toBe(`${field}: \\u001b[2J\\u001b[31mred\\u202e: unknown field\n`);

    const binary = fileWith('binary.json', Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x1b, 0x00, 0x07, 0x9b, 0x7d]));
    const r2 = replay(binary);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/: \(file\): not valid JSON/);
    expect(r2.stderr).not.toMatch(RAW_CONTROL);
    expect(r2.stderr).toContain('\\x1b');

    const named = fileWith('\u001b[2Jname.json', '{');
    const r3 = replay(named);
    expect(r3.stderr).not.toMatch(RAW_CONTROL);
    expect(r3.stderr).toContain('\\x1b[2Jname.json');
  });

  it('item 9: UTF-8 with a BOM and UTF-16 LE/BE open as in the app, byte-identical trace', () => {
    const utf16be = Buffer.from(example, 'utf16le').swap16();
    const files = [
      fileWith('bom8.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(example)])),
      fileWith('le.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(example, 'utf16le')])),
      fileWith('be.json', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be])),
    ];
    for (const file of files) {
      const r = replay(file);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(exampleTrace);
    }
  });

  it('item 12: a Latin-1 file opens with a warning, as in the app', () => {
    const latin1 = Buffer.from(example.replace('Two nodes, one module', 'Deux nœuds, un module é'), 'latin1');
    const r = replay(fileWith('latin1.json', latin1));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/latin1\.json: warning: \(file\): it is not valid UTF-8 \(it may be Latin-1/);
  });

  it('item 10: an unknown option is a usage error (exit 64), not a file name; "--" ends options', () => {
    const r = replay('--bogus', fileWith('ok.json', example));
    expect(r.code).toBe(64);
    expect(r.stderr).toMatch(/^unknown option --bogus\nusage: /);
    const dashed = fileWith('-dashed.json', example);
    const r2 = replay('--', dashed.replace(`${work}/`, ''));
    // Relative to the repository, so not found; what matters is that it was taken as a file.
    expect(r2.stderr).toMatch(/^-dashed\.json: cannot read \(ENOENT\)\n$/);
    expect(r2.code).toBe(2);
  });

  it('item 10: --out naming an existing file says so clearly (exit 73, no internal error)', () => {
    const existing = fileWith('existing.txt', 'not a directory');
    const r = replay('--out', existing, fileWith('ok2.json', example));
    expect(r.code).toBe(73);
    expect(r.stderr).toBe(`--out ${existing}: a file is in the way (it exists and is not a directory)\n`);
  });

  it('item 10: piping into head ends quietly (exit 0, nothing on stderr)', () => {
    const ops = Array.from({ length: 4000 }, (_, i) =>
      i % 2 ? { op: 'free', alloc: i - 1 } : { op: 'alloc', size: 64, align: 8 },
    );
    const big = fileWith('big.json', JSON.stringify({ ...base, ops }));
    const r = spawnSync(
      'bash',
      ['-c', `"${tsx}" src/cli/replay.ts "${big}" | head -c 100 > /dev/null; echo "status=\${PIPESTATUS[0]}" >&2`],
      { cwd: root, encoding: 'utf8', timeout: 120_000 },
    );
    expect(r.stderr).toBe('status=0\n');
  });

  it('item 10 and 1: stderr is bounded — 200,000 unknown keys, a 1 MB key, 130,000 bad entries', () => {
    const keys = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, 1]));
    const r1 = replay(fileWith('keys.json', JSON.stringify({ ...base, ...keys })));
    expect(r1.code).toBe(2);
    const lines = r1.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(101);
    expect(lines.at(-1)).toMatch(/keys\.json: … and 199,900 more problems$/);

    const r2 = replay(fileWith('hugekey.json', JSON.stringify({ ...base, ['k'.repeat(1 << 20)]: 1 })));
    expect(r2.code).toBe(2);
    expect(r2.stderr.length).toBeLessThan(600);
    expect(r2.stderr).toMatch(/: k{40}…: unknown field\n$/);

    const r3 = replay(
      fileWith('nodes.json', JSON.stringify({ ...base, config: { cpuToNode: Array(130_000).fill('x') } })),
    );
    expect(r3.code).toBe(2);
    expect(r3.stderr).toMatch(/nodes\.json: config\.cpuToNode: at most 4096 entries \(got 130000\)\n$/);
    expect(r3.stderr).not.toMatch(/internal error/);
  });
});
