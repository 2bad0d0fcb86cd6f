import type { Page } from '@playwright/test';

export const AUTOSAVE_KEY = 'percpu-explorer/autosave';
export const KEPT_KEY = 'percpu-explorer/autosave-kept';

/** The page's local storage and raw file bytes, for the bad-input specs. */
export class StorageAndFiles {
  constructor(readonly page: Page) {}

  /** Puts `value` under `key` before the app's first load in this tab (later reloads keep what the app wrote). */
  async seedBeforeFirstLoad(key: string, value: string): Promise<void> {
    await this.page.addInitScript(
      ([k, v]) => {
        if (sessionStorage.getItem('seeded:' + k)) return;
        localStorage.setItem(k, v);
        sessionStorage.setItem('seeded:' + k, '1');
      },
      [key, value] as const,
    );
  }

  async item(key: string): Promise<string | null> {
    return this.page.evaluate((k) => localStorage.getItem(k), key);
  }

  /** Imports a file of exactly these bytes through the file picker. */
  async importBytes(name: string, bytes: Buffer): Promise<void> {
    await this.page.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/json', buffer: bytes });
  }
}
