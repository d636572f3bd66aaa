/**
 * Issue 8, part 6: hostile input end to end. HTML and Markdown full of scripts, frames, event
 * handlers, `javascript:` links and SVG `onload` are imported through the app: no script runs
 * (the global every payload would set stays unset), no dialog opens, the page never navigates,
 * and no script or style text becomes article text. A source note URL with `javascript:`,
 * `data:` or `file:` is refused by the form and by the main process, and can never be opened.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFigures } from '../../src/main/testing/figures.testkit'
import { onDisk, openSample, selectText } from './annotate.helpers'
import { callChannel } from './support/api'
import { articleTitled } from './support/disk'
import { expect, test, type Page } from './support/host'
import { articleView, importInput, SCALE_AI_TITLE } from './support/ui'

const FIXTURES = join(import.meta.dirname, 'fixtures')
const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:window.__pwned=1',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd'
]

/** Everything a hostile payload could make the page do, recorded from the start. */
function watchForEffects(page: Page) {
  const dialogs: string[] = []
  const navigations: string[] = []
  const startUrl = page.url()
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && frame.url() !== startUrl) navigations.push(frame.url())
  })
  return { dialogs, navigations }
}

/** The number of payloads in a fixture: each script, handler, frame and hostile link. */
function payloadCount(source: string): number {
  return (
    source.match(/<script|<iframe|<object|<style|\son[a-z]+=|javascript:|data:|file:/gi) ?? []
  ).length
}

/** What each payload would set `__pwned` to ("md script", "img onerror"), but quoted text. */
function payloadMarkers(source: string): string[] {
  const markers = [...source.matchAll(/__pwned\s*=\s*'([^']+)'/g)].map((m) => m[1])
  return markers.filter((marker) => marker !== 'escaped text')
}

test('hostile HTML and Markdown imports run nothing and keep only the article text', async ({
  page,
  library
}) => {
  const effects = watchForEffects(page)
  const titleBefore = await page.title()
  const imports = [
    { file: 'hostile.md', headline: 'Port authority audit finds missing funds' },
    { file: 'hostile.html', headline: 'Mayor denies wrongdoing in procurement case' }
  ]
  let payloads = 0
  for (const { file, headline } of imports) {
    const source = await readFile(join(FIXTURES, file), 'utf8')
    payloads += payloadCount(source)
    await importInput(page).setInputFiles(join(FIXTURES, file))
    await expect(articleView(page).getByRole('heading', { level: 1 })).toHaveText(headline)
    // Handlers (onerror, onload, ontoggle) would fire asynchronously: give them the chance.
    await page.waitForTimeout(500)

    const view = articleView(page)
    for (const selector of ['script', 'style', 'iframe', 'object', 'svg', 'img', 'details']) {
      await expect(view.locator(selector), `${file}: ${selector}`).toHaveCount(0)
    }
    await expect(page.locator('a[href^="javascript:" i], a[href^="data:" i]')).toHaveCount(0)
    await expect(page.locator('body [onerror], body [onload], body [onclick]')).toHaveCount(0)

    const saved = await articleTitled(library, headline)
    const text = saved.blocks.map((b) => b.text).join('\n')
    // Script and style text never becomes article text (hostile.html quotes one script as
    // escaped, visible text on purpose: that one stays); the words around them stay.
    for (const marker of payloadMarkers(source)) {
      expect(text, `${file}: ${marker}`).not.toContain(marker)
    }
    expect(text).not.toMatch(/background\s*:|color\s*:\s*red|javascript:|data:text|file:\/\//)
  }
  const md = await articleTitled(library, imports[0].headline)
  expect(md.blocks.map((b) => b.text)).toEqual([
    'Port authority audit finds missing funds',
    'The audit found that 1.4 million dollars could not be traced, according to the report.',
    'The chair of the board said the findings would be published in full, and answered ' +
      'questions for an hour.',
    'Auditors will return in the spring.',
    'data link and file link were in the draft.'
  ])

  expect(await page.evaluate('typeof window.__pwned')).toBe('undefined')
  expect(effects.dialogs).toEqual([])
  expect(effects.navigations).toEqual([])
  expect(await page.title()).toBe(titleBefore)
  await writeFigures('hostile-imports', { hostileInputsNeutralised: payloads })
})

test('a note URL with javascript:, data: or file: is refused and can never be opened', async ({
  page,
  hostKind,
  library
}) => {
  const effects = watchForEffects(page)
  await openSample(page)
  const before = await onDisk(library, () => undefined)

  await selectText(page, '14,3 milliards de dollars', { block: 'standfirst' })
  await page.keyboard.press('n')
  const dialog = page.getByRole('dialog', { name: 'Source note' })
  await dialog.getByLabel('Note').fill('Source douteuse.')
  const url = dialog.getByLabel('URL')
  for (const hostile of HOSTILE_URLS) {
    await url.fill(hostile)
    await dialog.getByRole('button', { name: 'Save source note' }).click()
    await expect(dialog, hostile).toBeVisible()
    await expect(url, hostile).toHaveAttribute('aria-invalid', 'true')
  }
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  // The main process refuses them too, whatever the page sends.
  const note = {
    id: 'hostile-note',
    kind: 'source-note',
    target: { start: 0, end: 1, exact: [...before.blocks[0].text][0], prefix: '', suffix: '' },
    createdBy: '',
    createdAt: '2026-01-01T00:00:00Z',
    updatedBy: '',
    updatedAt: '2026-01-01T00:00:00Z',
    text: 'x',
    sourceKind: 'web-page',
    title: ''
  }
  for (const hostile of HOSTILE_URLS) {
    const opened = await callChannel(page, hostKind, 'openExternal', { url: hostile })
    expect(opened, hostile).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    const saved = await callChannel(page, hostKind, 'saveArticle', {
      id: (await articleTitled(library, SCALE_AI_TITLE)).article.id,
      entities: before.entities,
      annotations: [...before.annotations, { ...note, url: hostile }]
    })
    expect(saved, hostile).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  }
  expect(await onDisk(library, () => undefined)).toEqual(before)
  await expect(
    page.locator('a[href^="javascript:" i], a[href^="data:" i], a[href^="file:" i]')
  ).toHaveCount(0)
  expect(effects.dialogs).toEqual([])
  expect(effects.navigations).toEqual([])
})
