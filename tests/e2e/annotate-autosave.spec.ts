/**
 * Issue 3, step 8: saved as you go. Each change reaches the article file within about a
 * second, the status says "All changes saved.", leaving the page right after a change loses
 * nothing, a reload shows everything, and a failed save says so.
 */
import { expect, test } from './support/host'
import {
  drawnTexts,
  expectQuotes,
  onDisk,
  openSample,
  scaleAiFile,
  selectText
} from './annotate.helpers'

// Long flows, many writes to disk: room for a busy machine.
test.describe.configure({ timeout: 90_000 })

test('a change is on disk within about a second and the status says it is saved', async ({
  page,
  library
}) => {
  await openSample(page)
  await selectText(page, 'Alexandr Wang', { block: 'paragraph' })
  const started = Date.now()
  await page.keyboard.press('p')
  // About a second: the autosave waits 400 ms after the last change, then writes. The bound
  // leaves room for a loaded test machine; an autosave that waited for anything else (a
  // close, a timer of several seconds) would miss it.
  const file = await onDisk(library, (f) => expect(f.annotations).toHaveLength(1), 2500)
  expect(Date.now() - started).toBeLessThan(2500)
  expectQuotes(file, file.annotations[0], 'Alexandr Wang')
  await expect(page.getByRole('status')).toHaveText('All changes saved.')

  // A reload shows it as it was left.
  await page.reload()
  await openSample(page)
  await expect.poll(() => drawnTexts(page, 'mention')).toEqual(['Alexandr Wang'])
})

test('leaving the page right after a change loses nothing', async ({ page, library }) => {
  await openSample(page)
  await selectText(page, 'Mark Zuckerberg')
  await page.keyboard.press('p')
  // Before the autosave's pause is over: the page hide writes it.
  await page.reload()
  await openSample(page)
  await expect.poll(() => drawnTexts(page, 'mention')).toEqual(['Mark Zuckerberg'])
  const file = await scaleAiFile(library)
  expectQuotes(file, file.annotations[0], 'Mark Zuckerberg')
})

test('a save that fails is reported as an alert', async ({ page, restart }) => {
  await openSample(page)
  await selectText(page, 'Google', { nth: 0 })
  await restart(async () => {
    // The app's host is down: the next change cannot be written.
    await page.keyboard.press('o')
    const alert = page.getByRole('alert').filter({ hasText: 'Could not save the annotations' })
    await expect(alert).toBeVisible()
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible()
  })
  await openSample(page)
})
