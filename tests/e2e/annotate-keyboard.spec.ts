/**
 * Issue 3, step 10: the keyboard alone is a complete way to work. The article is reached
 * with Tab, words are selected with the arrow keys, tagged with their key; the help sheet
 * (?) lists every shortcut; every toolbar control has a name, its key and a tooltip naming
 * it; focus is visible; dialogs keep the focus inside and give it back; Escape closes them.
 */
import { expect, test, type Page } from './support/host'
import { expectQuotes, onDisk, openSample, readingView, toolButton } from './annotate.helpers'

// Long flows, many writes to disk: room for a busy machine.
test.describe.configure({ timeout: 90_000 })

/** Presses Tab until `target` has the focus (at most `max` times). */
async function tabTo(page: Page, isTarget: () => Promise<boolean>, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await isTarget()) return
    await page.keyboard.press('Tab')
  }
  throw new Error('Tab never reached the target')
}

/** True when the focused element is inside an open dialog. */
function focusInDialog(page: Page): Promise<boolean> {
  return page.evaluate(() => Boolean(document.activeElement?.closest('dialog[open]')))
}

test('Tab to the article, select "Jason Droege" with the arrow keys, P tags it', async ({
  page,
  library
}) => {
  await openSample(page)
  const view = readingView(page)
  await tabTo(page, () => view.evaluate((el) => el === document.activeElement))
  await expect(view).toBeFocused()

  // The cursor starts at the headline: End, then → into the standfirst.
  await page.keyboard.press('End')
  await page.keyboard.press('ArrowRight')
  // "Le PDG intérimaire de Scale AI, Jason Droege": six words, then ", " to skip.
  for (let i = 0; i < 6; i++) await page.keyboard.press('Control+ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Control+Shift+ArrowRight')
  await page.keyboard.press('Control+Shift+ArrowRight')
  await expect
    .poll(() => page.evaluate(() => document.getSelection()?.toString()))
    .toBe('Jason Droege')
  await page.keyboard.press('p')
  await expect(page.getByText('Tagged “Jason Droege” as Person.')).toBeVisible()

  // Shift+← takes one letter back off a selection: "Jason Droeg" is not what we want, so
  // the selection is extended again and a quote is made from the keyboard too.
  await page.keyboard.press('Shift+ArrowLeft')
  await expect
    .poll(() => page.evaluate(() => document.getSelection()?.toString()))
    .toBe('Jason Droeg')
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('q')
  const dialog = page.getByRole('dialog', { name: 'Quote' })
  await expect(dialog.getByRole('combobox', { name: 'Speaker' })).toBeFocused()
  // Focus stays in the dialog whatever Tab does.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab')
    expect(await focusInDialog(page)).toBe(true)
  }
  // Back in the speaker field its suggestions are open: Escape closes them, then the dialog.
  await dialog.getByRole('combobox', { name: 'Speaker' }).focus()
  await expect(dialog.getByRole('listbox')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog.getByRole('listbox')).toBeHidden()
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(view).toBeFocused()

  const file = await onDisk(library, (f) => expect(f.annotations).toHaveLength(1))
  expectQuotes(file, file.annotations[0], 'Jason Droege')
  expect(file.blocks[1].type).toBe('standfirst')
  expect(file.annotations[0].target.start).toBeGreaterThan([...file.blocks[0].text].length)
})

test('the help sheet lists every shortcut, keeps and returns the focus; Escape closes it', async ({
  page
}) => {
  await openSample(page)
  await readingView(page).focus()
  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(help).toBeVisible()
  await expect(help.getByRole('button', { name: 'Close' })).toBeFocused()
  const keys = await help.locator('kbd').allTextContents()
  for (const key of [
    'Q',
    'P',
    'O',
    'L',
    'M',
    'C',
    'D',
    'R',
    'E',
    'X',
    'K',
    'N',
    'A',
    'T',
    'I',
    '?',
    'F2',
    'Esc',
    'Ctrl+Z',
    'Ctrl+Shift+Z',
    'Ctrl+Y'
  ]) {
    expect(keys, `the help sheet shows ${key}`).toContain(key)
  }
  await expect(help.getByRole('listitem').filter({ hasText: 'Organisation' })).toHaveText(
    'OOrganisation'
  )
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab')
    expect(await focusInDialog(page)).toBe(true)
  }
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()
  await expect(readingView(page)).toBeFocused()

  // The Help button opens it too.
  await toolButton(page, 'Help').click()
  await expect(help).toBeVisible()
  await help.getByRole('button', { name: 'Close' }).click()
  await expect(help).toBeHidden()
})

test('every toolbar control has a name, its key and a tooltip naming it; focus is visible', async ({
  page
}) => {
  await openSample(page)
  const names = [
    'Quote',
    'Person',
    'Organisation',
    'Place',
    'Money',
    'Percentage',
    'Date',
    'Product',
    'Event',
    'Other',
    'Link',
    'Source note',
    'Tag all',
    'Undo',
    'Redo',
    'Edit text',
    'Re-attach',
    'Help'
  ]
  for (const name of names) {
    const button = toolButton(page, name)
    await expect(button).toBeVisible()
    const key = await button.getAttribute('aria-keyshortcuts')
    expect(key, `${name} shows its key`).toBeTruthy()
    await expect(button.locator('kbd')).toHaveText(key!)
    const title = (await button.getAttribute('title')) ?? ''
    expect(title, `the tooltip of ${name} names its key`).toContain(key!)
  }

  // Keyboard focus in the toolbar is visible, and the arrow keys move along it.
  await tabTo(page, () => toolButton(page, 'Quote').evaluate((el) => el === document.activeElement))
  const quote = toolButton(page, 'Quote')
  await expect(quote).toBeFocused()
  const outline = await quote.evaluate((el) => getComputedStyle(el).outlineStyle)
  expect(outline).not.toBe('none')
  await page.keyboard.press('ArrowRight')
  await expect(toolButton(page, 'Person')).toBeFocused()
  // On along the toolbar to Help (other features may add buttons after it).
  const help = toolButton(page, 'Help')
  for (let i = 0; i < 30 && !(await help.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('ArrowRight')
  }
  await expect(help).toBeFocused()
  // Enter on Help opens the sheet; closing it gives the focus back to the button.
  await page.keyboard.press('Enter')
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(sheet).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(help).toBeFocused()
})
