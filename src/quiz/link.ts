/** The query string that opens the quiz at a step: `?quiz=1&step=k`. */
export function quizLinkParams(step: number): string {
  const k = Number.isFinite(step) ? Math.max(0, Math.floor(step)) : 0;
  return `?quiz=1&step=${k}`;
}
