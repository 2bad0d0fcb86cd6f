import type { Locator, Page } from '@playwright/test';

/** The chunk maps panel: one row per chunk with its area map, map gauge and the follow-the-action view. */
export class ChunkMapsRegion {
  constructor(readonly page: Page) {}

  panel(): Locator {
    return this.page.locator('[data-panel="chunks"]');
  }

  rows(): Locator {
    return this.panel().getByTestId('chunk-row');
  }

  row(id: number): Locator {
    return this.panel().locator(`[data-testid="chunk-row"][data-chunk-id="${id}"]`);
  }

  /** The focusable area-map SVG of chunk `id`. */
  bar(id: number): Locator {
    return this.row(id).locator('svg.cm-bar');
  }

  /** Hovers the area map of chunk `id` at `fraction` (0..1) of its width. */
  async hoverAt(id: number, fraction: number): Promise<void> {
    const bar = this.bar(id);
    const box = await bar.boundingBox();
    if (!box) throw new Error(`chunk ${id} has no area map on screen`);
    await bar.hover({ position: { x: Math.max(1, Math.min(box.width - 1, box.width * fraction)), y: 10 } });
  }

  tooltip(): Locator {
    return this.panel().getByTestId('area-tooltip');
  }

  gauge(id: number): Locator {
    return this.row(id).getByRole('meter');
  }

  followToggle(): Locator {
    return this.panel().getByTestId('follow-toggle');
  }

  latestArea(chunk: number): Locator {
    return this.row(chunk).getByTestId('latest-area');
  }

  linkedArea(chunk: number): Locator {
    return this.row(chunk).getByTestId('linked-area');
  }
}
