/**
 * Issue 12, the assist in the app: the sample opens with its suggestions drawn dashed and
 * listed in the panel's Suggestions section; a quote is accepted with its speaker by key, a
 * suggestion is rejected, and after a reload the rejection holds and the file on disk has
 * the accepted quote.
 */
import { expect, test } from './support/host'
import { QUOTE, entityNamed, onDisk, openSample, readingView } from './annotate.helpers'

test.describe.configure({ timeout: 90_000 })

test('suggestions are drawn dashed, accepted by key, rejected for good', async ({
  page,
  library
}, testInfo) => {
  await openSample(page)
  const panel = page.getByRole('region', { name: 'Suggestions' })
  await expect(panel).toBeVisible()

  // Drawn apart from annotations: dashed, and no annotation yet.
  const dashed = readingView(page).locator('.suggested-quote')
  await expect(dashed.first()).toBeVisible()
  expect(await dashed.first().evaluate((el) => getComputedStyle(el).textDecorationStyle)).toBe(
    'dashed'
  )
  await expect(readingView(page).locator('[data-annotation-id]')).toHaveCount(0)

  const quotes = panel.getByRole('region', { name: 'Quotes' })
  const row = quotes.getByRole('listitem').filter({ hasText: QUOTE })
  await expect(row).toContainText('Jason Droege')
  await page.screenshot({ path: testInfo.outputPath('suggestions.png') })

  // Accept the quote with its speaker by key.
  await row.focus()
  await page.keyboard.press('a')
  await expect(row).toHaveCount(0)
  const file = await onDisk(library, (f) => expect(f.annotations).toHaveLength(1), 5000)
  const droege = entityNamed(file, 'Jason Droege')
  expect(file.annotations[0].kind).toBe('quote')
  expect(file.annotations[0].target.exact).toBe(QUOTE)
  expect(file.annotations[0].speakerId).toBe(droege.id)

  // Reject a suggestion: the date "2019".
  const dates = panel.getByRole('region', { name: 'Dates' })
  const year = dates.getByRole('listitem').filter({ hasText: /^2019/ })
  await expect(year).toHaveCount(1)
  await year.getByRole('button', { name: 'Reject' }).click()
  await expect(year).toHaveCount(0)
  await onDisk(library, (f) =>
    expect((f as unknown as { rejectedSuggestions?: string[] }).rejectedSuggestions).toEqual([
      'date:2019'
    ])
  )

  // Accepting every percentage at once tags both "49 %" with one entity and its value.
  const percentages = panel.getByRole('region', { name: 'Percentages' })
  await expect(percentages.getByRole('listitem')).toContainText('49% = 0.49')
  await percentages.getByRole('button', { name: 'Accept all 1' }).click()
  await expect(percentages).toHaveCount(0)
  const tagged = await onDisk(library, (f) => expect(f.annotations).toHaveLength(3))
  const share = tagged.entities.find((e) => e.type === 'percentage') as unknown as {
    id: string
    value?: unknown
  }
  expect(share.value).toEqual({ kind: 'percentage', percent: 49 })
  expect(tagged.annotations.filter((a) => a.entityId === share.id)).toHaveLength(2)

  // After a reload the rejection holds, the accepted quote is an annotation, not a suggestion.
  await page.reload()
  await openSample(page)
  await expect(panel.getByRole('region', { name: 'Quotes' })).toBeVisible()
  await expect(panel.getByRole('listitem').filter({ hasText: QUOTE })).toHaveCount(0)
  await expect(panel.getByRole('region', { name: 'Dates' }).getByRole('listitem')).toHaveCount(3)
  await expect(panel.getByRole('listitem').filter({ hasText: /^2019/ })).toHaveCount(0)
  await expect(panel.getByRole('region', { name: 'Percentages' })).toHaveCount(0)
  const after = await onDisk(library, (f) => expect(f.annotations).toHaveLength(3))
  expect(after.annotations.filter((a) => a.kind === 'quote').map((a) => a.target.exact)).toEqual([
    QUOTE
  ])
})

test('the Suggestions section folds to give the list the panel, and stays folded after a reload', async ({
  page
}) => {
  await openSample(page)
  const panel = page.getByRole('region', { name: 'Suggestions' })
  const fold = panel.getByRole('button', { name: /^Suggestions \d+$/ })
  const quotes = panel.getByRole('region', { name: 'Quotes' })
  await expect(quotes.getByRole('listitem').filter({ hasText: QUOTE })).toBeVisible()
  await expect(fold).toHaveAttribute('aria-expanded', 'true')

  await fold.click()
  await expect(fold).toHaveAttribute('aria-expanded', 'false')
  await expect(quotes).toHaveCount(0)
  // Folded, the suggestions are still there to come back to, and still drawn in the text.
  await expect(readingView(page).locator('.suggested-quote').first()).toBeVisible()

  await page.reload()
  await openSample(page)
  await expect(fold).toHaveAttribute('aria-expanded', 'false')
  await expect(quotes).toHaveCount(0)
  await fold.click()
  await expect(quotes.getByRole('listitem').filter({ hasText: QUOTE })).toBeVisible()
})
