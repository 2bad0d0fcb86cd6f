import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { PixelView } from './aggregate';
import { ChunkAreaMap } from './ChunkAreaMap';
import { syntheticChunk } from './syntheticChunk';

export interface RenderTiming {
  areas: number;
  width: number;
  zoom: number;
  /** Milliseconds per run: React commit plus the style and layout it forces. */
  runs: number[];
  medianMs: number;
  maxMs: number;
  /** Rects drawn in the last run (subpaths of the batched area paths). */
  rects: number;
  /** DOM nodes of the last run's SVG. */
  nodes: number;
}

/**
 * Times drawing one chunk of `areas` map entries in this browser: each run mounts a fresh
 * ChunkAreaMap for a fresh chunk object (what a new step costs) into an attached container,
 * synchronously, then forces layout. Call it from a page served by Vite:
 *   const m = await import('/src/views/chunkMap/renderBenchmark.tsx');
 *   m.measureChunkAreaMapRender(5000)
 */
export function measureChunkAreaMapRender(areas = 5000, width = 1000, repeat = 7, zoom = 1): RenderTiming {
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  document.body.appendChild(host);
  const root = createRoot(host);
  const runs: number[] = [];
  const ordinalOf = (op: number) => op;
  try {
    for (let r = 0; r < repeat; r++) {
      const { chunk, layout } = syntheticChunk(areas);
      const k = (width / layout.unitSize) * zoom;
      const view: PixelView = { pxPerByte: k, originPx: -(zoom - 1) * width * 0.5, left: 0, right: width };
      const t0 = performance.now();
      flushSync(() => {
        root.render(
          <ChunkAreaMap key={r} chunk={chunk} layout={layout} width={width} view={view} ordinalOf={ordinalOf} />,
        );
      });
      void host.getBoundingClientRect();
      runs.push(performance.now() - t0);
    }
    const sorted = [...runs].sort((a, b) => a - b);
    return {
      areas,
      width,
      zoom,
      runs,
      medianMs: sorted[Math.floor(sorted.length / 2)]!,
      maxMs: sorted[sorted.length - 1]!,
      rects: [...host.querySelectorAll('[data-testid="area-paths"] path')].reduce(
        (sum, p) => sum + (p.getAttribute('d')?.split('M').length ?? 1) - 1,
        0,
      ),
      nodes: host.querySelectorAll('*').length,
    };
  } finally {
    root.unmount();
    host.remove();
  }
}
