/**
 * Issue 9: a save after typing in "Edit text" sends what changed (the edited paragraph and
 * the annotations by it), not the whole article; when main no longer holds the version the
 * changes were made to (the article was opened again in another tab), the whole article is
 * saved instead and nothing is lost. Watched on the browser host's HTTP requests.
 */
import type { Request } from '@playwright/test'
import { expect, test } from './support/host'
import { expectAllAnchored, expectQuotes, onDisk, openSample, selectText } from './annotate.helpers'

test.describe.configure({ timeout: 90_000 })

/** The saves a page sends: which row, and how many characters of request. */
function watchSaves(requests: Request[]) {
  return () =>
    requests
      .filter((r) => /\/api\/saveArticle/.test(r.url()))
      .map((r) => ({
        row: new URL(r.url()).pathname.split('/').pop(),
        chars: r.postData()?.length ?? 0
      }))
}

test('typing saves the edited paragraph only, and the whole when main lost the base', async ({
  page,
  library
}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'watches the browser host’s HTTP requests')
  const requests: Request[] = []
  page.on('request', (r) => requests.push(r))
  const saves = watchSaves(requests)
  await openSample(page)
  await selectText(page, 'Mark Zuckerberg')
  await page.keyboard.press('p')
  let file = await onDisk(library, (f) => expect(f.annotations).toHaveLength(1))
  const whole = JSON.stringify(file).length

  await page.keyboard.press('F2')
  await selectText(page, 'PDG', { context: 'le PDG de Meta, Mark' })
  await page.keyboard.type('patron')
  file = await onDisk(
    library,
    (f) => expect(f.blocks.some((b) => b.text.includes('le patron de Meta'))).toBe(true),
    10_000
  )
  expectQuotes(file, file.annotations[0], 'Mark Zuckerberg')
  expectAllAnchored(file)
  const typed = saves().at(-1)!
  expect(typed.row).toBe('saveArticleChanges')
  // One paragraph of six, and the mention beside it.
  expect(typed.chars).toBeLessThan(whole / 2)

  // Another tab opens the same article: main now holds that opening, not this tab's save.
  const other = await page.context().newPage()
  await other.goto(page.url())
  await openSample(other)
  await other.close()
  const before = saves().length
  await selectText(page, 'patron', { context: 'le patron de Meta' })
  await page.keyboard.type('chef')
  file = await onDisk(
    library,
    (f) => expect(f.blocks.some((b) => b.text.includes('le chef de Meta'))).toBe(true),
    10_000
  )
  expectQuotes(file, file.annotations[0], 'Mark Zuckerberg')
  expectAllAnchored(file)
  // Refused as made to a version main no longer holds, then saved whole.
  expect(
    saves()
      .slice(before)
      .map((s) => s.row)
  ).toEqual(['saveArticleChanges', 'saveArticle'])
  await expect(page.getByRole('status')).toHaveText('All changes saved.')
})
