/**
 * The library's full-text index: the words of every article's text, quotes, source notes and
 * entity names, folded (case, accents, ligatures, apostrophes) so "equivoque" finds
 * "équivoque". Built on MiniSearch (an inverted index with prefix search, no dependencies,
 * pure JavaScript), held by the main process and kept current article by article.
 *
 * Each paragraph, quote, note and entity is one indexed document; a hit is shown as the
 * passage around the words found and carries the code-point range to select on opening.
 */
import MiniSearch, { type SearchResult } from 'minisearch'
import { foldedWords, foldForSearch } from '../annotations/fold'
import type { ArticleFile } from '../model'
import { BLOCK_SEPARATOR, codePointLength } from '../text'
import { entityKey } from './entityKey'
import { findFolded, foldWithOrigin, hasFoldedPhrase, passageAround, type Passage } from './passage'
import { CodePointIndex } from '../text'

/** What a hit was found in. */
export type SearchHitKind = 'text' | 'quote' | 'source-note' | 'entity'

/** One match: the passage to show and what to select when it is chosen. */
export interface SearchHit {
  kind: SearchHitKind
  /** The quote or note found, or the entity's first mention; null for article text. */
  annotationId: string | null
  /** The speaker of a quote, the title of a note, the type of an entity. */
  label: string | null
  /** Library-wide key of the entity found (entity hits) or of the quote's speaker. */
  entityKey: string | null
  passage: Passage
  /** Code points over the article's plain text; null for an entity never mentioned. */
  start: number | null
  end: number | null
}

/** The hits of one article. */
export interface ArticleHits {
  articleId: string
  title: string
  /** Every matching paragraph, quote, note and entity of the article. */
  count: number
  /** The best of them, at most the limit per article. */
  hits: SearchHit[]
}

/** The answer to a query. */
export interface LibrarySearchResult {
  /** Articles with hits, best first. */
  articles: ArticleHits[]
  /** Matching documents over the whole library. */
  total: number
}

/** The words and phrases of a query: phrases in "…", “…” or «…», the rest word by word. */
export interface ParsedQuery {
  phrases: string[]
  words: string[]
  /** The query ends in a word being typed (no space after it): it matches as a prefix. */
  lastIsPrefix: boolean
}

/** Splits a query into phrases (in quotation marks) and single words, all folded. */
export function parseQuery(query: string): ParsedQuery {
  const phrases: string[] = []
  const rest = query.replace(/["“”«»„]([^"“”«»„]*)["“”«»„]?/g, (_m, inner: string) => {
    const phrase = foldForSearch(inner)
    if (phrase) phrases.push(phrase)
    return ' '
  })
  const words = foldedWords(foldForSearch(rest))
  const lastIsPrefix = words.length > 0 && /[\p{L}\p{N}]$/u.test(rest.trimStart())
  return { phrases, words, lastIsPrefix }
}

/** One indexed paragraph, quote, note or entity. */
interface IndexedDoc {
  id: string
  articleId: string
  kind: SearchHitKind
  /** The text shown around a hit (paragraph, quote, note text, entity name). */
  shown: string
  /** Other words that find it (a quote's speaker and comment, a note's title and link). */
  extra: string
  annotationId: string | null
  label: string | null
  entityKey: string | null
  /** Code-point offset of `shown` in the article (paragraphs); selection range otherwise. */
  start: number | null
  end: number | null
  /** Its words folded, once a phrase query first needed them (phrases are checked on these). */
  folded?: string
}

/** Fields MiniSearch indexes; the documents themselves stay in our own map. */
interface IndexedFields {
  id: string
  text: string
}

const tokenize = (text: string): string[] => foldedWords(foldForSearch(text))

/** The text a document is indexed under. */
const wordsOf = (doc: IndexedDoc): string => `${doc.shown} ${doc.extra}`

