/**
 * Issue 4, part 5: export and import in the app. The sample article is annotated through the
 * UI, exported in each format from the toolbar's Export dialog, and the files are checked on
 * disk (the web host writes to the library's exports/ folder): the native file validates
 * against the published JSON Schema and every offset quotes its text; the W3C file is an
 * AnnotationCollection; the CSV files start with a byte-order mark. The fixture's native
 * file imports as a new article with its 80 annotations; a W3C file applied to the open
 * article re-anchors and reports; a malformed file is refused with its JSON path and leaves
 * the library folder exactly as it was.
 */
import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import Ajv2020 from 'ajv/dist/2020.js'
import { exportArticle, exportedText, importNative } from '../../src/shared/export/index'
import { expect, test } from './support/host'
import { exportAs, exportsFolder } from './support/exports'
import {
  QUOTE,
  drawn,
  onDisk,
  openSample,
  scaleAiFile,
  selectText,
  toolButton
} from './annotate.helpers'
import { articlesOnDisk } from './support/disk'
import { SCALE_AI_TITLE, libraryPane } from './support/ui'

const ROOT = resolve(import.meta.dirname, '../..')
const FIXTURE = join(ROOT, 'tests/fixtures/scale-ai-meta.annotated.newsroom.json')
const SCHEMA = join(ROOT, 'schemas/newsroom-annotations.v1.schema.json')
/** The file name stem the app makes from the sample's title. */
const STEM = 'scale-ai-promet-son-independance-malgre-la-participation-de'

/** Where exports land (a temporary folder for the desktop app). */
const exportsIn = exportsFolder('exports')

/** A native export as the specs read it. */
interface NativeFile {
  format: string
  text: string
  annotations: {
    id: string
    kind: string
    orphaned: boolean
    target: { start: number; end: number; exact: string }
  }[]
  entities: { id: string; name: string }[]
}

/** The text at code-point offsets, as any language would count them. */
function slice(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('')
}

/** Every file under a folder with a hash of its bytes: what "unchanged" means on disk. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  const walk = async (at: string): Promise<void> => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const path = join(at, entry.name)
      if (entry.isDirectory()) await walk(path)
      else
        out[relative(dir, path)] = createHash('sha256')
          .update(await readFile(path))
          .digest('hex')
    }
  }
  await walk(dir)
  return out
}

/** Opens the Export dialog from the toolbar. */
async function openExport(page: Page): Promise<Locator> {
  await toolButton(page, 'Export').click()
  const dialog = page.getByRole('dialog', { name: 'Export article' })
  await expect(dialog).toBeVisible()
  return dialog
}

/** A W3C item's selectors, as the spec changes them. */
type W3cItem = { target: { selector: { type: string; exact?: string }[] } }

/** The fixture as a W3C file, made by the exporter the app runs, then changed by `change`. */
async function fixtureAsW3c(change: (items: W3cItem[]) => void): Promise<string> {
  const [file] = exportArticle(importNative(await readFile(FIXTURE, 'utf8')), 'w3c')
  const collection = JSON.parse(exportedText(file))
  change(collection.first.items)
  return JSON.stringify(collection, null, 2)
}

