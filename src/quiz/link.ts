/** The query string that opens the quiz at a step: `?quiz=1&step=k`. */
export function quizLinkParams(step: number): string {
  const k = Number.isFinite(step) ? Math.max(0, Math.floor(step)) : 0;
  return `?quiz=1&step=${k}`;
}

const WHOLE = /^\d{1,9}$/;

/**
 * Reads a quiz start from a query string: null unless quiz=1 (or a bare `quiz`); then the
 * step when it is a whole number, else a null step (start where the app is). Never throws.
 */
export function readQuizStart(search: string): { step: number | null } | null {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(typeof search === 'string' ? search : '');
  } catch {
    return null;
  }
  const quiz = params.get('quiz');
  if (quiz !== '1' && quiz !== '') return null;
  const step = params.get('step');
  return { step: step !== null && WHOLE.test(step) ? Number(step) : null };
}
