import type { Locator, Page } from '@playwright/test';

/** The page around the regions: opening a link, the header's mode tabs and preset picker, panels, notices. */
export class AppShell {
  constructor(readonly page: Page) {}

  async open(hash = '', search = ''): Promise<void> {
    await this.page.goto(`/${search}${hash}`);
    await this.page.getByRole('heading', { name: 'Percpu Explorer' }).waitFor();
  }

  /** The embedded player (?embed=1) has no header to wait for. */
  async openEmbedded(): Promise<void> {
    await this.page.goto('/?embed=1');
  }

  body(): Locator {
    return this.page.locator('body');
  }

  header(): Locator {
    return this.page.locator('header.app-header');
  }

  /** The root element's font size in px: presentation mode scales the whole page from it. */
  rootFontPx(): Promise<number> {
    return this.page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  }

  /** The app's root element; its class names the mode (presentation, embed). */
  root(): Locator {
    return this.page.locator('.app');
  }

  panel(id: string): Locator {
    return this.page.locator(`[data-panel="${id}"]`);
  }

  modeTabs(): Locator {
    return this.page.getByRole('tablist', { name: 'Mode' });
  }

  modeTab(label: string): Locator {
    return this.page.getByRole('tab', { name: label, exact: true });
  }

  async openMode(label: string): Promise<void> {
    await this.modeTab(label).click();
  }

  presetPicker(): Locator {
    return this.page.getByLabel('Preset');
  }

  async choosePreset(title: string): Promise<void> {
    await this.presetPicker().selectOption({ label: title });
  }

  notice(id: string): Locator {
    return this.page.locator(`[data-notice="${id}"]`);
  }

  scenarioTitle(): Locator {
    return this.page.locator('.scenario-title');
  }

  /** The hash the address bar shows, once the app has written one (it waits ~200 ms after a change). */
  async addressHash(): Promise<string> {
    return this.page.evaluate(() => window.location.hash);
  }
}
