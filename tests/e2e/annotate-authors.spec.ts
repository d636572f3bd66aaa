/**
 * Issue 3, step 11: each annotation records its author (the profile name set in the
 * settings) and its times; a change by someone else records who changed it and when.
 */
import { expect, test, type Page } from './support/host'
import { QUOTE, expectQuotes, onDisk, openSample, selectText } from './annotate.helpers'

// Long flows, many writes to disk: room for a busy machine.
test.describe.configure({ timeout: 90_000 })

async function setAuthor(page: Page, name: string) {
  await page.getByRole('button', { name: 'Settings' }).click()
  const dialog = page.getByRole('dialog', { name: 'Settings' })
  await dialog.getByLabel('Your name').fill(name)
  await dialog.getByRole('button', { name: 'Save settings' }).click()
  await expect(dialog).toBeHidden()
}

test('annotations record their author and times; an edit records who changed it', async ({
  page,
  library
}) => {
  await openSample(page)
  await setAuthor(page, 'Léa Martin')

  await selectText(page, QUOTE)
  await page.keyboard.press('q')
  const quote = page.getByRole('dialog', { name: 'Quote' })
  await quote.getByRole('combobox', { name: 'Speaker' }).fill('Jason Droege')
  await quote.getByRole('combobox', { name: 'Speaker' }).press('Enter')
  await quote.getByRole('button', { name: 'Save quote' }).click()
  await selectText(page, 'Jason Droege', { block: 'standfirst' })
  await page.keyboard.press('p')

  let file = await onDisk(library, (f) => expect(f.annotations).toHaveLength(2))
  for (const a of file.annotations) {
    expect(a.createdBy).toBe('Léa Martin')
    expect(a.updatedBy).toBe('Léa Martin')
    expect(Number.isNaN(Date.parse(a.createdAt))).toBe(false)
    expect(a.updatedAt).toBe(a.createdAt)
  }
  const created = file.annotations.find((a) => a.kind === 'quote')!

  // Someone else checks the quote.
  await setAuthor(page, 'Paul Girard')
  await selectText(page, 'sans équivoque')
  await page.keyboard.press('i')
  await page
    .getByRole('dialog', { name: 'Annotations here' })
    .getByRole('button', { name: /^Edit Quote/ })
    .click()
  const edit = page.getByRole('dialog', { name: 'Edit quote' })
  await edit.getByRole('radio', { name: 'Verified', exact: true }).check()
  await edit.getByRole('button', { name: 'Save quote' }).click()
  await expect(edit).toBeHidden()

  file = await onDisk(library, (f) =>
    expect(f.annotations.find((a) => a.kind === 'quote')?.status).toBe('verified')
  )
  const checked = file.annotations.find((a) => a.kind === 'quote')!
  expectQuotes(file, checked, QUOTE)
  expect(checked.createdBy).toBe('Léa Martin')
  expect(checked.createdAt).toBe(created.createdAt)
  expect(checked.updatedBy).toBe('Paul Girard')
  expect(Date.parse(checked.updatedAt)).toBeGreaterThan(Date.parse(checked.createdAt))
  // The mention nobody changed keeps its stamps.
  const mention = file.annotations.find((a) => a.kind === 'mention')!
  expect(mention.updatedBy).toBe('Léa Martin')
})
