/**
 * The library as the desk's memory. Two articles quote Jason Droege (the annotated
 * Scale AI fixture and a short follow-up where his quote is verified), written into the
 * library folder while the app is stopped. The search box finds folded words and phrases
 * across articles and opens a hit with its passage selected; the entity page gathers his
 * quotes from both articles; the verification queue filters by speaker and opens an item
 * from the keyboard; the fact-check report is written, opened in Chromium and read.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { importNative } from '../../src/shared/export/native'
import type { ArticleFile } from '../../src/shared/model'
import { followUpArticle } from '../unit/memoryArticles'
import { expect, test } from './support/host'
import { exportsFolder } from './support/exports'
import { annotationSpans, toolButton } from './annotate.helpers'
import { libraryPane } from './support/ui'

const ROOT = resolve(import.meta.dirname, '../..')
const FIXTURE = join(ROOT, 'tests/fixtures/scale-ai-meta.annotated.newsroom.json')
const ANNOTATED_TITLE = 'Scale AI et Meta (annoté)'
const MEMO_URL = 'https://example.com/scale-ai/memo-juin-2025'

/** Where exports land (a temporary folder for the desktop app). */
const exportsIn = exportsFolder('report')

/** The fixture under its own title, with a link on the memo's source note. */
async function annotatedArticle(): Promise<ArticleFile> {
  const file = importNative(await readFile(FIXTURE, 'utf8'))
  return {
    ...file,
    article: { ...file.article, title: ANNOTATED_TITLE, updatedAt: '2026-06-21T08:00:00.000Z' },
    annotations: file.annotations.map((a) =>
      a.kind === 'source-note' && a.title.startsWith('Memo') ? { ...a, url: MEMO_URL } : a
    )
  }
}

/** Writes both articles into the library while the app is stopped, and opens the app again. */
async function twoArticlesQuotingDroege(
  library: string,
  restart: (whileStopped?: () => Promise<void>) => Promise<Page>
): Promise<Page> {
  return restart(async () => {
    const folder = join(library, 'articles')
    await mkdir(folder, { recursive: true })
    for (const file of [await annotatedArticle(), followUpArticle('verified')]) {
      await writeFile(join(folder, `${file.article.id}.json`), JSON.stringify(file, null, 2))
    }
  })
}

/** The text the page has selected, and whether its start is inside the visible article. */
async function selection(page: Page): Promise<{ text: string; inView: boolean }> {
  return page.evaluate(() => {
    const selected = window.getSelection()
    const range = selected && selected.rangeCount ? selected.getRangeAt(0) : null
    const box = range?.getBoundingClientRect()
    const pane = document.querySelector('main')?.getBoundingClientRect()
    const inView = Boolean(box && pane && box.top >= pane.top && box.bottom <= pane.bottom)
    return { text: selected?.toString() ?? '', inView }
  })
}

/** The library row's button of an article; `aria-current` says it is the one open. */
function openedArticle(page: Page, title: string) {
  return libraryPane(page).getByRole('button', { name: title, exact: true })
}

function searchBox(page: Page) {
  return libraryPane(page).getByRole('searchbox', { name: 'Search the library' })
}

function results(page: Page) {
  return libraryPane(page).getByRole('region', { name: 'Search results' })
}

test('search folds accents, matches phrases, groups by article and opens a hit selected', async ({
  page,
  library,
  restart
}) => {
  await expect(libraryPane(page).getByRole('listitem')).toHaveCount(1, { timeout: 15_000 })
  page = await twoArticlesQuotingDroege(library, restart)
  await expect(libraryPane(page).getByRole('listitem')).toHaveCount(3, { timeout: 15_000 })

  await searchBox(page).fill('equivoque')
  // The seeded sample and the annotated copy both hold the word; the follow-up does not.
  await expect(results(page).getByRole('heading', { level: 3 })).toHaveCount(2)
  const annotated = results(page).getByRole('article').filter({ hasText: ANNOTATED_TITLE })
  await expect(annotated.locator('mark').first()).toHaveText('équivoque')
  await expect(annotated.getByRole('button', { name: /^Quote · Jason Droege/ })).toBeVisible()

  // A phrase needs its words together: "sans équivoque" is there, "équivoque sans" is not.
  await searchBox(page).fill('"equivoque sans"')
  await expect(results(page)).toContainText('Nothing in the library matches')
  await searchBox(page).fill('"SANS EQUIVOQUE"')
  const hit = results(page)
    .getByRole('article')
    .filter({ hasText: ANNOTATED_TITLE })
    .getByRole('button', { name: /^Text/ })
    .first()
  await expect(hit.locator('mark')).toHaveText('sans équivoque')
  await hit.click()
  // The annotated copy opened (the sample, with the same text, has no quotes drawn).
  await expect(annotationSpans(page, 'quote').first()).toBeVisible()
  await expect.poll(() => selection(page)).toEqual({ text: 'sans équivoque', inView: true })
})

