/** Why a loop range cannot be used, or null. */
export function loopProblem(from: number, to: number, length: number): string | null {
  if (!Number.isInteger(from) || !Number.isInteger(to)) return 'from and to must be whole step numbers';
  if (from < 0 || to > length) return `steps run from 0 to ${length}`;
  if (from >= to) return 'from must be before to';
  return null;
}
