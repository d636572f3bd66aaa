/**
 * Highlights near the viewport only: on a long article (600 paragraphs, a mention in each),
 * the DOM holds the highlights around what is on screen, not all 600; scrolling to the end
 * draws the last paragraphs' highlights; and choosing an annotation far down in the panel
 * draws it, scrolls to it and flashes it.
 */
import type { Locator } from '@playwright/test'
import { expect, test, type Page } from './support/host'
import { articleFile, openWrittenArticle } from './support/articleFile'

const TITLE = 'Six cents paragraphes'
const PARAGRAPHS = 600

/** The article file: each paragraph about 500 characters, its own name tagged once. */
function longArticle() {
  const filler = ' a confirmé la transaction devant les analystes du secteur.'.repeat(8)
  const names = Array.from({ length: PARAGRAPHS }, (_, i) => `Personne${i}`)
  return articleFile({
    id: 'six-cents',
    title: TITLE,
    paragraphs: names.map((name) => `${name}${filler}`),
    entities: names.map((name, i) => ({ id: `e${i}`, type: 'person', name, aliases: [] })),
    annotate: (i, at) => [{ id: `m${i}`, kind: 'mention', entityId: `e${i}`, target: at(names[i]) }]
  })
}

// Six hundred paragraphs, written and opened on a busy machine: room.
test.describe.configure({ timeout: 120_000 })

/** The long article opened in the app: the app's page and the article view. */
async function openLongArticle(
  page: Page,
  where: Parameters<typeof openWrittenArticle>[1]
): Promise<{ app: Page; view: Locator }> {
  const app = await openWrittenArticle(page, where, 'six-cents.json', longArticle())
  return { app, view: app.locator('.ProseMirror') }
}

test('a long article draws the highlights near the viewport, and more as it scrolls', async ({
  page,
  library,
  restart
}) => {
  const { app, view } = await openLongArticle(page, { library, restart })
  const highlights = view.locator('.ann-mention')
  await expect(view.locator('.ann-mention[data-ann-id="m0"]')).toBeVisible({ timeout: 30_000 })
  // Every annotation has its row in the panel, but only some of the 600 are in the DOM.
  await expect(
    app
      .getByRole('complementary', { name: 'Annotations' })
      .getByRole('tab', { name: /^Entities\b/ })
  ).toHaveAccessibleName(`Entities ${PARAGRAPHS}`)
  const atTop = await highlights.count()
  expect(atTop).toBeGreaterThan(5)
  expect(atTop).toBeLessThan(PARAGRAPHS / 2)
  await expect(view.locator(`.ann-mention[data-ann-id="m${PARAGRAPHS - 1}"]`)).toHaveCount(0)

  // The article opened with the first screen's highlights; the window widens once idle, to
  // paragraphs beyond that first screen.
  await expect(view.locator('.ann-mention[data-ann-id="m20"]')).toHaveCount(1)

  // Scrolled to the end: the last paragraphs' highlights are drawn, the first ones are not
  // (but for those around the selection, still at the start: what the annotator acts on).
  await app
    .getByRole('main', { name: 'Article' })
    .evaluate((el) => (el.scrollTop = el.scrollHeight))
  await expect(view.locator(`.ann-mention[data-ann-id="m${PARAGRAPHS - 1}"]`)).toBeInViewport()
  await expect(view.locator('.ann-mention[data-ann-id="m20"]')).toHaveCount(0)
  expect(await highlights.count()).toBeLessThan(PARAGRAPHS / 2)

  // Chosen in the panel from the end of the article: drawn, scrolled to and flashed.
  const panel = app.getByRole('complementary', { name: 'Annotations' })
  await panel.getByRole('tab', { name: /^Entities\b/ }).click()
  await panel.getByRole('searchbox', { name: 'Search annotations' }).fill('Personne3')
  const entities = panel.getByRole('list', { name: 'Entities' })
  await entities.getByRole('button', { name: /^Personne3\b/ }).click()
  await expect(view.locator('.ann-mention[data-ann-id="m3"]')).toBeInViewport()
})

test('a selection made far down and scrolled to survives the window moving to it, even read a frame late', async ({
  page,
  library,
  restart
}) => {
  const { app, view } = await openLongArticle(page, { library, restart })
  await expect(view.locator('.ann-mention[data-ann-id="m20"]')).toHaveCount(1, { timeout: 30_000 })
  const far = PARAGRAPHS - 100
  await expect(view.locator(`.ann-mention[data-ann-id="m${far}"]`)).toHaveCount(0)

  await view.evaluate((element, far) => {
    // A busy page may run the frame that moves the window before the `selectionchange` task
    // that tells the editor of the new selection: here that event reaches the editor one
    // frame late, every time.
    document.addEventListener(
      'selectionchange',
      (event) => {
        if (!event.isTrusted) return
        event.stopImmediatePropagation()
        requestAnimationFrame(() =>
          setTimeout(() => document.dispatchEvent(new Event('selectionchange')))
        )
      },
      { capture: true }
    )
    const paragraph = element.querySelectorAll('[data-block="paragraph"]')[far]
    const text = paragraph.firstChild as Text
    element.focus({ preventScroll: true })
    document.getSelection()!.setBaseAndExtent(text, 0, text, `Personne${far}`.length)
    paragraph.scrollIntoView({ block: 'center' })
  }, far)

  // The window moved to the selection (its highlight is drawn) and the selection stayed.
  await expect(view.locator(`.ann-mention[data-ann-id="m${far}"]`)).toBeInViewport()
  await expect
    .poll(() => app.evaluate(() => document.getSelection()?.toString()))
    .toBe(`Personne${far}`)
  await page.waitForTimeout(300)
  expect(await app.evaluate(() => document.getSelection()?.toString())).toBe(`Personne${far}`)
})