function docsOf(file: ArticleFile): IndexedDoc[] {
  const articleId = file.article.id
  const docs: IndexedDoc[] = []
  let offset = 0
  file.blocks.forEach((block, i) => {
    docs.push({
      id: `${articleId}\u0000b${i}`,
      articleId,
      kind: 'text',
      shown: block.text,
      extra: '',
      annotationId: null,
      label: null,
      entityKey: null,
      start: offset,
      end: offset + codePointLength(block.text)
    })
    offset += codePointLength(block.text) + codePointLength(BLOCK_SEPARATOR)
  })
  const entities = new Map(file.entities.map((e) => [e.id, e]))
  const firstMention = new Map<string, { id: string; start: number; end: number }>()
  for (const a of file.annotations) {
    if (a.kind === 'mention' && !a.orphaned) {
      const seen = firstMention.get(a.entityId)
      if (!seen || a.target.start < seen.start) {
        firstMention.set(a.entityId, { id: a.id, start: a.target.start, end: a.target.end })
      }
    }
  }
  for (const a of file.annotations) {
    const range = a.orphaned
      ? { start: null, end: null }
      : { start: a.target.start, end: a.target.end }
    if (a.kind === 'quote') {
      const speaker = a.speakerId ? entities.get(a.speakerId) : undefined
      docs.push({
        id: `${articleId}\u0000${a.id}`,
        articleId,
        kind: 'quote',
        shown: a.target.exact,
        extra: [speaker?.name ?? '', a.comment].join(' '),
        annotationId: a.id,
        label: speaker?.name ?? null,
        entityKey: speaker ? entityKey(speaker) : null,
        ...range
      })
    } else if (a.kind === 'source-note') {
      docs.push({
        id: `${articleId}\u0000${a.id}`,
        articleId,
        kind: 'source-note',
        shown: a.text || a.title || a.target.exact,
        extra: [a.title, a.url ?? '', a.target.exact].join(' '),
        annotationId: a.id,
        label: a.title || null,
        entityKey: null,
        ...range
      })
    }
  }
  for (const entity of file.entities) {
    const mention = firstMention.get(entity.id)
    docs.push({
      id: `${articleId}\u0000e:${entity.id}`,
      articleId,
      kind: 'entity',
      shown: entity.name,
      extra: entity.aliases.join(' '),
      annotationId: mention?.id ?? null,
      label: entity.type,
      entityKey: entityKey(entity),
      start: mention?.start ?? null,
      end: mention?.end ?? null
    })
  }
  return docs
}

/** Most articles in one answer, and most hits listed per article. */
export const SEARCH_LIMITS = { articles: 30, hitsPerArticle: 3, checkedPhrases: 5000 }

/** The full-text index of a library. */
export class LibraryIndex {
  private readonly mini = new MiniSearch<IndexedFields>({
    fields: ['text'],
    tokenize,
    // Terms are folded by the tokenizer already.
    processTerm: (term) => term
  })
  private readonly docs = new Map<string, IndexedDoc>()
  private readonly byArticle = new Map<string, { title: string; ids: string[] }>()

  /** How many articles are indexed. */
  get size(): number {
    return this.byArticle.size
  }

  /**
   * Indexes an article, replacing what was indexed for it before. Only the paragraphs,
   * quotes, notes and entities whose words changed are indexed again: a save that changes one
   * quote, or a library-wide rename that changes one entity's copies, does not re-tokenise
   * the whole article (measured: re-indexing whole articles was most of a 300-article merge).
   */
  set(file: ArticleFile): void {
    const docs = docsOf(file)
    const now = new Set(docs.map((d) => d.id))
    for (const id of this.byArticle.get(file.article.id)?.ids ?? []) {
      if (now.has(id)) continue
      this.mini.discard(id)
      this.docs.delete(id)
    }
    const changed: IndexedFields[] = []
    for (const doc of docs) {
      const before = this.docs.get(doc.id)
      this.docs.set(doc.id, doc)
      const text = wordsOf(doc)
      if (before && wordsOf(before) === text) continue
      if (before) this.mini.discard(doc.id)
      changed.push({ id: doc.id, text })
    }
    this.mini.addAll(changed)
    this.byArticle.set(file.article.id, { title: file.article.title, ids: docs.map((d) => d.id) })
  }

