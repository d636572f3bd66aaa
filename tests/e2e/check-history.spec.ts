/**
 * The history of a check: an editor changes a quote's status with a comment, sees the change
 * (who, when, from, to, why) in the quote's dialog, and finds it in the article file and in
 * the exported native file and history.csv. A claim's verdict is listed in the panel's Claims
 * tab and goes out as schema.org ClaimReview, signed by the organisation named in Settings.
 * Everything is read back from disk.
 */
import { readFile } from 'node:fs/promises'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './support/host'
import { exportAs, exportsFolder } from './support/exports'
import { onDisk, openSample, QUOTE, selectText } from './annotate.helpers'

test.describe.configure({ timeout: 90_000 })

const CLAIM = 'représente le deuxième plus important investissement de Meta'
const ARTICLE_URL = 'https://news.example.org/2025/06/scale-ai-meta'

// Exports land in a temporary folder in the desktop app (the paths are read from the status).
exportsFolder('checks')

function panel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Annotations' })
}

/** Names the editor and the organisation in Settings. */
async function nameTheDesk(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click()
  const settings = page.getByRole('dialog', { name: 'Settings' })
  await settings.getByRole('textbox', { name: 'Your name' }).fill('Ana Ruiz')
  await settings.getByRole('textbox', { name: 'Your organisation' }).fill('Le Desk Vérif')
  await settings.getByRole('button', { name: 'Save settings' }).click()
  await expect(settings).toBeHidden()
}

test('an editor verifies a quote with a comment, sees the history, and the export holds it', async ({
  page,
  library
}, testInfo) => {
  await openSample(page)
  await nameTheDesk(page)

  await selectText(page, QUOTE)
  await page.keyboard.press('q')
  const create = page.getByRole('dialog', { name: 'Quote' })
  await create.getByRole('combobox', { name: 'Speaker' }).fill('Jason Droege')
  await create.getByRole('option', { name: 'Create person “Jason Droege”' }).click()
  // Nothing has changed yet: a new quote's dialog asks for no comment on a change.
  await expect(create.getByLabel('Comment on this change')).toHaveCount(0)
  await create.getByRole('button', { name: 'Save quote' }).click()
  await expect(create).toBeHidden()
  await onDisk(library, (f) => expect(f.annotations.some((a) => a.kind === 'quote')).toBe(true))

  // From the panel: verified, assigned, with a comment on the change.
  await panel(page)
    .getByRole('button', { name: /^Edit “Scale demeure/ })
    .click()
  let edit = page.getByRole('dialog', { name: 'Edit quote' })
  await expect(edit.getByText('No change of status or verdict yet.')).toBeVisible()
  await edit.getByRole('radio', { name: 'Verified', exact: true }).check()
  await edit.getByRole('textbox', { name: 'Assigned to' }).fill('Bruno Lefèvre')
  await edit
    .getByRole('textbox', { name: 'Comment on this change' })
    .fill('Memo obtained from the press office; wording matches.')
  await edit.getByRole('button', { name: 'Save quote' }).click()
  await expect(edit).toBeHidden()

  const file = await onDisk(library, (f) =>
    expect(f.annotations.find((a) => a.kind === 'quote')?.checkHistory).toHaveLength(1)
  )
  let quote = file.annotations.find((a) => a.kind === 'quote')!
  expect(quote).toMatchObject({ status: 'verified', assignee: 'Bruno Lefèvre' })
  expect(quote.checkHistory![0]).toMatchObject({
    field: 'status',
    from: 'needs-checking',
    to: 'verified',
    by: 'Ana Ruiz',
    comment: 'Memo obtained from the press office; wording matches.'
  })

  // The dialog shows the history: who, when, from → to, and the comment.
  await panel(page)
    .getByRole('button', { name: /^Edit “Scale demeure/ })
    .click()
  edit = page.getByRole('dialog', { name: 'Edit quote' })
  const history = edit.getByRole('region', { name: 'History of the check' })
  const entry = history.getByRole('listitem')
  await expect(entry).toHaveCount(1)
  await expect(entry).toContainText('Status: Needs checking → Verified')
  await expect(entry).toContainText('Ana Ruiz ·')
  await expect(entry).toContainText('Memo obtained from the press office; wording matches.')
  await expect(edit.getByRole('textbox', { name: 'Assigned to' })).toHaveValue('Bruno Lefèvre')
  await edit.screenshot({ path: testInfo.outputPath('quote-history.png') })
  await edit.getByRole('button', { name: 'Cancel' }).click()

  // Where the quote is shown: its panel row and its hover card say the last change, and the
  // row's History shows the whole history.
  await panel(page)
    .getByRole('button', { name: /^Edit “Scale demeure/ })
    .click()
  edit = page.getByRole('dialog', { name: 'Edit quote' })
  await edit.getByRole('radio', { name: 'Disputed', exact: true }).check()
  await edit.getByRole('button', { name: 'Save quote' }).click()
  await expect(edit).toBeHidden()
  const row = panel(page).locator('.panel-item', { hasText: 'Scale demeure' })
  await expect(row).toContainText('Last change: Status: Verified → Disputed · Ana Ruiz ·')
  await page.locator('[data-ann-kind="quote"]').first().hover()
  const card = page.getByRole('tooltip')
  await expect(card).toContainText('Last change: Status: Verified → Disputed · Ana Ruiz ·')
  await expect(card).toContainText('2 changes in the history')
  await card.screenshot({ path: testInfo.outputPath('hover-last-change.png') })
  await row.getByRole('button', { name: /^History of the check of “Scale demeure/ }).click()
  const whole = page.getByRole('dialog', { name: /^History of the check of “Scale demeure/ })
  await expect(whole.getByRole('listitem')).toHaveCount(2)
  await expect(whole.getByRole('listitem').first()).toContainText('Status: Verified → Disputed')
  await expect(whole.getByRole('listitem').last()).toContainText(
    'Memo obtained from the press office; wording matches.'
  )
  await page.screenshot({ path: testInfo.outputPath('panel-history.png') })
  await whole.getByRole('button', { name: 'Close' }).click()
  await expect(whole).toBeHidden()
  await onDisk(library, (f) =>
    expect(f.annotations.find((a) => a.kind === 'quote')?.checkHistory).toHaveLength(2)
  )
  quote = (await onDisk(library, () => undefined)).annotations.find((a) => a.kind === 'quote')!

  // The native export and history.csv carry the change.
  const [nativePath] = await exportAs(page, 'Native JSON', 1)
  const native = JSON.parse(await readFile(nativePath, 'utf8')) as {
    annotations: { id: string; checkHistory?: unknown[] }[]
  }
  expect(native.annotations.find((a) => a.id === quote.id)?.checkHistory).toEqual(
    quote.checkHistory
  )
  const csvPaths = await exportAs(page, 'CSV', 3)
  const historyCsv = csvPaths.find((p) => p.endsWith('.history.csv'))!
  const rows = (await readFile(historyCsv, 'utf8')).split('\r\n')
  expect(rows[0]).toBe('\ufeffannotation id,kind,text,field,from,to,by,at,comment,change id')
  expect(rows[1]).toContain(`${quote.id},quote,"${QUOTE}",status,needs-checking,verified,Ana Ruiz,`)
  expect(rows[2]).toContain(`${quote.id},quote,"${QUOTE}",status,verified,disputed,Ana Ruiz,`)
})

