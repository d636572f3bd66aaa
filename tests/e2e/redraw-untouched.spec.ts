/**
 * Issue 9: tagging a word redraws the words around it, not the rest of its paragraph. A new
 * highlight splits a stretch of text in two; ProseMirror's view used to hand each later
 * stretch of the paragraph its predecessor's text and highlight (patches/ holds the fix), so
 * on a dense paragraph one mention rewrote hundreds of highlights. Here the highlights drawn
 * after the new one must be the same elements, with the same annotation and text.
 */
import { expect, test } from './support/host'
import { drawnTexts, openSample, selectText } from './annotate.helpers'

interface Marked {
  marked: { element: Element; id: string | null; text: string }[]
}

const PARAGRAPH = 'Le PDG intérimaire de Scale AI'

test('a new mention leaves the highlights after it in the paragraph as they were', async ({
  page
}) => {
  await openSample(page)
  const later: [string, string, string][] = [
    ['Jason Droege', 'Scale AI, Jason Droege, a publiquement', 'p'],
    ['Meta', 'de dollars de Meta pour', 'o'],
    ['49 %', 'participation de 49 %, ce', 'c'],
    ['29 milliards de dollars', 'à 29 milliards de dollars.', 'm'],
    ['2019', 'depuis 2019, ne', 'd'],
    ['Alexandr Wang', 'fondateur Alexandr Wang pour', 'p'],
    ['WhatsApp', 'acquisition de WhatsApp.', 'o']
  ]
  for (const [text, context, key] of later) {
    await selectText(page, text, { context })
    await page.keyboard.press(key)
    await expect.poll(() => drawnTexts(page, 'mention')).toContain(text)
  }

  // Every highlight element of the paragraph, with what it shows now.
  await page.evaluate((start) => {
    const block = [...document.querySelectorAll('.ProseMirror [data-block]')].find((b) =>
      b.textContent?.startsWith(start)
    )!
    ;(window as unknown as Marked).marked = [...block.querySelectorAll('[data-ann-id]')].map(
      (element) => ({
        element,
        id: element.getAttribute('data-ann-id'),
        text: element.textContent ?? ''
      })
    )
  }, PARAGRAPH)

  // A mention at the start of the paragraph, before all of them.
  await selectText(page, 'Scale AI', { context: 'intérimaire de Scale AI, Jason' })
  await page.keyboard.press('o')
  await expect.poll(() => drawnTexts(page, 'mention')).toContain('Scale AI')

  const { kept, changed, total } = await page.evaluate(() => {
    const { marked } = window as unknown as Marked
    const changed = marked.filter(
      (m) =>
        m.element.isConnected &&
        (m.element.getAttribute('data-ann-id') !== m.id || m.element.textContent !== m.text)
    )
    const kept = marked.filter(
      (m) =>
        m.element.isConnected &&
        m.element.getAttribute('data-ann-id') === m.id &&
        m.element.textContent === m.text
    )
    return {
      kept: kept.length,
      changed: changed.map((m) => `${m.text} → ${m.element.textContent}`),
      total: marked.length
    }
  })
  expect(total).toBeGreaterThanOrEqual(later.length)
  // No highlight was handed another's text or annotation, and those after it stayed in place.
  expect(changed).toEqual([])
  expect(kept).toBeGreaterThanOrEqual(later.length)
})
