/**
 * Issue 9: while keys type in Edit text, the paragraph typed in is the browser's editing host,
 * not the whole article (typingBlock.ts says why: the browser's work after each key grows with
 * the host). What an editor does between keys must still work as on one editable article: a
 * selection made with the keys or the mouse crosses paragraphs, Enter and typing go on in the
 * new paragraph, Undo takes it all back, and leaving Edit text gives the article the focus.
 */
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './support/host'
import { openSample, readingView, selectText } from './annotate.helpers'
import { blocks } from './support/ui'

/** The text of the block element that has the focus, or null when the focus is elsewhere. */
function focusedBlockText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const active = document.activeElement
    return active instanceof HTMLElement && active.dataset.block ? active.textContent : null
  })
}

/** The last words of a paragraph of the sample (the one about Mark Zuckerberg). */
const PARAGRAPH_END = 'ceux d’OpenAI ou de Google.'

/**
 * Opens the sample and puts the caret at the end of that paragraph, in Edit text; the
 * article's paragraphs, and how many there are.
 */
async function editAtParagraphEnd(page: Page): Promise<{ paragraphs: Locator; before: number }> {
  await openSample(page)
  const paragraphs = blocks(page, 'paragraph')
  await selectText(page, PARAGRAPH_END)
  await page.keyboard.press('F2')
  await expect(readingView(page)).toHaveAttribute('contenteditable', 'true')
  await page.keyboard.press('ArrowRight')
  return { paragraphs, before: await paragraphs.count() }
}

/** Types `text`; once its first key is painted, the paragraph typed in holds the focus. */
async function typeInParagraph(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text)
  await expect.poll(() => focusedBlockText(page)).toMatch(new RegExp(`${text}$`))
}

test('keys type in their paragraph alone; a selection made after them still crosses paragraphs', async ({
  page
}) => {
  const { paragraphs, before } = await editAtParagraphEnd(page)
  await typeInParagraph(page, 'abc')
  await typeInParagraph(page, 'de')
  await expect.poll(() => focusedBlockText(page)).toMatch(/abcde$/)

  // Shift+arrows from the end of the paragraph take the paragraph break and the next
  // paragraph's first letter; a key typed over them joins the two paragraphs.
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.type('Z')
  await expect(paragraphs).toHaveCount(before - 1)
  const joined = paragraphs.filter({ hasText: 'abcdeZ' })
  await expect(joined).toHaveCount(1)
  await expect(joined).toContainText('le PDG de Meta, Mark')

  // Undo takes the join and the typing back, as on one editable article.
  for (let undo = 0; undo < 4 && (await paragraphs.count()) !== before; undo++)
    await page.keyboard.press('Control+z')
  await expect(paragraphs).toHaveCount(before)
})

test('Enter and the keys after it type in the new paragraph; a drag crosses paragraphs; F2 out of Edit text leaves the focus on the article', async ({
  page
}) => {
  const { paragraphs, before } = await editAtParagraphEnd(page)
  await typeInParagraph(page, 'xy')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Nouveau paragraphe')
  await expect(paragraphs).toHaveCount(before + 1)
  await expect.poll(() => focusedBlockText(page)).toBe('Nouveau paragraphe')

  // A drag of the mouse from the new paragraph into the one after it selects across both.
  const start = await paragraphs.filter({ hasText: 'Nouveau paragraphe' }).boundingBox()
  const next = paragraphs
    .filter({ hasText: 'Nouveau paragraphe' })
    .locator('xpath=following-sibling::*[1]')
  const end = await next.boundingBox()
  if (!start || !end) throw new Error('the paragraphs are not shown')
  await page.mouse.move(start.x + 5, start.y + start.height / 2)
  await page.mouse.down()
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 5 })
  await page.mouse.up()
  const selected = await page.evaluate(() => document.getSelection()?.toString() ?? '')
  expect(selected).toContain('Nouveau paragraphe')
  expect(selected).toContain((await next.textContent())!.slice(0, 10))

  // Leaving Edit text from a paragraph that was the host: the article has the focus again.
  await page.keyboard.press('ArrowRight')
  await page.keyboard.type('q')
  await expect.poll(() => focusedBlockText(page)).not.toBeNull()
  await page.keyboard.press('F2')
  await expect(readingView(page)).toHaveAttribute('contenteditable', 'false')
  await expect(readingView(page)).toBeFocused()
  await expect(readingView(page)).not.toHaveClass(/types-in-block/)
})
