/**
 * Helpers for the desk's tests: a short article, reading a replica's article, passing updates between two
 * offline replicas, and a quote over given words. Test support only.
 */
import * as Y from 'yjs'
import { ARTICLE_SCHEMA_VERSION, type ArticleFile, type Quote } from '../model'
import { CodePointIndex, plainText } from '../text'
import { readArticle } from './articleDoc'

export const TEST_TIME = '2026-11-29T10:00:00.000Z'

/** A short article with an astral character in its headline (one code point, two units). */
export function testArticle(id = 'a1'): ArticleFile {
  return {
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    article: {
      id,
      title: 'Scale AI',
      origin: { kind: 'paste' },
      createdAt: TEST_TIME,
      updatedAt: TEST_TIME
    },
    blocks: [
      { type: 'headline', text: 'Scale AI 😀 and Meta' },
      { type: 'paragraph', text: 'Jason Droege said the company stays independent.' }
    ],
    entities: [],
    annotations: []
  }
}

/** The article a replica holds; throws with the schema's complaints when it holds none. */
export function readOrThrow(doc: Y.Doc): ArticleFile {
  const result = readArticle(doc)
  if (!result.ok) throw new Error(result.problems.join('\n'))
  return result.file
}

/** Two replicas that were apart exchange what each lacks, as on reconnecting. */
export function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b))
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a))
  Y.applyUpdate(b, toB)
  Y.applyUpdate(a, toA)
}

/** A new quote by `by` over the first occurrence of `words` in the article. */
export function quoteOver(file: ArticleFile, id: string, words: string, by: string): Quote {
  const index = new CodePointIndex(plainText(file.blocks))
  const start = index.toCodePoint(index.text.indexOf(words))
  return {
    id,
    kind: 'quote',
    target: index.target(start, start + [...words].length),
    orphaned: false,
    createdBy: by,
    createdAt: TEST_TIME,
    updatedBy: by,
    updatedAt: TEST_TIME,
    speakerId: null,
    quoteKind: 'direct',
    status: 'needs-checking',
    comment: ''
  }
}
