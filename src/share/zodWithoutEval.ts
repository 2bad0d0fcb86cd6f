import * as z from 'zod/mini';

/**
 * Zod compiles fast validators with `new Function` when it can, and probes for that by trying.
 * The built app's Content-Security-Policy forbids eval, so the probe alone would be reported as a
 * violation. Validation without the compiled fast path is quick enough for scenarios. main.tsx
 * imports this first, before any schema runs.
 */
z.config({ jitless: true });
