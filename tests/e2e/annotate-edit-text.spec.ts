/**
 * Issue 3, step 9: correcting the text. "Edit text" makes the article editable; annotations
 * follow the edits; one whose whole text is deleted becomes an orphan (kept, listed), which
 * the editor re-attaches to a new selection with T; the corrected blocks are saved; leaving
 * the mode makes the article read-only again. Undo takes text and annotations back together.
 */
import { expect, test } from './support/host'
import {
  drawnTexts,
  expectAllAnchored,
  expectQuotes,
  onDisk,
  openSample,
  readingView,
  selectText,
  toolButton
} from './annotate.helpers'

// Long flows, many writes to disk: room for a busy machine.
test.describe.configure({ timeout: 90_000 })

test('Edit text: annotations follow a correction; a deleted one is an orphan, re-attached', async ({
  page,
  library
}) => {
  await openSample(page)
  await selectText(page, 'Mark Zuckerberg')
  await page.keyboard.press('p')
  await selectText(page, 'Behemoth')
  await page.keyboard.press('r')
  await onDisk(library, (f) => expect(f.annotations).toHaveLength(2))
  const view = readingView(page)
  await expect(view).toHaveAttribute('contenteditable', 'false')

  // F2 turns "Edit text" on: the article is editable, the button pressed.
  await page.keyboard.press('F2')
  await expect(toolButton(page, 'Edit text')).toHaveAttribute('aria-pressed', 'true')
  await expect(view).toHaveAttribute('contenteditable', 'true')
  // Single keys now type: "p" is a letter, not "tag as person".
  await selectText(page, 'PDG', { context: 'le PDG de Meta, Mark' })
  await page.keyboard.type('patron')
  await expect(view).toContainText('le patron de Meta, Mark Zuckerberg')

  // Delete the whole of « Behemoth »: its mention becomes an orphan, never dropped.
  await selectText(page, ' « Behemoth »')
  await page.keyboard.press('Backspace')
  await expect(view).toContainText('la sortie de son modèle, jugé moins performant')
  await expect.poll(() => drawnTexts(page, 'mention')).toEqual(['Mark Zuckerberg'])
  // The panel lists it among the orphans.
  const panel = page.getByRole('complementary', { name: 'Annotations' })
  await panel.getByRole('tab', { name: /Orphans/ }).click()
  await expect(panel.getByText('Behemoth').first()).toBeVisible()
  await view.focus()

  // Escape leaves the mode: read-only again.
  await page.keyboard.press('Escape')
  await expect(view).toHaveAttribute('contenteditable', 'false')
  await expect(toolButton(page, 'Edit text')).toHaveAttribute('aria-pressed', 'false')

  // The corrected blocks are on disk; the mention follows; the orphan keeps its last quote.
  let file = await onDisk(library, (f) =>
    expect(f.blocks.some((b) => b.text.includes('le patron de Meta, Mark Zuckerberg'))).toBe(true)
  )
  expect(file.blocks.some((b) => b.text.includes('Behemoth'))).toBe(false)
  const zuckerberg = file.annotations.find((a) => a.target.exact === 'Mark Zuckerberg')!
  expectQuotes(file, zuckerberg, 'Mark Zuckerberg')
  const orphan = file.annotations.find((a) => a.orphaned)!
  expect(orphan.target.exact).toBe('Behemoth')
  expectAllAnchored(file)

  // Re-attach it (T) to the word that now stands where it was.
  await selectText(page, 'modèle', { context: 'son modèle, jugé' })
  await page.keyboard.press('t')
  const dialog = page.getByRole('dialog', { name: 'Re-attach an orphan' })
  await expect(dialog.getByRole('radio', { name: /Behemoth/ })).toBeChecked()
  await dialog.getByRole('button', { name: 'Re-attach' }).click()
  await expect(dialog).toBeHidden()
  file = await onDisk(library, (f) => expect(f.annotations.every((a) => !a.orphaned)).toBe(true))
  expectQuotes(
    file,
    file.annotations.find((a) => a.id === orphan.id)!,
    'modèle'
  )
  expect(file.annotations.find((a) => a.id === orphan.id)!.updatedAt >= orphan.updatedAt).toBe(true)

  // Undo: the re-attachment, then the deletion with its orphaning, in one step each.
  await page.keyboard.press('Control+z')
  await onDisk(library, (f) =>
    expect(f.annotations.find((a) => a.id === orphan.id)?.orphaned).toBe(true)
  )
  await page.keyboard.press('Control+z')
  file = await onDisk(library, (f) =>
    expect(f.blocks.some((b) => b.text.includes('« Behemoth »'))).toBe(true)
  )
  expectQuotes(
    file,
    file.annotations.find((a) => a.id === orphan.id)!,
    'Behemoth'
  )
  expect(file.annotations.every((a) => !a.orphaned)).toBe(true)
  await expect(view).toContainText('son modèle « Behemoth »')
})

