import { expect, test } from './fixtures';

const EARLY_SLOTS = 'Early-slot exhaustion: 140 tiny allocations before slab';
// allocator.md Example 4: ops #126–#140 fail; op #142, the first after slab, grows the map.
const INTERESTING = [...Array.from({ length: 15 }, (_, i) => 126 + i), 142];

test.describe('quiz: interesting steps', () => {
  test('skips to the next interesting step and says why it is interesting', async ({ app, quiz }) => {
    await app.open();
    await app.choosePreset(EARLY_SLOTS);
    await app.openMode('Quiz');
    await expect(quiz.request()).toContainText('Op #1:');
    await quiz.interesting('Skip to the next interesting step').click();
    await expect(quiz.request()).toContainText('Op #126: alloc 8 bytes, align 8');
    await expect(quiz.status()).toHaveText('Skipped to op #126: fails.');
    await quiz.interesting('Skip to the next interesting step').click();
    await expect(quiz.request()).toContainText('Op #127:');
  });

  test('random mode picks among the interesting steps only', async ({ app, quiz }) => {
    await app.open();
    await app.choosePreset(EARLY_SLOTS);
    await app.openMode('Quiz');
    for (let i = 0; i < 4; i++) {
      await quiz.interesting('Random interesting step').click();
      await expect(quiz.status()).toHaveText(/^Picked at random: op #\d+: (fails|map grows)\.$/);
      const picked = Number(/op #(\d+)/.exec((await quiz.status().textContent()) ?? '')?.[1]);
      expect(INTERESTING).toContain(picked);
      await expect(quiz.request()).toContainText(`Op #${picked}:`);
    }
  });

  test('a quiz link can start at a lecture stop', async ({ page, app, quiz }) => {
    await app.open();
    const before = await app.addressHash();
    await app.choosePreset(EARLY_SLOTS);
    await expect.poll(() => app.addressHash()).not.toBe(before);
    const hash = await app.addressHash();
    // Stop 3 of "The 2.6.36 change" is step 127 (after the first failure): predict op #127.
    await page.goto(`/?quiz=1&lecture=3${hash}`);
    await expect(page.getByRole('tab', { name: 'Quiz', exact: true })).toHaveAttribute('aria-selected', 'true');
    await expect(quiz.request()).toContainText('Op #127: alloc 8 bytes, align 8');
  });
});
