import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';

async function snap(page: Page, testInfo: TestInfo, name: string) {
  await testInfo.attach(name, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
}

/*
 * The default preset (SLUB bootstrap, allocator.md Example 1's machine: S 82880, R 8192) starts with
 * two marks, then 24-byte, 8-aligned allocations: the first goes to the dynamic first chunk (1) at
 * S + R = 91072, the second right after it at 91096.
 */
test('quiz flow: skip the marks, answer, reveal, score; a wrong answer gets the explanation', async ({
  page,
  app,
  quiz,
}, testInfo) => {
  await app.open();
  await app.openMode('Quiz');

  await expect(quiz.request()).toContainText('Op #2: alloc 24 bytes, align 8');
  await expect(quiz.skipped()).toContainText('op #0');
  await expect(quiz.score()).toHaveText('Score: 0 of 0 points');
  await expect(quiz.chunk(1)).toContainText('91072');

  await quiz.reveal();
  await expect(quiz.formError()).toHaveText('Choose whether the allocation succeeds or fails.');

  await quiz.choose('It succeeds');
  await quiz.choose('Chunk 1 (first chunk)');
  await quiz.choose('91072', true);
  await snap(page, testInfo, 'quiz-question');
  await quiz.reveal();

  await expect(quiz.answer()).toHaveText('It succeeds in chunk 1 at offset 91072.');
  await expect(quiz.points()).toContainText('You get 2 of 2 points.');
  await expect(quiz.score()).toContainText('Score: 2 of 2 points');
  await snap(page, testInfo, 'quiz-right');

  await quiz.nextQuestion();
  await expect(quiz.request()).toContainText('Op #3: alloc 24 bytes, align 8');
  await quiz.choose('It fails');
  await quiz.choose(/No chunk can serve it/);
  await quiz.reveal();

  await expect(quiz.answer()).toHaveText('It succeeds in chunk 1 at offset 91096.');
  await expect(quiz.points()).toContainText('You get 0 of 2 points.');
  await expect(quiz.revealed()).toContainText('You predicted a failure');
  const explanation = quiz.explanation().getByRole('listitem');
  await expect(explanation.first()).toContainText('op #3');
  expect(await explanation.count()).toBeGreaterThan(1);
  await expect(quiz.score()).toContainText('Score: 2 of 4 points');
  await snap(page, testInfo, 'quiz-wrong-explained');
});

test('the offset must be a whole number; the message says so', async ({ app, quiz }) => {
  await app.open();
  await app.openMode('Quiz');
  await quiz.choose('It succeeds');
  await quiz.choose('A new chunk');
  await quiz.choice('Another offset in bytes').fill('0x10');
  await quiz.reveal();
  await expect(quiz.formError()).toHaveText('Offset: expected a whole number of bytes, got “0x10”.');
  await expect(quiz.score()).toHaveText('Score: 0 of 0 points');
});

/*
 * allocator.md Example 4 as the "Early-slot exhaustion" preset: op #0 is a mark, ops #1-#140 are
 * 8-byte allocations. Before op #126 (the 126th) chunk 1's map has 127 of its 128 early entries in
 * use; growing it needs kmalloc before slab, so the request fails with "failed to extend area map".
 */
test('Example 4: the 126th early allocation fails, and the right reason scores 2', async ({
  page,
  app,
  stepper,
  quiz,
}, testInfo) => {
  await app.open();
  await app.choosePreset('Early-slot exhaustion: 140 tiny allocations before slab');
  // The quiz hides the stepper (its failure marks would give answers away): pick the step first.
  await stepper.scrubber().fill('126');
  await app.openMode('Quiz');

  await expect(quiz.request()).toContainText('Op #126: alloc 8 bytes, align 8');
  await expect(quiz.chunk(1)).toContainText('127 / 128');
  await quiz.choose('It fails');
  await quiz.choose(/its area map is full and cannot grow \(kmalloc/);
  await quiz.reveal();

  await expect(quiz.answer()).toContainText('It fails: “failed to extend area map”');
  await expect(quiz.points()).toContainText('You get 2 of 2 points.');
  await expect(quiz.explanation()).toContainText('127 of 128 entries');
  await snap(page, testInfo, 'quiz-example4-failure');
});

test('a ?quiz=1&step=k link starts the quiz at that step', async ({ app, quiz }) => {
  await app.open('', '?quiz=1&step=5');
  const quizTab = app.modeTab('Quiz');
  // The share helpers may switch to quiz mode from the URL themselves; if not, the tab does.
  if ((await quizTab.getAttribute('aria-selected')) !== 'true') await quizTab.click();
  await expect(quiz.request()).toContainText('Op #5: alloc 24 bytes, align 8');
});
