import type { SweepWorker } from './sweepRunner';

/** A real module worker running sweep.worker.ts (Vite bundles it from this URL). */
export function browserWorker(): SweepWorker {
  const worker = new Worker(new URL('./sweep.worker.ts', import.meta.url), { type: 'module' });
  return {
    start(request, listener) {
      worker.onmessage = (event) => listener.reply(event.data);
      worker.onmessageerror = () => listener.fail('a result could not be read');
      worker.onerror = (event) => {
        event.preventDefault();
        listener.fail(event.message || 'the worker script could not be loaded or crashed');
      };
      worker.postMessage(request);
    },
    terminate: () => worker.terminate(),
  };
}
