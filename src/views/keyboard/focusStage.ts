/** The main area (the views): where focus goes after a pick so the stepping keys step. */
export const STAGE_ID = 'stage';

export function focusStage(): void {
  document.getElementById(STAGE_ID)?.focus({ preventScroll: true });
}
