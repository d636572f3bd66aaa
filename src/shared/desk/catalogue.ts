/**
 * The desk's catalogue: one more Yjs document on the desk server, listing the articles shared
 * to the desk, so that every editor's app learns of an article someone else shared and takes
 * a copy of it. It is a map from the article's document name (its id) to who shared it and
 * when. Its name cannot be an article id (ids never start with a dot).
 */
import type * as Y from 'yjs'
import { z } from 'zod'

export const CATALOGUE_NAME = '.catalogue'

export const CatalogueEntry = z.object({
  title: z.string().min(1).max(1000),
  sharedBy: z.string().max(200),
  sharedAt: z.string().max(64)
})
export type CatalogueEntry = z.infer<typeof CatalogueEntry>

/** Document names an article can have on the desk (the library's article ids). */
const DOCUMENT_NAME = /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,199}$/

export function catalogueMap(doc: Y.Doc): Y.Map<CatalogueEntry> {
  return doc.getMap('articles')
}

/** The catalogue's entries; an entry that is not one is left out and named in `problems`. */
export function readCatalogue(doc: Y.Doc): {
  entries: Map<string, CatalogueEntry>
  problems: string[]
} {
  const entries = new Map<string, CatalogueEntry>()
  const problems: string[] = []
  for (const [name, value] of catalogueMap(doc).entries()) {
    const parsed = CatalogueEntry.safeParse(value)
    if (!DOCUMENT_NAME.test(name) || name.includes('..'))
      problems.push(`${name}: not an article id`)
    else if (!parsed.success) problems.push(`${name}: ${parsed.error.issues[0]?.message}`)
    else entries.set(name, parsed.data)
  }
  for (const [key, type] of doc.share) {
    // An empty type is only a name someone looked up (the server's checks do), not content.
    const empty = type._start === null && type._map.size === 0
    if (key !== 'articles' && !empty) problems.push(`${key}: not part of the catalogue`)
  }
  return { entries, problems }
}