test('a claim’s verdict is listed in the Claims tab and exported as ClaimReview', async ({
  page,
  library
}, testInfo) => {
  await openSample(page)
  await nameTheDesk(page)

  await selectText(page, CLAIM)
  await page.keyboard.press('v')
  const dialog = page.getByRole('dialog', { name: 'Claim to check' })
  await dialog.getByRole('radio', { name: 'Disputed', exact: true }).check()
  await dialog.getByRole('radio', { name: 'Misleading', exact: true }).check()
  await dialog.getByLabel('Rationale').fill('WhatsApp (19 G$) was larger; Instagram was 1 G$.')
  await dialog.getByRole('button', { name: 'Save claim' }).click()
  await expect(dialog).toBeHidden()
  await onDisk(library, (f) =>
    expect(f.annotations.find((a) => a.kind === 'claim')?.verdict).toBe('misleading')
  )

  await panel(page)
    .getByRole('tab', { name: /^Claims\b/ })
    .click()
  const claims = panel(page).getByRole('list', { name: 'Claims' })
  await expect(claims.getByRole('listitem')).toHaveCount(1)
  await expect(claims).toContainText(CLAIM)
  await expect(claims).toContainText('Misleading')
  await expect(claims).toContainText('Disputed')
  await panel(page).screenshot({ path: testInfo.outputPath('claims-tab.png') })

  const [path] = await exportAs(page, 'ClaimReview (schema.org JSON-LD)', 1, ARTICLE_URL)
  expect(path.endsWith('.claimreview.jsonld')).toBe(true)
  const reviews = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>[]
  expect(reviews).toHaveLength(1)
  expect(reviews[0]).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: CLAIM,
    author: { '@type': 'Organization', name: 'Le Desk Vérif' },
    reviewRating: { '@type': 'Rating', alternateName: 'Trompeur', ratingValue: 2 },
    itemReviewed: { '@type': 'Claim', appearance: { url: ARTICLE_URL } }
  })
})
