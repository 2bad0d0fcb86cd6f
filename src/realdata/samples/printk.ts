/**
 * A small printf for tests: formats the kernel's own format strings (mm/percpu.c) the way
 * printk would, so sample lines come from the kernel's text rather than from the model.
 * Handles %zu %u %d %s %p (given as text) and %0*d (width then value).
 */
export function printk(format: string, ...args: (string | number)[]): string {
  let next = 0;
  const take = () => args[next++]!;
  return format.replace(/%(0\*d|zu|u|d|s|p|lu|%)/g, (spec) => {
    if (spec === '%%') return '%';
    if (spec === '%0*d') {
      const width = Number(take());
      return String(take()).padStart(width, '0');
    }
    return String(take());
  });
}

/** Format strings as the kernels print them (the pr_fmt prefix written out where it applies). */
export const FMT = {
  embedded2636: 'PERCPU: Embedded %zu pages/cpu @%p s%zu r%zu d%zu u%zu',
  embedded46: 'percpu: Embedded %zu pages/cpu @%p s%zu r%zu d%zu u%zu',
  embedded52: 'percpu: Embedded %zu pages/cpu s%zu r%zu d%zu u%zu',
  page2636: 'PERCPU: %d %s pages/cpu @%p s%zu r%zu d%zu',
  page52: 'percpu: %d %s pages/cpu s%zu r%zu d%zu',
  header: 'pcpu-alloc: s%zu r%zu d%zu u%zu alloc=%zu*%zu',
  failed2636: 'PERCPU: allocation failed, size=%zu align=%zu, %s',
  failed318: 'PERCPU: allocation failed, size=%zu align=%zu atomic=%d, %s',
  failed46: 'percpu: allocation failed, size=%zu align=%zu atomic=%d, %s',
  illegal: 'illegal size (%zu) or align (%zu) for percpu allocation',
  setupPercpu: 'setup_percpu: NR_CPUS:%d nr_cpumask_bits:%d nr_cpu_ids:%u nr_node_ids:%u',
} as const;

/** One pcpu-alloc dump line: "[%0*d] " per allocation and "%0*d " per unit (dashes when empty). */
export function dumpLine(groupWidth: number, cpuWidth: number, allocations: [number, (number | null)[]][]): string {
  let line = 'pcpu-alloc: ';
  for (const [group, cpus] of allocations) {
    line += printk('[%0*d] ', groupWidth, group);
    for (const cpu of cpus) line += cpu === null ? `${'-'.repeat(cpuWidth)} ` : printk('%0*d ', cpuWidth, cpu);
  }
  return line;
}
