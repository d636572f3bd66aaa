/**
 * "Built to stay fast": the panel on an article with 10,000 annotations (2,500 quotes, 5,000
 * entity mentions, 2,500 source notes over 2,500 paragraphs). The article file is put in the
 * library folder while the app is stopped, as a colleague's copy would be; the app reads it
 * like any other. The lists stay virtualised (a few dozen rows in the DOM, whatever their
 * length), the keyboard reaches the last item at once, and a search narrows 10,000 items in
 * a moment (the bounds are generous: test machines are busy).
 */
import { expect, test } from './support/host'
import { articleFile, openWrittenArticle } from './support/articleFile'

const TITLE = 'Dix mille annotations'
const PARAGRAPHS = 2500

/** The article file: 2,500 paragraphs, each with two mentions, a quote and a note. */
function bigArticle() {
  return articleFile({
    id: 'dix-mille',
    title: TITLE,
    paragraphs: Array.from(
      { length: PARAGRAPHS },
      (_, i) => `Mot${i} et Meta${i} ont dit « citation numéro ${i} » selon la source.`
    ),
    entities: Array.from({ length: 100 }, (_, i) => ({
      id: `e${i}`,
      type: i % 2 ? 'organisation' : 'person',
      name: `Entité ${i}`,
      aliases: []
    })),
    annotate: (i, at) => [
      { id: `a${i}`, kind: 'mention', entityId: `e${i % 100}`, target: at(`Mot${i}`) },
      { id: `b${i}`, kind: 'mention', entityId: `e${(i + 1) % 100}`, target: at(`Meta${i}`) },
      {
        id: `c${i}`,
        kind: 'quote',
        speakerId: `e${(i * 7) % 100}`,
        quoteKind: 'direct',
        status: i % 3 ? 'needs-checking' : 'verified',
        comment: '',
        target: at(`citation numéro ${i}`)
      },
      {
        id: `d${i}`,
        kind: 'source-note',
        text: `Note ${i}`,
        sourceKind: 'document',
        title: `Source ${i}`,
        target: at('la source')
      }
    ]
  })
}

test('a panel of 10,000 annotations stays virtualised and answers the keyboard and the search at once', async ({
  page,
  library,
  restart
}) => {
  test.setTimeout(120_000)
  const app = await openWrittenArticle(page, { library, restart }, 'dix-mille.json', bigArticle())
  const panel = app.getByRole('complementary', { name: 'Annotations' })
  const quotesTab = panel.getByRole('tab', { name: /^Quotes\b/ })
  await expect(quotesTab).toHaveAccessibleName('Quotes 2500', { timeout: 30_000 })
  await expect(panel.getByRole('tab', { name: /^Notes\b/ })).toHaveAccessibleName('Notes 2500')

  const quotes = panel.getByRole('list', { name: 'Quotes' })
  const rendered = quotes.getByRole('listitem')
  // 2,500 quotes and 100 speaker headings, but only what is in view (and a few more) exist.
  expect(await rendered.count()).toBeLessThan(60)
  await expect(rendered.first()).toHaveAttribute('aria-setsize', '2600')

  // The keyboard goes to the last quote in one key press.
  const first = quotes.locator('[data-row-main]').first()
  await first.focus()
  const started = Date.now()
  await app.keyboard.press('End')
  const focused = quotes.locator('[data-row-main]:focus')
  await expect(focused).toContainText(/citation numéro \d+/)
  await expect(focused.locator('xpath=ancestor::*[@role="listitem"]')).toHaveAttribute(
    'aria-posinset',
    '2600'
  )
  // Generous for a loaded test machine: without virtualisation this takes far longer.
  expect(Date.now() - started).toBeLessThan(8000)
  expect(await rendered.count()).toBeLessThan(60)

  // A search over 10,000 items narrows the lists without waiting.
  const search = panel.getByRole('searchbox', { name: 'Search annotations' })
  const searchStarted = Date.now()
  await search.fill('citation numéro 2499')
  await expect(quotesTab).toHaveAccessibleName('Quotes 1')
  expect(Date.now() - searchStarted).toBeLessThan(8000)
  await expect(quotes.locator('[data-row-main]')).toHaveCount(1)

  // Entities: 100, each with its mention count, the first lit in the article on choosing.
  await search.fill('')
  await panel.getByRole('tab', { name: /^Entities\b/ }).click()
  const entities = panel.getByRole('list', { name: 'Entities' })
  await expect(entities.locator('[data-row-main]').first()).toContainText('50 mentions')
  await entities.getByRole('button', { name: /^Entité 0\b/ }).click()
  await expect(app.locator('.ProseMirror .ann-lit')).toHaveCount(50)
})
