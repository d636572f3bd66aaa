/**
 * Accessibility checked, not assumed (issue 7, part 9): axe-core runs over the library, the
 * article with annotations, every dialog, the settings and the export, and finds nothing
 * at all (not even a moderate finding); the reading caret tells a screen reader what it has entered; entity
 * types differ by more than their colour, on screen, in print and in forced colours.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { exportArticle, exportedText, importNative } from '../../src/shared/export/index'
import { expect, test } from './support/host'
import { QUOTE, openSample, readingView, selectText, toolButton } from './annotate.helpers'
import { libraryPane, SCALE_AI_TITLE } from './support/ui'

// Several views each analysed in full: room for a busy machine.
test.describe.configure({ timeout: 180_000 })

/**
 * Every axe violation on the page as it is now, one line each, whatever its impact: the views
 * checked here have none, so a new one (even a moderate "region") is a regression.
 */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
  )
}

/** Opens a dialog, checks the whole page with it open, and closes it with Escape. */
async function checkDialog(
  page: Page,
  name: string | RegExp,
  open: () => Promise<unknown>,
  role: 'dialog' | 'alertdialog' = 'dialog'
): Promise<void> {
  await open()
  const dialog = page.getByRole(role, { name })
  await expect(dialog).toBeVisible()
  expect(await axeViolations(page), `the ${String(name)} dialog`).toEqual([])
  // A type-ahead's open list takes the first Escape, the dialog the next.
  await expect(async () => {
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden({ timeout: 500 })
  }).toPass()
}

/** What the caret's live region says now. */
function announcer(page: Page): Locator {
  return page.locator('[data-announcer="caret"]')
}

/** Tags the person, quotes the sentence with him as speaker, and adds a source note. */
async function annotate(page: Page): Promise<void> {
  await selectText(page, 'Jason Droege', { block: 'standfirst' })
  await page.keyboard.press('p')
  await expect(page.getByText('Tagged “Jason Droege” as Person.')).toBeVisible()

  await selectText(page, QUOTE)
  await page.keyboard.press('q')
  const quote = page.getByRole('dialog', { name: 'Quote' })
  await quote.getByRole('combobox', { name: 'Speaker' }).fill('Jason Droege')
  await quote.getByRole('option', { name: /^Jason Droege/ }).click()
  await quote.getByRole('button', { name: 'Save quote' }).click()
  await expect(quote).toBeHidden()

  await selectText(page, 'Scale AI', { block: 'standfirst' })
  await page.keyboard.press('n')
  const note = page.getByRole('dialog', { name: 'Source note' })
  await note.getByLabel('Note').fill('Communiqué de Scale AI')
  await note.getByLabel('Title').fill('Communiqué')
  await note.getByRole('button', { name: 'Save source note' }).click()
  await expect(note).toBeHidden()
}

test('axe finds nothing in the library and the annotated article', async ({ page }) => {
  await openSample(page)
  expect(await axeViolations(page), 'the library and the article').toEqual([])
  await annotate(page)
  expect(await axeViolations(page), 'the article with annotations').toEqual([])
})

test('axe finds nothing in the annotation dialogs', async ({ page }) => {
  await openSample(page)
  await annotate(page)
  await checkDialog(page, 'Quote', async () => {
    await selectText(page, 'Alexandr Wang')
    await page.keyboard.press('q')
  })
  await checkDialog(page, 'Link to an entity', async () => {
    await selectText(page, 'Droege', { context: 'Droege a souligné' })
    await page.keyboard.press('k')
  })
  await checkDialog(page, 'Source note', async () => {
    await selectText(page, 'Alexandr Wang')
    await page.keyboard.press('n')
  })
  await checkDialog(page, /^Tag all/, async () => {
    await selectText(page, 'Jason Droege', { block: 'standfirst' })
    await page.keyboard.press('a')
  })
  await checkDialog(page, 'Annotations here', async () => {
    await selectText(page, 'Jason Droege', { block: 'standfirst' })
    await page.keyboard.press('i')
  })
  await checkDialog(page, 'Keyboard shortcuts', () => toolButton(page, 'Help').click())
  await checkDialog(page, 'Edit entity', async () => {
    const panel = page.getByRole('complementary', { name: 'Annotations' })
    await panel.getByRole('tab', { name: /^Entities/ }).click()
    await panel.getByRole('button', { name: 'Edit Jason Droege', exact: true }).click()
  })
})

