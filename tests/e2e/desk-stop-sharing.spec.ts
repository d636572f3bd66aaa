/**
 * "Stop sharing", with real processes: one desk server and two app hosts. A stops sharing an
 * article B has open: A's line offers "Share to desk" again and the article loses its mark in
 * A's library; A's quote made then stays in A's file only. When A shares it again, B gets the
 * quote, and both files hold the same text, once.
 */
import { expect } from './support/host'
import { bothOnTheHarbourArticle, deskTest, fileTitled, HARBOUR } from './support/desk'
import { drawnTexts, selectText } from './annotate.helpers'

const test = deskTest

test.describe.configure({ timeout: 150_000 })

const { title: TITLE, quote: QUOTE } = HARBOUR

test('A stops sharing: her changes stay hers until she shares again, then B gets them', async ({
  deskBrowser,
  setting
}) => {
  const { a, b } = await bothOnTheHarbourArticle(setting, deskBrowser)

  await a.page.getByRole('button', { name: 'Stop sharing' }).click()
  await expect(a.page.getByRole('button', { name: 'Share to desk' })).toBeVisible()
  const rowA = a.page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('listitem')
    .filter({ hasText: TITLE })
  await expect(rowA.getByText('On the desk')).toHaveCount(0)

  // A quotes the mayor: her file holds it, B's does not.
  await selectText(a.page, QUOTE)
  await a.page.keyboard.press('q')
  const dialog = a.page.getByRole('dialog', { name: 'Quote' })
  await dialog.getByRole('button', { name: 'Save quote' }).click()
  await expect(dialog).toBeHidden()
  await expect.poll(async () => (await fileTitled(a.library, TITLE))?.annotations.length).toBe(1)
  // Long enough for a shared change to have crossed (it takes well under a second).
  await b.page.waitForTimeout(2_000)
  expect((await fileTitled(b.library, TITLE))?.annotations).toEqual([])
  expect(await drawnTexts(b.page, 'quote')).toEqual([])

  // Shared again: the quote reaches B, and the text is there once on both sides.
  await a.page.getByRole('button', { name: 'Share to desk' }).click()
  await expect(a.page.getByLabel('Desk status')).toHaveText('Synced', { timeout: 15_000 })
  await expect.poll(() => drawnTexts(b.page, 'quote'), { timeout: 10_000 }).toEqual([QUOTE])
  const fileA = (await fileTitled(a.library, TITLE))!
  const fileB = (await fileTitled(b.library, TITLE))!
  expect(fileB.blocks).toEqual(fileA.blocks)
  expect(fileA.blocks.map((x) => x.text).join('\n\n')).toBe(HARBOUR.text)
  expect(fileB.annotations).toEqual(fileA.annotations)
})
