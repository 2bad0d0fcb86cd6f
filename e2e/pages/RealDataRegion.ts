import type { Locator, Page } from '@playwright/test';

/** The Real data mode: the dmesg and ftrace import sections. */
export class RealDataRegion {
  constructor(readonly page: Page) {}

  dmesgSection(): Locator {
    return this.page.getByRole('region', { name: 'Boot log (dmesg)' });
  }

  ftraceSection(): Locator {
    return this.page.getByRole('region', { name: 'Trace events (ftrace)' });
  }
}
