import { useCallback, useEffect, useRef, useState } from 'react';
import { usePageClock } from '../pageClock';
import { useExplorerStore } from '../storeContext';
import { downloadBlob } from './download';
import { animationFileName } from '../../export/exportNames';
import { recordAnimation, type AnimationProgress } from './recordWebm';

export type AnimationState =
  { kind: 'idle'; message: string | null; error: boolean } | { kind: 'running'; progress: AnimationProgress | null };

/** Runs one WebM export at a time, with progress and cancel; aborts if the menu goes away. */
export function useAnimationExport() {
  const store = useExplorerStore();
  const clock = usePageClock();
  const [state, setState] = useState<AnimationState>({ kind: 'idle', message: null, error: false });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (from: number, to: number, framesPerStep: number) => {
      if (controller.current) return;
      const abort = new AbortController();
      controller.current = abort;
      setState({ kind: 'running', progress: null });
      const result = await recordAnimation({
        store,
        from,
        to,
        framesPerStep,
        signal: abort.signal,
        clock,
        onProgress: (progress) => setState({ kind: 'running', progress }),
      });
      controller.current = null;
      if (result.kind === 'done') {
        const name = animationFileName(from, to);
        downloadBlob(result.blob, name, clock);
        setState({
          kind: 'idle',
          message: `Saved ${name} (${Math.max(1, Math.round(result.blob.size / 1024))} KiB).`,
          error: false,
        });
      } else if (result.kind === 'cancelled') {
        setState({
          kind: 'idle',
          message: 'Video export cancelled; you are back at the step you were on.',
          error: false,
        });
      } else setState({ kind: 'idle', message: result.message, error: true });
    },
    [store, clock],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, start, cancel };
}