test('the entity page shows what a speaker said in every article, and what was verified', async ({
  page,
  library,
  restart
}) => {
  await expect(libraryPane(page).getByRole('listitem')).toHaveCount(1, { timeout: 15_000 })
  page = await twoArticlesQuotingDroege(library, restart)
  await searchBox(page).fill('droege')
  await results(page).getByRole('button', { name: 'Everything about Jason Droege' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Jason Droege' })
  await expect(dialog.getByText('7 quotes, 1 verified')).toBeVisible()
  const rows = dialog.getByRole('row')
  await expect(rows.filter({ hasText: 'Scale AI après Meta' })).toContainText('Verified')
  await expect(rows.filter({ hasText: ANNOTATED_TITLE })).toHaveCount(6)
  // Choosing his verified quote opens the follow-up with the quote selected.
  await dialog
    .getByRole('row')
    .getByRole('button', { name: /Scale reste indépendante/ })
    .click()
  await expect(dialog).toBeHidden()
  await expect
    .poll(() => selection(page))
    .toEqual({ text: 'Scale reste indépendante', inView: true })
})

test('the verification queue filters by speaker and opens an item from the keyboard', async ({
  page,
  library,
  restart
}) => {
  await expect(libraryPane(page).getByRole('listitem')).toHaveCount(1, { timeout: 15_000 })
  page = await twoArticlesQuotingDroege(library, restart)
  // Counts per article in the library list.
  const row = libraryPane(page).getByRole('listitem').filter({ hasText: ANNOTATED_TITLE })
  await expect(row).toContainText('7 to check')

  await libraryPane(page)
    .getByRole('button', { name: /^To check/ })
    .click()
  const queue = page.getByRole('dialog', { name: 'Verification queue' })
  await expect(queue.getByRole('status')).toHaveText(/^7 items/)
  await queue.getByLabel('Speaker').selectOption({ label: 'Jason Droege (6)' })
  await expect(queue.getByRole('status')).toHaveText(/^6 items/)
  await queue.getByLabel('Status').selectOption('verified')
  await expect(queue.getByRole('status')).toHaveText(/^1 item/)
  await expect(queue.getByRole('list', { name: 'Items to check' })).toContainText(
    'Scale reste indépendante'
  )
  await queue.getByLabel('Status').selectOption('open')

  const items = queue.getByRole('list', { name: 'Items to check' }).getByRole('button')
  await items.first().focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  const third = (await items.nth(2).textContent()) ?? ''
  await expect(items.nth(2)).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(queue).toBeHidden()
  const chosen = /«\s*(.+?)\s*»/.exec(third)?.[1] ?? ''
  expect(chosen).not.toBe('')
  await expect.poll(async () => (await selection(page)).text).toBe(chosen)
})

test('the fact-check report is written, opens in Chromium and holds the checks', async ({
  page,
  library,
  restart,
  hostKind
}, testInfo) => {
  await expect(libraryPane(page).getByRole('listitem')).toHaveCount(1, { timeout: 15_000 })
  page = await twoArticlesQuotingDroege(library, restart)
  await openedArticle(page, ANNOTATED_TITLE).click()
  await expect(openedArticle(page, ANNOTATED_TITLE)).toHaveAttribute('aria-current', 'page')
  await toolButton(page, 'Fact-check report').click()
  const done = page.getByRole('dialog', { name: 'Fact-check report' })
  await expect(done.getByRole('status')).toContainText('.fact-check.html')

  const folder = exportsIn(hostKind, library)
  const name = (await readdir(folder)).find((f) => f.endsWith('.fact-check.html'))
  expect(name).toBeDefined()
  const path = join(folder, name!)
  const html = await readFile(path, 'utf8')
  expect(html).not.toMatch(/<script|<link|src=/i)

  const report = await page.context().newPage()
  await report.goto(`file://${path}`)
  await expect(report).toHaveTitle(`Fact-check report · ${ANNOTATED_TITLE}`)
  await expect(report.getByRole('heading', { level: 1 })).toHaveText(ANNOTATED_TITLE)
  const quotes = report.locator('#quotes')
  await expect(quotes.getByRole('heading', { name: /^Jason Droege/ })).toContainText('6 quotes')
  await expect(
    quotes.getByRole('row').filter({ hasText: 'Scale demeure, sans équivoque' })
  ).toContainText('Needs checking')
  await expect(report.locator('#figures').getByRole('row')).toHaveCount(7)
  const sources = report.locator('#sources').getByRole('listitem')
  await expect(sources).toHaveCount(7)
  await expect(report.locator('#sources').getByRole('link', { name: MEMO_URL })).toHaveAttribute(
    'href',
    MEMO_URL
  )
  // The article's highlights carry reference numbers that lead to the lists.
  await expect(report.locator('#article sup a[href="#Q1"]')).toHaveCount(1)
  await report.emulateMedia({ media: 'print' })
  await expect(report.locator('main')).toHaveCSS('box-shadow', 'none')
  await report.emulateMedia({ media: 'screen' })
  await report.setViewportSize({ width: 1000, height: 1400 })
  // A picture to look at, in the test's output folder: the one in docs/ is chosen by hand,
  // and the suite leaves the working tree as it found it (the report prints today's date).
  await report.screenshot({ path: testInfo.outputPath('fact-check-report.png') })
  await report.close()
})
