import type { Locator, Page } from '@playwright/test';
import { ExplorerPage } from './ExplorerPage';

/** Page object for the views of the change itself: map array, memory requests, code path. */
export class ChangePage extends ExplorerPage {
  constructor(page: Page) {
    super(page);
  }

  /** The accessible list "Map entries of chunk N". */
  mapEntries(chunk: number): Locator {
    return this.panel('maparray').getByRole('list', { name: `Map entries of chunk ${chunk}` });
  }

  mapEntryItems(chunk: number): Locator {
    return this.mapEntries(chunk).getByRole('listitem');
  }

  mapStorage(): Locator {
    return this.panel('maparray').getByTestId('map-storage');
  }

  mapMoves(): Locator {
    return this.panel('maparray').getByTestId('map-moves');
  }

  async showMapOf(chunk: number): Promise<void> {
    await this.panel('maparray')
      .getByRole('radio', { name: `chunk ${chunk}`, exact: true })
      .click();
  }

  memoryRequests(): Locator {
    return this.panel('memory').getByTestId('memory-request');
  }

  leakedBytes(): Locator {
    return this.panel('memory').getByTestId('leaked-bytes');
  }

  codePathLinks(): Locator {
    return this.panel('codepath').getByRole('link');
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
