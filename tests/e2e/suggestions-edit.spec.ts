/**
 * The assist reads the article again after a text edit, off the key presses: right after a
 * word is typed in Edit text, the Suggestions section says it is reading the edited text and
 * Accept waits (its offsets describe the text before the edit); once the new reading has
 * come back, the suggestions are there again, with offsets over the new text, and accepting
 * one tags the right words.
 */
import { expect, test } from './support/host'
import { QUOTE, onDisk, openSample, readingView, selectText, toolButton } from './annotate.helpers'

test.describe.configure({ timeout: 90_000 })

test('after a text edit, suggestions are read again before anything is accepted', async ({
  page,
  library
}) => {
  await openSample(page)
  const panel = page.getByRole('region', { name: 'Suggestions' })
  const quotes = panel.getByRole('region', { name: 'Quotes' })
  const row = quotes.getByRole('listitem').filter({ hasText: QUOTE })
  await expect(row).toBeVisible()

  // Type at the start of the article's first paragraph: every offset after it moves.
  await toolButton(page, 'Edit text').click()
  await expect(readingView(page)).toHaveAttribute('contenteditable', 'true')
  await selectText(page, 'Scale', { block: 'paragraph' })
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.type('Hier, ')
  const waiting = panel.getByText('Reading the edited text again; Accept waits for it.')
  await expect(waiting).toBeVisible()
  await expect(row.getByRole('button', { name: 'Accept' })).toBeDisabled()

  // The new reading arrives: Accept works again and tags the quote's own words.
  await expect(waiting).toBeHidden()
  await toolButton(page, 'Edit text').click()
  await row.getByRole('button', { name: 'Accept' }).click()
  await expect(row).toHaveCount(0)
  const file = await onDisk(library, (f) => expect(f.annotations).toHaveLength(1), 5000)
  expect(file.annotations[0].target.exact).toBe(QUOTE)
  expect(file.blocks.some((b) => b.text.startsWith('Hier, '))).toBe(true)
})
