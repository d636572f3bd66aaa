/**
 * Article files written straight into a library folder, as a colleague's copy would be: the
 * long articles of the speed specs, built paragraph by paragraph with targets counted as the
 * app counts them (code points, two between blocks).
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect } from './host'
import { articleButton, articleView } from './ui'

/** When and by whom every generated annotation was made. */
const NOW = '2025-06-20T10:00:00.000Z'
const STAMP = {
  orphaned: false,
  createdBy: 'Léa',
  createdAt: NOW,
  updatedBy: 'Léa',
  updatedAt: NOW
}

/** Where `part` stands in a paragraph, as an annotation's target. */
export type TargetOf = (part: string) => {
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
}

/**
 * A version-1 article file (the app migrates it on opening): a headline, then one paragraph per
 * text, each given the annotations `annotate` makes on it (stamped here).
 */
export function articleFile(options: {
  id: string
  title: string
  paragraphs: readonly string[]
  entities: readonly unknown[]
  annotate: (index: number, at: TargetOf) => Record<string, unknown>[]
}) {
  const blocks = [{ type: 'headline', text: options.title }]
  const annotations: unknown[] = []
  let offset = [...options.title].length + 2
  options.paragraphs.forEach((text, index) => {
    blocks.push({ type: 'paragraph', text })
    const at: TargetOf = (part) => {
      const start = offset + [...text.slice(0, text.indexOf(part))].length
      return { start, end: start + [...part].length, exact: part, prefix: '', suffix: '' }
    }
    for (const annotation of options.annotate(index, at))
      annotations.push({ ...STAMP, ...annotation })
    offset += [...text].length + 2
  })
  return {
    schemaVersion: 1,
    article: {
      id: options.id,
      title: options.title,
      origin: { kind: 'paste' },
      createdAt: NOW,
      updatedAt: NOW
    },
    blocks,
    entities: options.entities,
    annotations
  }
}

/**
 * Puts an article file into the library folder while the app is stopped (as a colleague's
 * copy would arrive), starts it again and opens the article from the library: the page of
 * the restarted app.
 */
export async function openWrittenArticle(
  page: Page,
  where: { library: string; restart: (whileStopped: () => Promise<void>) => Promise<Page> },
  fileName: string,
  file: { article: { title: string } }
): Promise<Page> {
  await expect(articleView(page).getByRole('heading', { level: 1 })).toBeVisible()
  const app = await where.restart(() =>
    writeFile(join(where.library, 'articles', fileName), JSON.stringify(file))
  )
  await articleButton(app, file.article.title).click()
  return app
}
