import type { Locator, Page } from '@playwright/test';

/** The header's Share group (copy link, Files menu), file drops, and the page shown for a link that cannot open. */
export class ShareRegion {
  constructor(readonly page: Page) {}

  group(): Locator {
    return this.page.getByRole('group', { name: 'Share' });
  }

  /** Presses Copy link and returns the status popover ("Link copied — N characters"). */
  async copyLink(): Promise<Locator> {
    await this.group().getByRole('button', { name: 'Copy link', exact: true }).click();
    return this.page.getByTestId('copy-status');
  }

  /** The "N characters" beside Copy link. */
  linkLength(): Locator {
    return this.page.getByTestId('link-length');
  }

  async openFilesMenu(): Promise<void> {
    const menu = this.group().locator('details.share-files');
    if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  }

  /** Imports a scenario file through the file picker. */
  async importFile(name: string, text: string): Promise<void> {
    await this.page.getByTestId('import-file').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text, 'utf8'),
    });
  }

  /** Drags a file over the page (the overlay shows) and drops it. */
  async dropFile(name: string, text: string, onOverlay?: () => Promise<void>): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ([fileName, content]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([content], fileName, { type: 'application/json' }));
        return transfer;
      },
      [name, text] as const,
    );
    await this.page.dispatchEvent('main', 'dragenter', { dataTransfer });
    await this.page.dispatchEvent('main', 'dragover', { dataTransfer });
    if (onOverlay) await onOverlay();
    await this.page.dispatchEvent('main', 'drop', { dataTransfer });
  }

  /** Clicks a Files menu entry that downloads, and returns the downloaded text and file name. */
  async download(entry: 'Export scenario' | 'Export trace'): Promise<{ name: string; text: string }> {
    await this.openFilesMenu();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.group().getByRole('button', { name: entry, exact: true }).click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }

  /** The page shown instead of the app for a link that cannot be opened. */
  linkErrorPage(): Locator {
    return this.page.locator('[data-link-error]');
  }

  recoveryButton(name: 'Open the default scenario' | 'Open my last autosaved scenario'): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }
}
