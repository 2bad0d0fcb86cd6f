import { lazy, Suspense } from 'react';

/**
 * View 2, loaded on demand: its cards, cells, bars and group tables are not needed for the
 * first picture, and keeping them out of the initial bundle keeps it under 150 KB gzip.
 */
const UnitLayoutView = lazy(() => import('./UnitLayoutView').then((m) => ({ default: m.UnitLayoutView })));

export function UnitLayout() {
  return (
    <Suspense fallback={<p className="placeholder">Loading the unit layout…</p>}>
      <UnitLayoutView />
    </Suspense>
  );
}