test('annotate, then export native, W3C and CSV: each file on disk is sound', async ({
  page,
  library,
  hostKind
}, testInfo) => {
  const exportsDir = exportsIn(hostKind, library)
  await openSample(page)
  // A quote with its speaker, and two entity mentions, made through the UI.
  await selectText(page, QUOTE)
  await page.keyboard.press('q')
  const quote = page.getByRole('dialog', { name: 'Quote' })
  await quote.getByRole('combobox', { name: 'Speaker' }).fill('Jason Droege')
  await quote.getByRole('option', { name: 'Create person “Jason Droege”' }).click()
  await quote.getByRole('button', { name: 'Save quote' }).click()
  await expect(quote).toBeHidden()
  await selectText(page, 'Jason Droege', { block: 'standfirst' })
  await page.keyboard.press('p')
  await selectText(page, 'Meta', { block: 'paragraph' })
  await page.keyboard.press('o')
  await onDisk(library, (f) => expect(f.annotations).toHaveLength(3))

  // The dialog, as the user sees it before choosing.
  const dialog = await openExport(page)
  await expect(dialog.getByRole('radio', { name: 'Native JSON' })).toBeChecked()
  if (hostKind === 'chromium-host') {
    await expect(dialog.getByText(/library’s exports folder/)).toBeVisible()
  }
  await page.screenshot({ path: testInfo.outputPath('export-dialog.png') })
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()

  // Native: the path shown is the file on disk; it validates and every offset holds.
  const [nativePath] = await exportAs(page, 'Native JSON', 1)
  expect(nativePath).toBe(join(exportsDir, `${STEM}.newsroom.json`))
  const native = JSON.parse(await readFile(nativePath, 'utf8')) as NativeFile
  // A reader outside the app: ajv with the formats the schema names (each also has a pattern).
  const ajv = new Ajv2020({ allErrors: true, strict: true })
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/)
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/)
  const validate = ajv.compile(JSON.parse(await readFile(SCHEMA, 'utf8')))
  expect(validate(native), JSON.stringify(validate.errors)).toBe(true)
  expect(native.annotations).toHaveLength(3)
  for (const a of native.annotations) {
    expect(slice(native.text, a.target.start, a.target.end), a.id).toBe(a.target.exact)
  }
  expect(native.annotations.map((a) => a.target.exact).sort()).toEqual(
    ['Jason Droege', 'Meta', QUOTE].sort()
  )

  // W3C: an AnnotationCollection whose selectors quote the same text at the same places.
  const [w3cPath] = await exportAs(page, 'W3C JSON-LD', 1)
  expect(w3cPath).toBe(join(exportsDir, `${STEM}.jsonld`))
  const w3c = JSON.parse(await readFile(w3cPath, 'utf8'))
  expect(w3c.type).toBe('AnnotationCollection')
  expect(w3c['@context']).toContain('http://www.w3.org/ns/anno.jsonld')
  expect(w3c.first.items).toHaveLength(3)
  for (const item of w3c.first.items) {
    const selectors = item.target.selector as {
      type: string
      exact?: string
      start?: number
      end?: number
    }[]
    const byQuote = selectors.find((s) => s.type === 'TextQuoteSelector')!
    const byPosition = selectors.find((s) => s.type === 'TextPositionSelector')!
    expect(slice(native.text, byPosition.start!, byPosition.end!)).toBe(byQuote.exact)
  }

  // CSV: two files, each starting with a UTF-8 byte-order mark; the quote and its speaker.
  const csvPaths = await exportAs(page, 'CSV', 2)
  expect(csvPaths).toEqual([
    join(exportsDir, `${STEM}.quotes.csv`),
    join(exportsDir, `${STEM}.entities.csv`)
  ])
  for (const path of csvPaths) {
    const bytes = await readFile(path)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  }
  const quotesCsv = await readFile(csvPaths[0], 'utf8')
  expect(quotesCsv).toContain('Jason Droege')
  expect(quotesCsv).toContain(QUOTE)
  expect(await readFile(csvPaths[1], 'utf8')).toContain('Meta')
})

test('the fixture’s native file imports as a new article with its 80 annotations', async ({
  page,
  library
}) => {
  await openSample(page)
  await page.getByLabel('Import annotations file').setInputFiles(FIXTURE)
  const report = page.getByRole('dialog', { name: 'Article imported' })
  await expect(report.getByRole('status')).toHaveText(
    `“${SCALE_AI_TITLE}” was added to the library with 80 annotations and 21 entities.`
  )
  await report.getByRole('button', { name: 'Close' }).click()
  await expect(report).toBeHidden()

  // On disk: the article under the fixture's id, exactly the fixture's annotations.
  const fixture = JSON.parse(await readFile(FIXTURE, 'utf8')) as NativeFile
  const imported = (await articlesOnDisk(library)).find((a) => a.fileName === 'scale-ai-meta.json')
  expect(imported).toBeDefined()
  const file = JSON.parse(
    await readFile(join(library, 'articles', 'scale-ai-meta.json'), 'utf8')
  ) as { annotations: NativeFile['annotations'] }
  expect(file.annotations).toHaveLength(80)
  expect(file.annotations).toEqual(fixture.annotations)

  // It is the open article, drawn with all 80 annotations.
  const current = libraryPane(page).locator('[aria-current="page"]')
  await expect(current).toHaveAccessibleName(SCALE_AI_TITLE)
  await expect.poll(async () => (await drawn(page)).length).toBe(80)
  await expect(libraryPane(page).getByRole('listitem')).toHaveCount(2)
})

