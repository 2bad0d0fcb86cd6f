import type { Locator, Page } from '@playwright/test';

/** The header's Export panel: stills and the WebM form. */
export class ExportRegion {
  constructor(readonly page: Page) {}

  menuToggle(): Locator {
    return this.page.getByRole('button', { name: 'Export', exact: true });
  }

  panel(): Locator {
    return this.page.getByRole('group', { name: 'Export', exact: true });
  }

  async openMenu(): Promise<void> {
    const toggle = this.menuToggle();
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }

  /** Clicks an Export panel button that downloads; returns the file name and its bytes. */
  async file(label: string, timeout = 30_000): Promise<{ name: string; bytes: Buffer }> {
    await this.openMenu();
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout }),
      this.panel().getByRole('button', { name: label, exact: true }).click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
  }

  animationField(label: 'From step' | 'To step' | 'Frames per step'): Locator {
    return this.panel().getByLabel(label, { exact: true });
  }
}
