/**
 * Axis ticks for byte offsets at power-of-two steps (memory people read 64K, not 60000),
 * within [d0, d1]: about maxTicks of them, and never fewer than two when the window is at
 * least one byte wide (a zoomed window must still say where it is).
 */
export function byteTicks(d0: number, d1: number, maxTicks: number): number[] {
  const span = d1 - d0;
  if (!(span > 0) || maxTicks < 1) return [];
  let step = 1;
  while (step * maxTicks < span) step *= 2;
  let ticks = ticksAt(d0, d1, step);
  while (ticks.length < 2 && step > 1) {
    step /= 2;
    ticks = ticksAt(d0, d1, step);
  }
  return ticks;
}

function ticksAt(d0: number, d1: number, step: number): number[] {
  const ticks: number[] = [];
  for (let t = Math.ceil(d0 / step) * step; t <= d1; t += step) ticks.push(t);
  return ticks;
}

/** 65536 → "64K", 2097152 → "2M", 91072 → "91072": exact, binary units only when whole. */
export function formatBytes(n: number): string {
  const M = 1024 * 1024;
  if (n !== 0 && n % M === 0) return `${n / M}M`;
  if (n !== 0 && n % 1024 === 0) return `${n / 1024}K`;
  return String(n);
}

/** A tick label: binary units only when the ticks are at least 1 KiB apart, else exact bytes. */
export function formatTick(tick: number, step: number): string {
  return step >= 1024 ? formatBytes(tick) : String(tick);
}
