import type { Locator, Page } from '@playwright/test';
import { ExplorerPage } from './ExplorerPage';

/** The views of the change itself: map array, memory requests, code path. */
export class ChangePage extends ExplorerPage {
  constructor(page: Page) {
    super(page);
  }

  private changePanel(id: 'maparray' | 'memory' | 'codepath'): Locator {
    return this.page.locator(`[data-panel="${id}"]`);
  }

  /** The accessible list "Map entries of chunk N". */
  mapEntries(chunk: number): Locator {
    return this.changePanel('maparray').getByRole('list', { name: `Map entries of chunk ${chunk}` });
  }

  mapEntryItems(chunk: number): Locator {
    return this.mapEntries(chunk).getByRole('listitem');
  }

  mapStorage(): Locator {
    return this.changePanel('maparray').getByTestId('map-storage');
  }

  mapMoves(): Locator {
    return this.changePanel('maparray').getByTestId('map-moves');
  }

  async showMapOf(chunk: number): Promise<void> {
    await this.changePanel('maparray').getByRole('radio', { name: `chunk ${chunk}`, exact: true }).click();
  }

  memoryRequests(): Locator {
    return this.changePanel('memory').getByTestId('memory-request');
  }

  leakedBytes(): Locator {
    return this.changePanel('memory').getByTestId('leaked-bytes');
  }

  codePathLinks(): Locator {
    return this.changePanel('codepath').getByRole('link');
  }

  followToggle(): Locator {
    return this.panel('chunks').getByTestId('follow-toggle');
  }

  latestArea(chunk: number): Locator {
    return this.chunkRow(chunk).getByTestId('latest-area');
  }

  linkedArea(chunk: number): Locator {
    return this.chunkRow(chunk).getByTestId('linked-area');
  }

  /** The computed transition of the map-array cells (0s when motion is off). */
  async cellTransition(chunk: number): Promise<string> {
    return this.mapEntryItems(chunk)
      .first()
      .locator('rect')
      .evaluate((el) => getComputedStyle(el).transitionDuration);
  }
}
