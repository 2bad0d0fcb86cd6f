import { decimalDigits, roundDownPowerOfTwo } from './arith';
import type { Era } from './era';
import type { Layout } from './types';

/**
 * The prefix of mm/percpu.c's own lines: "PERCPU:" until "mm: percpu: Use pr_fmt to prefix
 * output" (4.6), "percpu:" after. The model prints each era's first release's wording.
 */
export function logPrefix(era: Era | undefined): string {
  return era === '4.14' || era === '6.2' ? 'percpu:' : 'PERCPU:';
}

/** The Embedded line, without the kernel's `@address` token (formats.md §2 dmesg). */
export function embeddedLine(layout: Layout, sizeSum: number, pageSize: number, era?: Era): string {
  const pages = Math.floor(sizeSum / pageSize);
  return `${logPrefix(era)} Embedded ${pages} pages/cpu s${layout.staticSize} r${layout.reservedSize} d${layout.dynSize} u${layout.unitSize}`;
}

/** pcpu_page_first_chunk's line ("%d %s pages/cpu s.. r.. d.."): the unit's pages and "4K"-style page size. */
export function pageChunkLine(layout: Layout, pageSize: number, era?: Era): string {
  const pages = layout.unitSize / pageSize;
  return `${logPrefix(era)} ${pages} ${pageSize / 1024}K pages/cpu s${layout.staticSize} r${layout.reservedSize} d${layout.dynSize}`;
}

/**
 * pcpu_dump_alloc_info: a header, then allocations (blocks of upa unit slots) packed a power
 * of two per line, counted across groups. Each allocation line keeps the kernel's
 * trailing space.
 */
export function allocInfoLines(layout: Layout, cpus: number): string[] {
  const groupWidth = decimalDigits(layout.groups.length);
  const cpuWidth = decimalDigits(cpus);
  const emptyUnit = '-'.repeat(Math.min(cpuWidth, 8));
  const upa = layout.allocSize / layout.unitSize;
  const width = upa * (cpuWidth + 1) + groupWidth + 3;
  const allocsPerLine = roundDownPowerOfTwo(Math.max(Math.floor(60 / width), 1));

  const lines = [
    `pcpu-alloc: s${layout.staticSize} r${layout.reservedSize} d${layout.dynSize} u${layout.unitSize} alloc=${layout.allocSize / layout.atomSize}*${layout.atomSize}`,
  ];
  let allocIndex = 0;
  let line = '';
  layout.groups.forEach((group, g) => {
    for (let first = 0; first < group.nrUnits; first += upa) {
      if (allocIndex % allocsPerLine === 0) {
        if (line) lines.push(line);
        line = 'pcpu-alloc: ';
      }
      line += `[${String(g).padStart(groupWidth, '0')}] `;
      for (const cpu of group.cpuMap.slice(first, first + upa)) {
        line += cpu === null ? `${emptyUnit} ` : `${String(cpu).padStart(cpuWidth, '0')} `;
      }
      allocIndex++;
    }
  });
  if (line) lines.push(line);
  return lines;
}
