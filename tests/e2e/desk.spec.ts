/**
 * The desk with real processes: one desk server (as `npm run desk` runs it) and two app hosts,
 * each with its own library folder, in two browser contexts. A's quote reaches B within two
 * seconds, drawn in B's article without a reload, and both article files on disk hold it.
 */
import { expect } from './support/host'
import { ANA, BEN, deskTest, fileTitled, joinDesk } from './support/desk'
import { drawnTexts, selectText } from './annotate.helpers'
import { pasteArticle } from './support/ui'

const test = deskTest

test.describe.configure({ timeout: 120_000 })

const TITLE = 'Harbour clean-up budget'
const TEXT =
  'Harbour clean-up budget\n\nThe council voted the harbour budget on Monday.\n\n' +
  '“We will finish the clean-up before summer,” said Mayor Ines Duarte.'
const QUOTE = 'We will finish the clean-up before summer'

test('A’s quote appears in B within two seconds, and both files on disk hold it', async ({
  deskBrowser,
  setting
}) => {
  const a = await setting.open(deskBrowser, 'ana')
  const b = await setting.open(deskBrowser, 'ben')
  await joinDesk(a.page, { url: setting.url, name: ANA.name, token: ANA.token })
  await joinDesk(b.page, { url: setting.url, name: BEN.name, token: BEN.token })

  await pasteArticle(a.page, TITLE, TEXT)
  await a.page.getByRole('button', { name: 'Share to desk' }).click()
  await expect(a.page.getByLabel('Desk status')).toHaveText('Synced', { timeout: 15_000 })

  // B's library takes the article from the desk, marked as on the desk.
  const row = b.page.getByRole('navigation', { name: 'Library' }).getByRole('listitem').filter({
    hasText: TITLE
  })
  await expect(row.getByText('On the desk')).toBeVisible({ timeout: 15_000 })
  await row.getByRole('button', { name: TITLE, exact: true }).click()
  await expect(b.page.getByLabel('Desk status')).toHaveText('Synced', { timeout: 15_000 })
  // Each sees who else has the article open.
  await expect(b.page.getByLabel('Ana Ruiz has it open')).toBeVisible({ timeout: 10_000 })
  await expect(a.page.getByLabel('Ben Okafor has it open')).toBeVisible({ timeout: 10_000 })

  await selectText(a.page, QUOTE)
  await a.page.keyboard.press('q')
  const dialog = a.page.getByRole('dialog', { name: 'Quote' })
  await dialog.getByRole('button', { name: 'Save quote' }).click()
  await expect(dialog).toBeHidden()
  await expect.poll(() => drawnTexts(a.page, 'quote')).toEqual([QUOTE])
  // From A's file holding the quote to B drawing it: within two seconds.
  await expect
    .poll(async () => (await fileTitled(a.library, TITLE))?.annotations.length, { intervals: [20] })
    .toBe(1)
  const saved = Date.now()
  await expect
    .poll(() => drawnTexts(b.page, 'quote'), { timeout: 2_000, intervals: [20] })
    .toEqual([QUOTE])
  const shownAfter = Date.now() - saved
  expect(shownAfter).toBeLessThan(2_000)

  const fileA = await fileTitled(a.library, TITLE)
  const fileB = await fileTitled(b.library, TITLE)
  expect(fileB?.id).toBe(fileA?.id)
  expect(fileB?.annotations).toEqual(fileA?.annotations)
  expect(fileB?.annotations[0].target.exact).toBe(QUOTE)
})
