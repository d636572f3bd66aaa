/**
 * Issue 3, step 1: a quote. The editor selects « Scale demeure, sans équivoque, une
 * entreprise indépendante », presses Q, picks the speaker (creating the person), the kind
 * and the status; the quote is drawn, saved, and on disk with its text exactly as selected.
 */
import { expect, test } from './support/host'
import {
  QUOTE,
  drawnTexts,
  entityNamed,
  expectQuotes,
  onDisk,
  openSample,
  readingView,
  selectText,
  toolButton
} from './annotate.helpers'

// Long flows, many writes to disk: room for a busy machine.
test.describe.configure({ timeout: 90_000 })

test('Q on a selection makes a quote with a new speaker, kind and status, saved to disk', async ({
  page,
  library
}) => {
  await openSample(page)
  await selectText(page, QUOTE)
  await page.keyboard.press('q')

  const dialog = page.getByRole('dialog', { name: 'Quote' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('blockquote')).toHaveText(QUOTE)
  const speaker = dialog.getByRole('combobox', { name: 'Speaker' })
  await expect(speaker).toBeFocused()
  await speaker.fill('Jason Droege')
  const create = dialog.getByRole('option', { name: 'Create person “Jason Droege”' })
  await expect(create).toBeVisible()
  await create.click()
  await dialog.getByRole('radio', { name: 'Direct', exact: true }).check()
  await dialog.getByRole('radio', { name: 'Verified', exact: true }).check()
  await dialog.getByRole('button', { name: 'Save quote' }).click()
  await expect(dialog).toBeHidden()

  // Drawn over exactly the selected words, and the focus is back in the article.
  await expect.poll(() => drawnTexts(page, 'quote')).toEqual([QUOTE])
  await expect(readingView(page)).toBeFocused()
  await expect(page.getByRole('status')).toHaveText('All changes saved.')

  const file = await onDisk(library, (f) => expect(f.annotations).toHaveLength(1))
  const [quote] = file.annotations
  expect(quote.kind).toBe('quote')
  expectQuotes(file, quote, QUOTE)
  expect(quote.quoteKind).toBe('direct')
  expect(quote.status).toBe('verified')
  const droege = entityNamed(file, 'Jason Droege')
  expect(droege.type).toBe('person')
  expect(quote.speakerId).toBe(droege.id)
})

test('the toolbar button quotes too, and type-ahead finds the existing speaker', async ({
  page,
  library
}) => {
  await openSample(page)
  // First quote creates the speaker.
  await selectText(page, QUOTE)
  await toolButton(page, 'Quote').click()
  let dialog = page.getByRole('dialog', { name: 'Quote' })
  await dialog.getByRole('combobox', { name: 'Speaker' }).fill('Jason Droege')
  await dialog.getByRole('combobox', { name: 'Speaker' }).press('Enter')
  await dialog.getByRole('button', { name: 'Save quote' }).click()
  await expect(dialog).toBeHidden()

  // Second quote: "droe" offers Jason Droege; the kind and status are chosen by keyboard.
  const second =
    'contrairement à d’autres transactions récentes dans le secteur de l’IA, il ne s’agit pas ' +
    'd’un changement de cap ni d’une liquidation'
  await selectText(page, second)
  await expect(toolButton(page, 'Quote')).toBeEnabled()
  await toolButton(page, 'Quote').click()
  dialog = page.getByRole('dialog', { name: 'Quote' })
  const speaker = dialog.getByRole('combobox', { name: 'Speaker' })
  await speaker.fill('droe')
  await expect(dialog.getByRole('option').first()).toHaveText('Jason Droege (Person)')
  await expect(dialog.getByRole('option', { name: /Create person/ })).toHaveCount(1)
  // The best suggestion is highlighted as soon as there is one: Enter takes it.
  await speaker.press('Enter')
  await expect(speaker).toHaveValue('Jason Droege')
  await dialog.getByRole('radio', { name: 'Paraphrase', exact: true }).check()
  await dialog.getByRole('radio', { name: 'Disputed', exact: true }).check()
  await dialog.getByRole('button', { name: 'Save quote' }).click()
  await expect(dialog).toBeHidden()
  await expect.poll(() => drawnTexts(page, 'quote')).toEqual([second, QUOTE])

  const file = await onDisk(library, (f) => expect(f.annotations).toHaveLength(2))
  expect(file.entities).toHaveLength(1)
  const [first, other] = [...file.annotations].sort((a, b) => a.target.start - b.target.start)
  expectQuotes(file, first, second)
  expectQuotes(file, other, QUOTE)
  expect(first).toMatchObject({ quoteKind: 'paraphrase', status: 'disputed' })
  expect(other).toMatchObject({ quoteKind: 'direct', status: 'needs-checking' })
  expect(first.speakerId).toBe(entityNamed(file, 'Jason Droege').id)
  expect(other.speakerId).toBe(first.speakerId)
})