test('a W3C file applied to the open article re-anchors, reports, and the article reloads', async ({
  page,
  library
}, testInfo) => {
  await openSample(page)
  // One quote reworded (found fuzzily) and one quote that is nowhere in the text (orphan).
  const reworded = 'Scale demeure, sans équivoque, une entreprise indépendante'
  const missing = 'une phrase qui ne figure nulle part dans cet article'
  const jsonld = await fixtureAsW3c((items) => {
    const quoteOf = (exact: string) =>
      items.find((item) =>
        item.target.selector.some((s) => s.type === 'TextQuoteSelector' && s.exact === exact)
      )!
    const first = quoteOf(reworded).target.selector.find((s) => s.type === 'TextQuoteSelector')!
    first.exact = reworded.replace('sans', 'sans aucune')
    const other = items[items.length - 1].target.selector.find(
      (s) => s.type === 'TextQuoteSelector'
    )!
    other.exact = missing
  })
  const dir = await mkdtemp(join(tmpdir(), 'newsroom-e2e-w3c-'))
  const path = join(dir, 'scale-ai.jsonld')
  await writeFile(path, jsonld, 'utf8')

  // An annotation made just before the import: its save must not land after the import.
  await selectText(page, 'Jason Droege', { block: 'standfirst' })
  await page.keyboard.press('p')

  try {
    await page.getByLabel('Import annotations file').setInputFiles(path)
    const confirm = page.getByRole('alertdialog', { name: 'Replace this article’s annotations?' })
    await expect(confirm).toContainText('“scale-ai.jsonld” holds 80 annotations.')
    // The live layer, saved or not, is what the import replaces.
    await expect(confirm).toContainText('The article has 1 annotation and 1 entity now.')
    await confirm.getByRole('button', { name: 'Replace annotations' }).click()

    const report = page.getByRole('dialog', { name: 'Annotations imported' })
    await expect(report.getByRole('status')).toHaveText('78 anchored exactly, 1 fuzzily, 1 orphan')
    const orphans = report.getByRole('region', { name: /^Orphans/ })
    await expect(orphans.getByRole('listitem')).toHaveCount(1)
    await expect(orphans.getByRole('listitem')).toContainText(missing)
    await page.screenshot({ path: testInfo.outputPath('import-report.png') })
    await report.getByRole('button', { name: 'Close' }).click()
    await expect(report).toBeHidden()
  } finally {
    await rm(dir, { recursive: true, force: true })
  }

  // The editor shows the file's layer (79 drawn, the orphan listed apart), read from disk.
  await expect.poll(async () => (await drawn(page)).length).toBe(79)
  const file = await onDisk(library, (f) => {
    expect(f.annotations).toHaveLength(80)
    expect(f.annotations.filter((a) => a.orphaned)).toHaveLength(1)
  })
  for (const a of file.annotations.filter((x) => !x.orphaned)) {
    expect(slice(file.blocks.map((b) => b.text).join('\n\n'), a.target.start, a.target.end)).toBe(
      a.target.exact
    )
  }
  // Well after any autosave would have fired, the import is still what is on disk.
  await page.waitForTimeout(1200)
  const later = await scaleAiFile(library)
  expect(later.annotations).toHaveLength(80)
  expect(later.entities).toHaveLength(21)
})

test('a malformed file is refused with its JSON path, and the library folder is unchanged', async ({
  page,
  library
}) => {
  await openSample(page)
  const fixture = JSON.parse(await readFile(FIXTURE, 'utf8'))
  fixture.annotations[3].target.start = 'twelve'
  const cases = [
    {
      name: 'broken.newsroom.json',
      content: JSON.stringify(fixture, null, 2),
      expected: '$.annotations[3].target.start'
    },
    { name: 'unknown.json', content: '{ "format": "something-else" }', expected: '$.format' },
    { name: 'truncated.newsroom.json', content: '{ "format": ', expected: 'not valid JSON' }
  ]
  const before = await snapshot(library)
  for (const { name, content, expected } of cases) {
    await page.getByLabel('Import annotations file').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(content, 'utf8')
    })
    const refusal = page.getByRole('alertdialog', { name: 'The file was not imported' })
    await expect(refusal.getByRole('alert')).toContainText(`"${name}" cannot be imported.`)
    await expect(refusal.getByRole('alert')).toContainText(expected)
    await refusal.getByRole('button', { name: 'Close' }).click()
    await expect(refusal).toBeHidden()
  }
  expect(await snapshot(library)).toEqual(before)
  await expect(libraryPane(page).getByRole('listitem')).toHaveCount(1)
})
