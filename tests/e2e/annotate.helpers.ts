/**
 * Helpers of the annotation specs (tests/e2e/annotate-*.spec.ts): selecting words in the
 * article as a reader does with the mouse, the toolbar by role, and the article file read
 * back from disk, where every annotation must quote exactly the text it was made on.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { expect } from './support/host'
import { articlesOnDisk } from './support/disk'
import { SCALE_AI_TITLE, articleView } from './support/ui'

/** The quote of issue 3, step 1 (paragraph 2 of the sample). */
export const QUOTE = 'Scale demeure, sans équivoque, une entreprise indépendante'

/** An annotation as stored (the fields the specs look at). */
export interface StoredAnnotation {
  id: string
  kind: 'quote' | 'mention' | 'source-note' | 'claim'
  target: { start: number; end: number; exact: string; prefix: string; suffix: string }
  orphaned: boolean
  createdBy: string
  createdAt: string
  updatedBy: string
  updatedAt: string
  entityId?: string
  speakerId?: string | null
  quoteKind?: string
  status?: string
  comment?: string
  text?: string
  sourceKind?: string
  title?: string
  url?: string
  consultedAt?: string
  verdict?: string | null
  rationale?: string
  sourceNoteIds?: string[]
  assignee?: string
  checkHistory?: {
    id: string
    field: 'status' | 'verdict'
    from: string | null
    to: string | null
    by: string
    at: string
    comment?: string
  }[]
}

/** An entity as stored. */
export interface StoredEntity {
  id: string
  type: string
  name: string
  aliases: string[]
}

/** The whole article file as stored. */
export interface StoredArticle {
  blocks: { type: string; text: string }[]
  entities: StoredEntity[]
  annotations: StoredAnnotation[]
}

/** The Scale AI article file, read from disk now. */
export async function scaleAiFile(library: string): Promise<StoredArticle> {
  const found = (await articlesOnDisk(library)).find((a) => a.article.title === SCALE_AI_TITLE)
  if (!found) throw new Error('the Scale AI article is not on disk')
  const raw = await readFile(join(library, 'articles', found.fileName), 'utf8')
  return JSON.parse(raw) as StoredArticle
}

/** The plain text the offsets count over: blocks joined by a blank line. */
export function plainTextOf(file: StoredArticle): string {
  return file.blocks.map((b) => b.text).join('\n\n')
}

/** The text at an annotation's code-point offsets. */
export function textAt(file: StoredArticle, a: StoredAnnotation): string {
  return [...plainTextOf(file)].slice(a.target.start, a.target.end).join('')
}

/**
 * Asserts the stored annotation quotes exactly `text`, both in `exact` and at its offsets
 * (code points over the blocks joined by "\n\n").
 */
export function expectQuotes(file: StoredArticle, a: StoredAnnotation, text: string): void {
  expect(a.target.exact).toBe(text)
  expect(textAt(file, a)).toBe(text)
}

/** Every live annotation on disk quotes exactly the text at its offsets. */
export function expectAllAnchored(file: StoredArticle): void {
  for (const a of file.annotations.filter((x) => !x.orphaned)) {
    expect(textAt(file, a), `annotation ${a.id} (${a.kind})`).toBe(a.target.exact)
  }
}

/** The entity named `name` on disk (throws when absent). */
export function entityNamed(file: StoredArticle, name: string): StoredEntity {
  const found = file.entities.find((e) => e.name === name)
  if (!found) throw new Error(`no entity named ${name} on disk`)
  return found
}

/** The article's reading view (the ProseMirror element). */
export function readingView(page: Page): Locator {
  return page.getByRole('document', { name: 'Article reading view' })
}

/** The annotation toolbar. */
export function toolbar(page: Page): Locator {
  return page.getByRole('toolbar', { name: 'Annotation tools' })
}

/** A toolbar button by its exact name. */
export function toolButton(page: Page, name: string): Locator {
  return toolbar(page).getByRole('button', { name, exact: true })
}

/** Waits until the sample article is shown and ready for annotating. */
export async function openSample(page: Page): Promise<void> {
  // A first load on a busy machine can take a while.
  await expect(articleView(page).getByRole('heading', { level: 1 })).toHaveText(SCALE_AI_TITLE, {
    timeout: 15_000
  })
  await expect(toolButton(page, 'Quote')).toBeVisible()
}

/**
 * Selects the n-th occurrence of `text` in the article (optionally within one block type, or
 * inside the n-th occurrence of a longer `context`), as a drag of the mouse would, and gives
 * the article the focus. Waits until the editor has
 * taken the selection.
 */
