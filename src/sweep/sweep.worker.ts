/// <reference lib="webworker" />
import { sweepRow } from '../analysis';
import type { SweepReply, SweepRequest } from './sweepProtocol';

/** Computes the rows it is given, posting each as soon as it is done so the page can show progress. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: SweepReply) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<SweepRequest>) => {
  const { ops, baseConfig, slots, sizes, rows } = event.data;
  try {
    for (const row of rows) reply({ type: 'row', row, cells: sweepRow(ops, baseConfig, slots[row]!, sizes) });
    reply({ type: 'done' });
  } catch (err) {
    reply({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
