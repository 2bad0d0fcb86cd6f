import type { Locator, Page } from '@playwright/test';

/** The views of the change itself: map array, memory requests, code path. */
export class ChangePage {
  constructor(readonly page: Page) {}

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
    await this.changePanel('maparray')
      .getByRole('radio', { name: `chunk ${chunk}`, exact: true })
      .click();
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

  /** The computed transition of the map-array cells (0s when motion is off). */
  async cellTransition(chunk: number): Promise<string> {
    return this.mapEntryItems(chunk)
      .first()
      .locator('rect')
      .evaluate((el) => getComputedStyle(el).transitionDuration);
  }
}
