import type { Config } from '../engine/types';
import { CONFIG_LIMITS } from '../scenario/defaults';
import { cleanLine, decimal, splitLines } from './logLine';
import { prepareLogText } from './logText';

/*
 * /sys/kernel/debug/percpu_stats (mm/percpu-stats.c, "percpu: expose statistics about percpu
 * memory via debugfs", 30a5b5367ef9, 4.13): "Percpu Memory Statistics", then "Allocation Info:",
 * "Global Stats:" and "Per Chunk Stats:" blocks of "  %-20s: %12lld" lines; each chunk starts
 * with "Chunk:" ("Chunk: <- Reserved Chunk", "Chunk: <- First Chunk"). 4.13 prints a chunk's
 * free_size and contig_hint, 4.14's bitmap allocator free_bytes, contig_bytes and first_bit.
 */

export interface StatsChunk {
  /** 1-based line of its "Chunk:" line. */
  line: number;
  role: 'reserved' | 'first' | 'dynamic';
  values: Record<string, number>;
}

export interface ParsedPercpuStats {
  /** Fields of "Allocation Info" (unit_size, static_size, reserved_size, dyn_size, atom_size, alloc_size). */
  allocationInfo: Record<string, number>;
  global: Record<string, number>;
  chunks: StatsChunk[];
  /** The config the Allocation Info block gives, with what it cannot give named in notes. */
  config: Partial<Config>;
  notes: string[];
  problems: string[];
}

const ENTRY = /^([a-z_]+)\s*:\s*(-?\d+)\s*$/;

/** Reads a percpu_stats dump as pasted (prefixes and quoting peeled as for boot logs). Never throws. */
export function parsePercpuStats(text: string): ParsedPercpuStats {
  const result: ParsedPercpuStats = { allocationInfo: {}, global: {}, chunks: [], config: {}, notes: [], problems: [] };
  const lines = splitLines(prepareLogText(typeof text === 'string' ? text : '').text).map(cleanLine);
  let section: 'none' | 'alloc' | 'global' | 'chunks' = 'none';
  let chunk: StatsChunk | null = null;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (/^Allocation Info:/.test(line)) section = 'alloc';
    else if (/^Global Stats:/.test(line)) section = 'global';
    else if (/^Per Chunk Stats:/.test(line)) section = 'chunks';
    else if (/^Chunk:/.test(line)) {
      section = 'chunks';
      chunk = {
        line: i + 1,
        role: /Reserved Chunk/.test(line) ? 'reserved' : /First Chunk/.test(line) ? 'first' : 'dynamic',
        values: {},
      };
      result.chunks.push(chunk);
    } else {
      const entry = ENTRY.exec(line);
      if (!entry) return;
      const value = decimal(entry[2]!.replace(/^-/, ''));
      if (value === null) {
        result.problems.push(`line ${i + 1}: ${entry[1]} is not a readable number; ignored`);
        return;
      }
      const signed = entry[2]!.startsWith('-') ? -value : value;
      if (section === 'alloc') result.allocationInfo[entry[1]!] = signed;
      else if (section === 'global') result.global[entry[1]!] = signed;
      else if (section === 'chunks' && chunk) chunk.values[entry[1]!] = signed;
    }
  });

  const ai = result.allocationInfo;
  if (Object.keys(ai).length === 0) {
    result.problems.push('no "Allocation Info:" block (looked for /sys/kernel/debug/percpu_stats output)');
    return result;
  }
  const take = (key: string, field: 'staticSize' | 'reservedSize' | 'dynSize') => {
    const value = ai[key];
    if (value === undefined) return result.problems.push(`Allocation Info has no ${key}`);
    const limits = CONFIG_LIMITS[field];
    if (value < limits.min || value > limits.max)
      return result.problems.push(`${key} ${value} is outside ${limits.min}..${limits.max}; not filled in`);
    result.config[field] = value;
  };
  take('static_size', 'staticSize');
  take('reserved_size', 'reservedSize');
  take('dyn_size', 'dynSize');
  if (ai.atom_size !== undefined && Number.isInteger(Math.log2(ai.atom_size)) && ai.atom_size >= 4096)
    result.config.atomSize = ai.atom_size;
  result.notes.push(
    'dynSize is the printed dyn_size: the final one, which the model keeps because s+r+d is page aligned',
  );
  if (ai.unit_size && ai.alloc_size && ai.alloc_size % ai.unit_size === 0)
    result.notes.push(`${ai.alloc_size / ai.unit_size} units per allocation (alloc_size / unit_size)`);
  result.notes.push(
    'percpu_stats prints neither the CPU count nor the page size: the CPUs, their nodes and PAGE_SIZE stay as the scenario has them',
  );
  result.notes.push(
    "the per-chunk numbers are the kernel's (bitmap allocator since 4.14); the model's chunks follow 2.6.36's area map",
  );
  return result;
}