test('the Edit text button toggles the mode, and annotation keys work again after it', async ({
  page,
  library
}) => {
  await openSample(page)
  await toolButton(page, 'Edit text').click()
  await expect(readingView(page)).toHaveAttribute('contenteditable', 'true')
  await toolButton(page, 'Edit text').click()
  await expect(readingView(page)).toHaveAttribute('contenteditable', 'false')
  await selectText(page, 'OpenAI')
  await page.keyboard.press('o')
  await onDisk(library, (f) => expect(f.annotations).toHaveLength(1))
  // No text was saved: nothing was edited.
  const file = await onDisk(library, (f) => expect(f.entities[0]?.name).toBe('OpenAI'))
  expect(file.blocks.some((b) => b.text.includes('OpenAI'))).toBe(true)
})

test('while editing text, the save status stays readable over the banner, scrolled or not', async ({
  page
}) => {
  await openSample(page)
  await toolButton(page, 'Edit text').click()
  const view = readingView(page)
  await expect(view).toHaveAttribute('contenteditable', 'true')
  const status = page.getByRole('status')
  // Nothing of the article (the sticky banner, its band of page colour) is drawn over the
  // status: the topmost element at each end of its text is the status itself. (It lets clicks
  // through, so hit testing sees it only while it takes pointer events.)
  const uncovered = () =>
    status.evaluate((el: HTMLElement) => {
      el.style.pointerEvents = 'auto'
      const box = el.getBoundingClientRect()
      const y = box.top + box.height / 2
      const onTop = [box.left + 2, box.left + box.width / 2, box.right - 2].every((x) => {
        const top = document.elementFromPoint(x, y)
        return top !== null && el.contains(top)
      })
      el.style.pointerEvents = ''
      return onTop
    })
  for (const scrollTop of [0, 400]) {
    await page
      .getByRole('main', { name: 'Article' })
      .evaluate((el, top) => el.scrollTo({ top }), scrollTop)
    await view.locator('p').filter({ visible: true }).nth(2).click()
    await page.keyboard.type('x')
    await expect(status).toHaveText('All changes saved.')
    expect(await uncovered(), `status covered at scrollTop ${scrollTop}`).toBe(true)
  }
})

test('deleting a whole paragraph near the end keeps its annotations as orphans, and saves', async ({
  page,
  library
}) => {
  await openSample(page)
  const last = 'Pour Scale AI, qui était évaluée à environ 14 milliards de dollars'
  await selectText(page, 'Meta', { context: 'de l’investissement de Meta.', nth: 0 })
  await page.keyboard.press('o')
  await selectText(page, '14 milliards de dollars', { context: last })
  await page.keyboard.press('m')
  await onDisk(library, (f) => expect(f.annotations).toHaveLength(2))

  await page.keyboard.press('F2')
  // Select the whole last paragraph and delete it.
  await page.evaluate((start) => {
    const p = [...document.querySelectorAll('[data-block="paragraph"]')].find((el) =>
      el.textContent!.startsWith(start)
    )!
    const range = document.createRange()
    range.selectNodeContents(p)
    document.getSelection()!.removeAllRanges()
    document.getSelection()!.addRange(range)
  }, last)
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Escape')
  await expect(readingView(page)).not.toContainText(last)

  const file = await onDisk(library, (f) => {
    expect(f.blocks.some((b) => b.text.startsWith(last))).toBe(false)
    expect(f.annotations.filter((a) => a.orphaned)).toHaveLength(2)
  })
  expect(file.annotations.map((a) => a.target.exact).sort()).toEqual([
    '14 milliards de dollars',
    'Meta'
  ])
  await expect(page.getByRole('alert')).toHaveCount(0)
})
