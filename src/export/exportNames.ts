/** What an export shows: the chunk area maps or the per-unit layout. */
export type ExportSubject = 'chunks' | 'units';

export type StillFormat = 'svg' | 'png';

/** `percpu-step-17.svg` for the chunk maps, `percpu-units-step-17.png` for the unit layout. */
export function stillFileName(subject: ExportSubject, step: number, format: StillFormat): string {
  const what = subject === 'chunks' ? 'percpu' : 'percpu-units';
  return `${what}-step-${step}.${format}`;
}

/** `percpu-steps-3-5.webm`: the chunk maps from step 3 through step 5. */
export function animationFileName(from: number, to: number): string {
  return `percpu-steps-${from}-${to}.webm`;
}
