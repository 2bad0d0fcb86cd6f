import { expect, test } from './fixtures';

/**
 * No preset, at its first or last step, with presentation on or off, makes the page wider than
 * a 1280×720 or 1024×768 window (issue 10, item 2).
 */
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
];

for (const size of SIZES) {
  test(`every preset fits ${size.width}×${size.height} (first and last step, presentation off and on)`, async ({
    page,
    app,
    stepper,
    stage,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    await app.open();
    const titles = await page.getByLabel('Preset').locator('option').allTextContents();
    expect(titles.length).toBeGreaterThanOrEqual(9);
    const tooWide: string[] = [];
    for (const title of titles) {
      await app.choosePreset(title);
      for (const presenting of [false, true]) {
        if (presenting !== (await stage.presenting().count()) > 0) await page.keyboard.press('p');
        for (const key of ['Home', 'End'] as const) {
          await page.keyboard.press(key);
          await expect(stepper.count()).toHaveText(key === 'Home' ? /^step 0 of/ : /^step (\d+) of \1$/);
          const width = await stage.pageWidth();
          if (width > size.width)
            tooWide.push(
              `${title}, ${key === 'Home' ? 'first' : 'last'} step, presentation ${presenting ? 'on' : 'off'}: ${width} px`,
            );
        }
      }
      if ((await stage.presenting().count()) > 0) await page.keyboard.press('p');
    }
    expect(tooWide).toEqual([]);
  });
}
