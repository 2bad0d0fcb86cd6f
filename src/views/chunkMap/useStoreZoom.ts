import { useEffect } from 'react';
import { useExplorer } from '../storeContext';
import type { OffsetTransform } from './offsetTransform';
import { visibleWindow } from './zoomWindow';

/**
 * The chunk map's zoom and the store: a zoom request (a lecture stop's focus) frames its
 * offsets when it arrives, when the map is (re)measured and once the view has reached the
 * request's step; the window on screen is published for "stop here" to capture.
 * Returns whether a request holds the window (follow-the-action then leaves it alone).
 */
export function useStoreZoom(
  zoomTo: (start: number, end: number, share?: number) => void,
  transform: OffsetTransform,
  width: number,
  unitSize: number,
): boolean {
  const request = useExplorer((s) => s.zoomRequest);
  const arrived = useExplorer((s) => s.zoomRequest !== null && s.step === s.zoomRequest.step);
  const setZoomWindow = useExplorer((s) => s.setZoomWindow);

  useEffect(() => {
    if (request && width > 0 && unitSize > 0) zoomTo(request.from, request.to, 1);
  }, [request, arrived, zoomTo, width, unitSize]);

  useEffect(() => {
    setZoomWindow(visibleWindow(transform.k, transform.x, width, unitSize));
  }, [transform, width, unitSize, setZoomWindow]);
  useEffect(() => () => setZoomWindow(null), [setZoomWindow]);

  return request !== null;
}
