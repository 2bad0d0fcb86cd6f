import LZString from 'lz-string';
import type { Scenario } from '../../engine/types';
import { parseScenario } from '../../scenario/schema';
import { checkCode } from '../checksum';

/** A link of any version around hand-written payload JSON text, with a correct check code from v1 on. */
export function linkOf(json: string, version = 1): string {
  const payload = LZString.compressToEncodedURIComponent(json);
  return version === 0 ? `#v0.${payload}` : `#v${version}.${checkCode(payload)}.${payload}`;
}

/** The packed payload of a v1 link: what follows the check code. */
export function payloadOf(hash: string): string {
  const m = /^#v1\.[0-9a-z]+\.(.*)$/.exec(hash);
  if (!m) throw new Error(`not a v1 link: ${hash.slice(0, 40)}`);
  return m[1]!;
}

/** The formats.md §1 example, typed in by hand. */
export const FORMATS_EXAMPLE = {
  format: 'percpu-scenario',
  version: 1,
  title: 'Two nodes, one module',
  description: 'A reserved (module) allocation and a dynamic one, then slab comes up',
  config: {
    earlyAlloc: true,
    pageSize: 4096,
    cpus: 4,
    cpuToNode: [0, 0, 1, 1],
    staticSize: 40960,
    reservedSize: 8192,
    dynSize: 20480,
    atomSize: 2097152,
    earlySize: 12288,
    earlySlots: 128,
  },
  ops: [
    { op: 'alloc', size: 32, align: 8, label: 'kmem_cache_cpu kmalloc-8' },
    { op: 'alloc', size: 4096, align: 4096, reserved: true, label: 'module static area' },
    { op: 'free', alloc: 0 },
    { op: 'mark', label: 'kmem_cache_init' },
    { op: 'slab-online' },
  ],
};

export function formatsExample(): Scenario {
  const parsed = parseScenario(structuredClone(FORMATS_EXAMPLE));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.scenario;
}
