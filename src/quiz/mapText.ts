/** The signed map as text with runs folded: [-91072, -8, -8, -8, 22616] → "-91072, -8 ×3, 22616". */
export function mapText(map: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < map.length;) {
    let j = i + 1;
    while (j < map.length && map[j] === map[i]) j++;
    const run = j - i;
    parts.push(run >= 3 ? `${map[i]!} ×${run}` : Array.from({ length: run }, () => String(map[i]!)).join(', '));
    i = j;
  }
  return `[${parts.join(', ')}]`;
}

/** Free areas (positive entries) with the offset each starts at. */
export function freeAreas(map: readonly number[]): { offset: number; size: number }[] {
  const out: { offset: number; size: number }[] = [];
  let offset = 0;
  for (const entry of map) {
    if (entry > 0) out.push({ offset, size: entry });
    offset += Math.abs(entry);
  }
  return out;
}
