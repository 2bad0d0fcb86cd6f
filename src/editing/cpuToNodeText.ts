import { CONFIG_LIMITS } from '../scenario/defaults';

/**
 * cpuToNode as compact text: "0,0,1,1", or runs as NODExCOUNT: "0x32,1x32".
 * An empty text means "every CPU on node 0" (the format's default).
 */

export function formatCpuToNode(nodes: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < nodes.length;) {
    let j = i;
    while (j < nodes.length && nodes[j] === nodes[i]) j++;
    parts.push(j - i > 1 ? `${nodes[i]}x${j - i}` : String(nodes[i]));
    i = j;
  }
  return parts.join(',');
}

export type CpuToNodeParse = { ok: true; nodes: number[] | undefined } | { ok: false; error: string };

const RUN = /^(\d+)\s*[x×*]\s*(\d+)$/i;
const SINGLE = /^\d+$/;

/** Reads the compact text; range and length are left to the scenario schema so its messages are used. */
export function parseCpuToNode(text: string): CpuToNodeParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, nodes: undefined };
  const nodes: number[] = [];
  for (const raw of trimmed.split(/[\s,]+/)) {
    if (raw === '') continue;
    const run = RUN.exec(raw);
    if (run) {
      const count = Number(run[2]);
      if (nodes.length + count > CONFIG_LIMITS.cpus.max) {
        return { ok: false, error: `config.cpuToNode: more than ${CONFIG_LIMITS.cpus.max} CPUs (at “${raw}”)` };
      }
      for (let k = 0; k < count; k++) nodes.push(Number(run[1]));
    } else if (SINGLE.test(raw)) {
      nodes.push(Number(raw));
    } else {
      return { ok: false, error: `config.cpuToNode: “${raw}” is not a node number or NODExCOUNT (like 0x4)` };
    }
  }
  return { ok: true, nodes };
}