  /** Forgets an article (deleted, or moved to quarantine). */
  remove(articleId: string): void {
    const known = this.byArticle.get(articleId)
    if (!known) return
    for (const id of known.ids) {
      this.mini.discard(id)
      this.docs.delete(id)
    }
    this.byArticle.delete(articleId)
  }

  /** Articles matching every word and phrase of the query, best first. */
  search(query: string): LibrarySearchResult {
    const parsed = parseQuery(query)
    const terms = [...parsed.phrases.flatMap((p) => foldedWords(p)), ...parsed.words]
    if (!terms.length) return { articles: [], total: 0 }
    const prefixAt = parsed.lastIsPrefix ? terms.length - 1 : -1
    const results: SearchResult[] = this.mini.search(
      { combineWith: 'AND', queries: terms },
      { prefix: (_term, i) => i === prefixAt }
    )
    const articles = new Map<string, ArticleHits>()
    let total = 0
    let checked = 0
    for (const result of results) {
      const doc = this.docs.get(String(result.id))
      if (!doc) continue
      if (parsed.phrases.length) {
        // MiniSearch finds the words; a phrase also needs them together, in order.
        if (++checked > SEARCH_LIMITS.checkedPhrases) break
        // Folding is most of a phrase query's work: each document is folded once, then kept.
        const folded = (doc.folded ??= foldForSearch(wordsOf(doc)))
        if (!parsed.phrases.every((p) => hasFoldedPhrase(folded, p))) continue
      }
      total++
      let entry = articles.get(doc.articleId)
      if (!entry) {
        if (articles.size >= SEARCH_LIMITS.articles) continue
        const title = this.byArticle.get(doc.articleId)?.title ?? doc.articleId
        entry = { articleId: doc.articleId, title, count: 0, hits: [] }
        articles.set(doc.articleId, entry)
      }
      entry.count++
      if (entry.hits.length < SEARCH_LIMITS.hitsPerArticle) entry.hits.push(hitOf(doc, parsed))
    }
    return { articles: [...articles.values()], total }
  }
}

/** Where the query's first phrase, else its first word, stands in a document's shown text. */
function locate(shown: string, parsed: ParsedQuery): { start: number; end: number } | null {
  const folded = foldWithOrigin(shown)
  for (const phrase of parsed.phrases) {
    const found = findFolded(folded, phrase)
    if (found) return found
  }
  let best: { start: number; end: number } | null = null
  parsed.words.forEach((word, i) => {
    const prefix = parsed.lastIsPrefix && i === parsed.words.length - 1
    const found = findFolded(folded, word, { prefix })
    if (found && prefix) {
      // Select the whole word the prefix starts.
      const rest = /^[\p{L}\p{N}]*/u.exec(shown.slice(found.end))?.[0] ?? ''
      found.end += rest.length
    }
    if (found && (!best || found.start < best.start)) best = found
  })
  return best
}

function hitOf(doc: IndexedDoc, parsed: ParsedQuery): SearchHit {
  const found = locate(doc.shown, parsed)
  const shown = new CodePointIndex(doc.shown)
  const base = {
    kind: doc.kind,
    annotationId: doc.annotationId,
    label: doc.label,
    entityKey: doc.entityKey
  }
  if (doc.kind === 'text' && doc.start !== null) {
    const at = found ?? { start: 0, end: 0 }
    const start = shown.toCodePoint(at.start)
    const end = shown.toCodePoint(at.end)
    return {
      ...base,
      passage: passageAround(shown, start, end),
      start: doc.start + start,
      end: doc.start + end
    }
  }
  const passage = found
    ? passageAround(shown, shown.toCodePoint(found.start), shown.toCodePoint(found.end), 120)
    : passageAround(shown, 0, 0, 160)
  return { ...base, passage, start: doc.start, end: doc.end }
}
