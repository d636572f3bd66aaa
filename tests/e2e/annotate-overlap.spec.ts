/**
 * Issue 3, step 5: annotations overlap freely. A quote holding an organisation mention, a
 * person mention and a source note: each is drawn as its own span (nothing hides another),
 * hovering shows what is there, and the keyboard gets the same list with I, from which each
 * annotation can be edited or deleted.
 */
import { expect, test, type Page } from './support/host'
import {
  QUOTE,
  drawn,
  expectAllAnchored,
  hoverText,
  onDisk,
  openSample,
  readingView,
  selectText
} from './annotate.helpers'

// Long flows, many writes to disk: room for a busy machine.
test.describe.configure({ timeout: 90_000 })

async function quoteBy(page: Page, text: string, speaker: string) {
  await selectText(page, text)
  await page.keyboard.press('q')
  const dialog = page.getByRole('dialog', { name: 'Quote' })
  await dialog.getByRole('combobox', { name: 'Speaker' }).fill(speaker)
  await dialog.getByRole('combobox', { name: 'Speaker' }).press('Enter')
  await dialog.getByRole('button', { name: 'Save quote' }).click()
  await expect(dialog).toBeHidden()
}

async function note(page: Page, text: string, title: string) {
  await selectText(page, text)
  await page.keyboard.press('n')
  const dialog = page.getByRole('dialog', { name: 'Source note' })
  await dialog.getByLabel('Note').fill('Cité dans la note aux clients.')
  await dialog.getByLabel('Title').fill(title)
  await dialog.getByRole('button', { name: 'Save source note' }).click()
  await expect(dialog).toBeHidden()
}

test('a quote with a mention and a note inside: all drawn, all listed on hover and with I', async ({
  page,
  library
}) => {
  await openSample(page)
  await quoteBy(page, QUOTE, 'Jason Droege')
  await selectText(page, 'Scale', { context: 'Scale demeure' })
  await page.keyboard.press('o')
  await note(page, 'une entreprise indépendante', 'Note de Jason Droege, juin 2025')

  const shown = await drawn(page)
  expect(shown.map((d) => [d.kind, d.text])).toEqual(
    expect.arrayContaining([
      ['quote', QUOTE],
      ['mention', 'Scale'],
      ['source-note', 'une entreprise indépendante']
    ])
  )
  // Nested spans, one per annotation: the note's words sit inside the quote's span.
  const nested = readingView(page).locator(
    '[data-ann-kind="quote"] [data-ann-kind="source-note"], ' +
      '[data-ann-kind="source-note"] [data-ann-kind="quote"]'
  )
  await expect(nested.first()).toBeAttached()

  // Hovering "Scale" names the organisation and the quote around it.
  await hoverText(page, 'Scale', { context: 'Scale demeure' })
  const card = page.getByRole('tooltip')
  await expect(card).toBeVisible()
  await expect(card).toContainText('2 annotations here')
  await expect(card).toContainText('Organisation')
  await expect(card).toContainText('Scale')
  await expect(card).toContainText('Quote')
  await expect(card).toContainText('Jason Droege · Direct · Needs checking')

  // Hovering "indépendante": the note (by its title) and the quote.
  await hoverText(page, 'indépendante', { context: 'une entreprise indépendante' })
  await expect(card).toContainText('2 annotations here')
  await expect(card).toContainText('Source note')
  await expect(card).toContainText('Note de Jason Droege, juin 2025 (Document)')
  await page.mouse.move(5, 5)
  await expect(card).toBeHidden()

  // The keyboard: I lists what is at the selection ("Scale", inside the quote).
  await selectText(page, 'Scale', { context: 'Scale demeure' })
  await page.keyboard.press('i')
  const here = page.getByRole('dialog', { name: 'Annotations here' })
  await expect(here).toBeVisible()
  // The list of what is here, by its name: each item may hold a list of its own (history).
  await expect(here.getByRole('list', { name: '2 annotations here' })).toBeVisible()
  await expect(
    here.getByRole('button', { name: 'Edit Quote · Jason Droege · Direct · Needs checking' })
  ).toBeVisible()

  // Edit the quote from there: its status becomes "Verified".
  await here.getByRole('button', { name: /^Edit Quote/ }).click()
  const edit = page.getByRole('dialog', { name: 'Edit quote' })
  await expect(edit.getByRole('combobox', { name: 'Speaker' })).toHaveValue('Jason Droege')
  await edit.getByRole('radio', { name: 'Verified', exact: true }).check()
  await edit.getByRole('button', { name: 'Save quote' }).click()
  await expect(edit).toBeHidden()

  const file = await onDisk(library, (f) => {
    expect(f.annotations).toHaveLength(3)
    expect(f.annotations.find((a) => a.kind === 'quote')?.status).toBe('verified')
  })
  expectAllAnchored(file)

  // And delete the mention from the same list: the quote and the note stay.
  await selectText(page, 'Scale', { context: 'Scale demeure' })
  await page.keyboard.press('i')
  await here.getByRole('button', { name: 'Delete Organisation · Scale' }).click()
  await expect(here.getByRole('list', { name: '1 annotation here' })).toBeVisible()
  await expect(here.getByRole('button', { name: /^Delete Organisation/ })).toHaveCount(0)
  await page.keyboard.press('Escape')
  await onDisk(library, (f) =>
    expect(f.annotations.map((a) => a.kind).sort()).toEqual(['quote', 'source-note'])
  )
})
