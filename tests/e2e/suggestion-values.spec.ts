/**
 * Issue 12, figures and values in the app: the stake the sample states is listed as checked
 * and agreeing; the sample's two ways of writing 14.3 billion
 * dollars ("14,3 G$", "14,3 milliards de dollars") are offered as one money entity; once
 * accepted, the hover card and the panel show its value, the entity dialog refuses a bad
 * currency with a message and saves an edited amount and currency, and the native export
 * on disk holds the edited value.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './support/host'
import { hoverText, onDisk, openSample, toolButton } from './annotate.helpers'

test.describe.configure({ timeout: 90_000 })

const STEM = 'scale-ai-promet-son-independance-malgre-la-participation-de'

function annotationsPanel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Annotations' })
}

test('a money value is shown, edited in the entity dialog, saved and exported', async ({
  page,
  library,
  hostKind
}, testInfo) => {
  test.skip(hostKind !== 'chromium-host', 'the web host writes exports into the library')
  await openSample(page)
  const suggestions = page.getByRole('region', { name: 'Suggestions' })
  // The stake the sample states agrees: shown, though there is nothing to accept.
  const figures = suggestions.getByRole('region', { name: 'Figures checked' })
  const stakeCheck = figures.getByRole('listitem')
  await expect(stakeCheck).toHaveCount(1)
  await expect(stakeCheck).toContainText('✓ Agrees')
  await expect(stakeCheck).toContainText(
    '14,3 milliards de dollars · 49 % · 29 milliards de dollars'
  )
  await expect(stakeCheck).toContainText('environ 29,2 milliards de dollars')
  await expect(suggestions.getByRole('region', { name: 'Figures that do not add up' })).toHaveCount(
    0
  )
  await stakeCheck.getByRole('button').click()
  expect(await page.evaluate(() => document.getSelection()?.toString())).toMatch(
    /^14,3 milliards de dollars.*29 milliards de dollars$/s
  )
  await figures.scrollIntoViewIfNeeded()
  await page.screenshot({ path: testInfo.outputPath('figures-checked.png') })

  const money = suggestions.getByRole('region', { name: 'Money' })
  const stake = money.getByRole('listitem').filter({ hasText: '14,3 milliards de dollars' })
  // One entity for both ways of writing it, with its normalised value.
  await expect(stake).toHaveCount(1)
  await expect(stake).toContainText('14.3 billion dollars (14,300,000,000 USD)')
  await stake.getByRole('button', { name: 'Accept' }).click()
  await expect(stake).toHaveCount(0)
  const tagged = await onDisk(library, (f) =>
    expect(f.entities.some((e) => e.type === 'money')).toBe(true)
  )
  const entity = tagged.entities.find((e) => e.type === 'money')!
  const mentions = tagged.annotations.filter((a) => a.entityId === entity.id)
  expect(new Set(mentions.map((m) => m.target.exact))).toEqual(
    new Set(['14,3 G$', '14,3 milliards de dollars'])
  )
  expect((entity as { value?: unknown }).value).toEqual({
    kind: 'money',
    amount: 14.3e9,
    currency: 'USD'
  })

  // The value in the hover card, in the UI language.
  await hoverText(page, '14,3 G$')
  const card = page.getByRole('tooltip')
  await expect(card).toContainText('14.3 billion dollars (14,300,000,000 USD)')
  await page.screenshot({ path: testInfo.outputPath('hover-value.png') })

  // The panel's entity row shows it too; Edit opens the entity dialog with the value fields.
  const panel = annotationsPanel(page)
  await panel.getByRole('tab', { name: /^Entities\b/ }).click()
  const row = panel.locator('[data-row-main]', { hasText: '14,3 milliards de dollars' })
  await expect(row).toContainText('14.3 billion dollars (14,300,000,000 USD)')
  await panel.getByRole('button', { name: 'Edit 14,3 milliards de dollars', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit entity' })
  const amount = dialog.getByRole('textbox', { name: 'Amount' })
  const currency = dialog.getByRole('textbox', { name: 'Currency' })
  await expect(amount).toHaveValue('14300000000')
  await expect(currency).toHaveValue('USD')

  // A bad currency is refused with the reason, and nothing is saved.
  await amount.fill('14,5 milliards')
  await currency.fill('dollars')
  await expect(dialog.getByText('three-letter ISO 4217 code')).toBeVisible()
  await expect(currency).toHaveAttribute('aria-invalid', 'true')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog.getByRole('alert')).toContainText('three-letter ISO 4217 code')
  await page.screenshot({ path: testInfo.outputPath('entity-value-refused.png') })
  await expect(dialog).toBeVisible()

  await currency.fill('eur')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  await expect(row).toContainText('14.5 billion euros (14,500,000,000 EUR)')
  await page.screenshot({ path: testInfo.outputPath('entity-value-panel.png') })
  const saved = await onDisk(library, (f) =>
    expect((f.entities.find((e) => e.id === entity.id) as { value?: unknown }).value).toEqual({
      kind: 'money',
      amount: 14.5e9,
      currency: 'EUR'
    })
  )
  // Saving the dialog keeps an alias with a decimal comma whole.
  expect(saved.entities.find((e) => e.id === entity.id)!.aliases).toEqual(['14,3 G$'])

  // Exported as native JSON, the value is the edited one.
  await toolButton(page, 'Export').click()
  const exportDialog = page.getByRole('dialog', { name: 'Export article' })
  await exportDialog.getByRole('radio', { name: 'Native JSON' }).check()
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click()
  await expect(exportDialog.getByRole('status')).toContainText('Exported 1 file:')
  const exported = JSON.parse(
    await readFile(join(library, 'exports', `${STEM}.newsroom.json`), 'utf8')
  ) as { entities: { id: string; value?: unknown }[] }
  expect(exported.entities.find((e) => e.id === entity.id)?.value).toEqual({
    kind: 'money',
    amount: 14.5e9,
    currency: 'EUR'
  })
})