export async function selectText(
  page: Page,
  text: string,
  options: { nth?: number; block?: string; context?: string } = {}
): Promise<void> {
  await page.evaluate(
    async ({ text, nth, block, context }) => {
      // With a context, find the context and select `text` inside it.
      const needle = context ?? text
      const inner = context ? context.indexOf(text) : 0
      if (inner < 0) throw new Error(`“${text}” is not in “${context}”`)
      const view = document.querySelector<HTMLElement>('.ProseMirror')
      if (!view) throw new Error('no article view')
      view.focus({ preventScroll: true })
      const blocks = [...view.querySelectorAll<HTMLElement>('[data-block]')].filter(
        (b) => !block || b.dataset.block === block
      )
      let seen = 0
      for (const b of blocks) {
        const nodes: { node: Text; start: number }[] = []
        let all = ''
        const walker = document.createTreeWalker(b, NodeFilter.SHOW_TEXT)
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          nodes.push({ node: n as Text, start: all.length })
          all += (n as Text).data
        }
        for (let j = all.indexOf(needle); j >= 0; j = all.indexOf(needle, j + 1)) {
          if (seen++ !== nth) continue
          const i = j + inner
          const at = (offset: number, end: boolean) => {
            const hit = nodes.find(
              (x) =>
                offset >= x.start &&
                (end
                  ? offset <= x.start + x.node.data.length
                  : offset < x.start + x.node.data.length)
            )!
            return { node: hit.node, offset: offset - hit.start }
          }
          const a = at(i, false)
          const z = at(i + text.length, true)
          document.getSelection()!.setBaseAndExtent(a.node, a.offset, z.node, z.offset)
          a.node.parentElement?.scrollIntoView({ block: 'center' })
          // Let the editor read the selection (it listens to selectionchange).
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)))
          return
        }
      }
      throw new Error(`“${needle}” (${nth}) is not in the article`)
    },
    { text, nth: options.nth ?? 0, block: options.block, context: options.context }
  )
}

/** Moves the mouse over the middle of some words of the article (found as `selectText` does). */
export async function hoverText(
  page: Page,
  text: string,
  options: { nth?: number; block?: string; context?: string } = {}
): Promise<void> {
  await selectText(page, text, options)
  const box = await page.evaluate(() => {
    const range = document.getSelection()!.getRangeAt(0)
    const rect = range.getClientRects()[0]
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }
  })
  // Drop the selection (a click elsewhere would move the caret): hovering is all we want.
  await page.evaluate(() => document.getSelection()!.collapseToEnd())
  await page.mouse.move(box.x, box.y)
}

/** The article's annotation spans (decorations) of one kind, or all. */
export function annotationSpans(
  page: Page,
  kind?: 'quote' | 'mention' | 'source-note' | 'claim'
): Locator {
  const selector = kind ? `[data-ann-kind="${kind}"]` : '[data-ann-kind]'
  return readingView(page).locator(selector)
}

/**
 * The annotations drawn in the article (of one kind, or all), each with the text it covers.
 * One annotation may be drawn as several spans where others overlap it; they are joined.
 */
export async function drawn(
  page: Page,
  kind?: 'quote' | 'mention' | 'source-note' | 'claim'
): Promise<{ id: string; kind: string; text: string }[]> {
  return annotationSpans(page, kind).evaluateAll((spans) => {
    const byId = new Map<string, { id: string; kind: string; text: string }>()
    for (const span of spans) {
      const id = span.getAttribute('data-ann-id')!
      const entry = byId.get(id) ?? { id, kind: span.getAttribute('data-ann-kind')!, text: '' }
      entry.text += span.textContent ?? ''
      byId.set(id, entry)
    }
    return [...byId.values()]
  })
}

/** The texts of the drawn annotations of one kind, in reading order. */
export async function drawnTexts(
  page: Page,
  kind?: 'quote' | 'mention' | 'source-note' | 'claim'
): Promise<string[]> {
  return (await drawn(page, kind)).map((d) => d.text)
}

/** Polls the file on disk until `check` passes (autosave writes within about a second). */
export async function onDisk(
  library: string,
  check: (file: StoredArticle) => void,
  timeout = 2000
): Promise<StoredArticle> {
  let last: StoredArticle | null = null
  await expect
    .poll(
      async () => {
        last = await scaleAiFile(library)
        try {
          check(last)
          return true
        } catch (error) {
          return String(error)
        }
      },
      { timeout, intervals: [100, 100, 200] }
    )
    .toBe(true)
  return last!
}