test('axe finds nothing in settings, export and the library dialogs', async ({ page }) => {
  await openSample(page)
  await checkDialog(page, 'Export article', () => toolButton(page, 'Export').click())
  await checkDialog(page, 'Settings', () => page.getByRole('button', { name: 'Settings' }).click())
  await checkDialog(page, 'New article', () =>
    page.getByRole('button', { name: 'New article', exact: true }).click()
  )
  await checkDialog(page, 'Rename article', () =>
    libraryPane(page)
      .getByRole('button', { name: `Rename ${SCALE_AI_TITLE}`, exact: true })
      .click()
  )
  await checkDialog(
    page,
    'Move this article to the trash?',
    () =>
      libraryPane(page)
        .getByRole('button', { name: `Delete ${SCALE_AI_TITLE}`, exact: true })
        .click(),
    'alertdialog'
  )
})

const FIXTURE = resolve(import.meta.dirname, '../fixtures/scale-ai-meta.annotated.newsroom.json')

test('axe finds nothing in the re-attach dialog and the import dialogs', async ({ page }) => {
  await openSample(page)
  // An orphan: a tagged word deleted in Edit text, then re-attached (T) elsewhere.
  await selectText(page, 'Behemoth')
  await page.keyboard.press('r')
  await page.keyboard.press('F2')
  await selectText(page, ' « Behemoth »')
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Escape')
  await checkDialog(page, 'Re-attach an orphan', async () => {
    await selectText(page, 'modèle', { context: 'son modèle, jugé' })
    await page.keyboard.press('t')
  })

  // A W3C file applied to the open article asks first, then reports.
  const [w3c] = exportArticle(importNative(await readFile(FIXTURE, 'utf8')), 'w3c')
  const path = join(await mkdtemp(join(tmpdir(), 'newsroom-e2e-axe-')), 'scale-ai.jsonld')
  await writeFile(path, exportedText(w3c), 'utf8')
  await page.getByLabel('Import annotations file').setInputFiles(path)
  const confirm = page.getByRole('alertdialog', { name: 'Replace this article’s annotations?' })
  await expect(confirm).toBeVisible()
  expect(await axeViolations(page), 'the import confirmation').toEqual([])
  await confirm.getByRole('button', { name: 'Replace annotations' }).click()
  await checkDialog(page, 'Annotations imported', async () => undefined)

  // A native file comes in as a new article, with its own report.
  await checkDialog(page, 'Article imported', () =>
    page.getByLabel('Import annotations file').setInputFiles(FIXTURE)
  )
})

test('the reading caret says what it enters: entity type, speaker, source note', async ({
  page
}) => {
  await openSample(page)
  await annotate(page)

  // From the selection, ← puts the caret at the start of "Scale AI": inside the note.
  await selectText(page, 'Scale AI', { block: 'standfirst' })
  await page.keyboard.press('ArrowLeft')
  await expect(announcer(page)).toHaveText('Source note · Communiqué (Document)')
  // One step back leaves it; the region falls silent.
  await page.keyboard.press('ArrowLeft')
  await expect(announcer(page)).toHaveText('')

  await selectText(page, 'Jason Droege', { block: 'standfirst' })
  await page.keyboard.press('ArrowLeft')
  await expect(announcer(page)).toHaveText('Person · Jason Droege')

  // Inside the quote: its speaker, kind and status.
  await selectText(page, 'sans équivoque', { context: QUOTE })
  await page.keyboard.press('ArrowLeft')
  await expect(announcer(page)).toHaveText('Quote · Jason Droege · Direct · Needs checking')
  // Moving within the same quote says nothing new (the region keeps its words).
  await page.keyboard.press('ArrowRight')
  await expect(announcer(page)).toHaveText('Quote · Jason Droege · Direct · Needs checking')
  await expect(readingView(page)).toBeFocused()
})

test('entity types differ by their letter, not only their tint, in print and forced colours', async ({
  page
}) => {
  await openSample(page)
  await selectText(page, 'Jason Droege', { block: 'standfirst' })
  await page.keyboard.press('p')
  await selectText(page, 'Meta', { block: 'standfirst' })
  await page.keyboard.press('o')
  const letters = () =>
    readingView(page)
      .locator('[data-ann-marker="mention-end"]')
      .evaluateAll((els) => els.map((el) => getComputedStyle(el, '::after').content))
  await expect.poll(letters).toEqual(['"P" / ""', '"O" / ""'])

  await page.emulateMedia({ media: 'print' })
  expect(await letters()).toEqual(['"P" / ""', '"O" / ""'])

  await page.emulateMedia({ media: 'screen', forcedColors: 'active' })
  expect(await letters()).toEqual(['"P" / ""', '"O" / ""'])
  // Without tints, a mention is still marked: an underline of its own.
  const line = await readingView(page)
    .locator('[data-ann-kind="mention"]')
    .first()
    .evaluate((el) => getComputedStyle(el).textDecorationLine)
  expect(line).toBe('underline')
})
