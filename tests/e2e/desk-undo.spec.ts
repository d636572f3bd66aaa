/**
 * Undo on a shared article takes back only your own changes, with real processes: one desk
 * server and two app hosts. A quotes the mayor, B then tags the council; A presses Ctrl+Z:
 * A's quote goes and B's mention stays, in both apps and in both files on disk. Redo brings
 * A's quote back on the same words. An article that is not shared keeps the editor's own
 * history (checked by the annotate-undo spec).
 */
import { expect } from './support/host'
import { bothOnTheHarbourArticle, deskTest, fileTitled, HARBOUR } from './support/desk'
import { drawnTexts, selectText } from './annotate.helpers'

const test = deskTest

test.describe.configure({ timeout: 150_000 })

const { title: TITLE, quote: QUOTE } = HARBOUR

async function kindsOnDisk(library: string): Promise<string[]> {
  const file = await fileTitled(library, TITLE)
  return (file?.annotations ?? []).map((a) => `${(a as { kind?: string }).kind}:${a.target.exact}`)
}

test('A’s undo takes back A’s quote and leaves B’s mention, on both sides and on disk', async ({
  deskBrowser,
  setting
}) => {
  const { a, b } = await bothOnTheHarbourArticle(setting, deskBrowser)

  // A quotes the mayor.
  await selectText(a.page, QUOTE)
  await a.page.keyboard.press('q')
  const dialog = a.page.getByRole('dialog', { name: 'Quote' })
  await dialog.getByRole('button', { name: 'Save quote' }).click()
  await expect(dialog).toBeHidden()
  await expect.poll(() => drawnTexts(b.page, 'quote'), { timeout: 10_000 }).toEqual([QUOTE])

  // B then tags the council, which reaches A.
  await selectText(b.page, 'council')
  await b.page.keyboard.press('o')
  await expect.poll(() => drawnTexts(a.page, 'mention'), { timeout: 10_000 }).toEqual(['council'])

  // A undoes: her quote goes, B's mention stays.
  const undo = a.page.getByRole('button', { name: /^Undo/ })
  await expect(undo).toBeEnabled()
  await a.page.keyboard.press('Control+z')
  await expect.poll(() => drawnTexts(a.page, 'quote'), { timeout: 10_000 }).toEqual([])
  await expect(a.page.getByText('Undone')).toBeVisible()
  expect(await drawnTexts(a.page, 'mention')).toEqual(['council'])
  await expect.poll(() => drawnTexts(b.page, 'quote'), { timeout: 10_000 }).toEqual([])
  expect(await drawnTexts(b.page, 'mention')).toEqual(['council'])
  await expect.poll(() => kindsOnDisk(a.library), { timeout: 5_000 }).toEqual(['mention:council'])
  await expect.poll(() => kindsOnDisk(b.library), { timeout: 5_000 }).toEqual(['mention:council'])

  // Nothing more of A's to undo: a second Ctrl+Z leaves B's mention alone.
  await expect(undo).toBeDisabled({ timeout: 5_000 })
  await a.page.keyboard.press('Control+z')
  await expect(a.page.getByText('Nothing to undo')).toBeVisible()
  expect(await drawnTexts(a.page, 'mention')).toEqual(['council'])

  // Redo brings A's quote back on the same words, on both sides.
  await a.page.keyboard.press('Control+Shift+z')
  await expect.poll(() => drawnTexts(a.page, 'quote'), { timeout: 10_000 }).toEqual([QUOTE])
  await expect.poll(() => drawnTexts(b.page, 'quote'), { timeout: 10_000 }).toEqual([QUOTE])
  const expected = [`quote:${QUOTE}`, 'mention:council'].sort()
  await expect
    .poll(async () => (await kindsOnDisk(b.library)).sort(), { timeout: 5_000 })
    .toEqual(expected)
  expect((await kindsOnDisk(a.library)).sort()).toEqual(expected)
})
