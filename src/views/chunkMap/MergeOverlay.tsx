import type { PixelView } from './aggregate';
import { BAR_HEIGHT } from './ChunkAreaMap';
import type { MergeMotion } from './stepMotion';
import './motion.css';

const clamp = (x: number, width: number) => Math.max(-2, Math.min(width + 2, x));

/**
 * Drawn over a chunk's area map when its step merged a freed area with free neighbours: the
 * seams where they met close up and the hole they became is outlined, over ~250 ms. Only the
 * transition gate (.cm[data-motion='on'], no reduced motion) makes it visible; the new state
 * underneath is already final.
 */
export function MergeOverlay({ merge, view, width }: { merge: MergeMotion; view: PixelView; width: number }) {
  const x = (offset: number) => clamp(offset * view.pxPerByte + view.originPx, width);
  const x0 = x(merge.hole[0]);
  const x1 = Math.max(x0 + 2, x(merge.hole[1]));
  return (
    <svg className="cm-merge" width={width} height={BAR_HEIGHT} aria-hidden="true" data-testid="merge-motion">
      <rect className="cm-merge-hole" x={x0} y={1} width={x1 - x0} height={BAR_HEIGHT - 2} />
      {merge.seams.map((offset) => (
        <line key={offset} className="cm-merge-seam" x1={x(offset)} x2={x(offset)} y1={0} y2={BAR_HEIGHT} />
      ))}
    </svg>
  );
}
