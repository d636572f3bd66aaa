/**
 * The verification queue: every checkable annotation across the library (quotes today, and
 * any kind {@link checkOf} knows), filtered by status, kind, article, assignee and speaker,
 * with the choices each filter offers. Pure, so the app, the command line and the benchmark
 * run the same code.
 */
import type { Annotation, ArticleFile } from '../model'
import { checkOf, OPEN_CHECK_STATUSES, type CheckStatus } from './checks'
import { entityKey } from './entityKey'

/** One thing to check, with what the queue shows and what opening it needs. */
export interface QueueItem {
  articleId: string
  articleTitle: string
  annotationId: string
  kind: Annotation['kind']
  status: CheckStatus
  assignee: string | null
  /** Who speaks a quote or makes a claim: library-wide key and name; null for other kinds. */
  speakerKey: string | null
  speakerName: string | null
  /** Direct, indirect or paraphrase, for quotes. */
  quoteKind: string | null
  /** The words annotated (the last ones they covered, for an orphan). */
  text: string
  /** Code points over the article's plain text. */
  start: number
  end: number
  orphaned: boolean
  updatedAt: string
  updatedBy: string
}

/** What the queue is narrowed to; absent fields do not filter. */
export interface QueueFilter {
  /** Default: the open statuses (needs checking, disputed). */
  statuses?: readonly CheckStatus[]
  kinds?: readonly string[]
  articleId?: string
  /** An assignee's name, or '' for items nobody is assigned to. */
  assignee?: string
  speakerKey?: string
}

/** A choice a filter offers, with how many items (under the other filters) it would show. */
export interface QueueFacet {
  value: string
  label: string
  count: number
}

/** The queue under a filter. */
export interface QueueView {
  items: QueueItem[]
  /** All items under the filter, though `items` may be cut at `limit`. */
  total: number
  facets: {
    articles: QueueFacet[]
    speakers: QueueFacet[]
    assignees: QueueFacet[]
    kinds: QueueFacet[]
    statuses: QueueFacet[]
  }
}

/** Every checkable annotation of one article, in reading order. */
export function queueItemsOf(file: ArticleFile): QueueItem[] {
  const entities = new Map(file.entities.map((e) => [e.id, e]))
  const items: QueueItem[] = []
  for (const annotation of file.annotations) {
    const check = checkOf(annotation)
    if (!check) continue
    const speaker =
      (annotation.kind === 'quote' || annotation.kind === 'claim') && annotation.speakerId
        ? entities.get(annotation.speakerId)
        : undefined
    items.push({
      articleId: file.article.id,
      articleTitle: file.article.title,
      annotationId: annotation.id,
      kind: annotation.kind,
      status: check.status,
      assignee: check.assignee,
      speakerKey: speaker ? entityKey(speaker) : null,
      speakerName: speaker ? speaker.name : null,
      quoteKind: annotation.kind === 'quote' ? annotation.quoteKind : null,
      text: annotation.target.exact,
      start: annotation.target.start,
      end: annotation.target.end,
      orphaned: annotation.orphaned,
      updatedAt: annotation.updatedAt,
      updatedBy: annotation.updatedBy
    })
  }
  return items.sort((a, b) => a.start - b.start || a.end - b.end)
}

/** One bit per filter an item fails, so one pass serves the list and every facet. */
const FAILS = { statuses: 1, kinds: 2, articleId: 4, assignee: 8, speakerKey: 16 } as const
type FilterName = keyof typeof FAILS

function failures(item: QueueItem, filter: QueueFilter, statuses: readonly string[]): number {
  let mask = 0
  if (!statuses.includes(item.status)) mask |= FAILS.statuses
  if (filter.kinds?.length && !filter.kinds.includes(item.kind)) mask |= FAILS.kinds
  if (filter.articleId && item.articleId !== filter.articleId) mask |= FAILS.articleId
  if (filter.assignee !== undefined && (item.assignee ?? '') !== filter.assignee) {
    mask |= FAILS.assignee
  }
  if (filter.speakerKey && item.speakerKey !== filter.speakerKey) mask |= FAILS.speakerKey
  return mask
}

/** Counts the choices of one filter over the items that pass every other filter. */
class FacetCounter {
  private readonly counts = new Map<string, QueueFacet>()
  constructor(
    private readonly skip: FilterName,
    private readonly pick: (item: QueueItem) => { value: string; label: string } | null
  ) {}

  add(item: QueueItem, mask: number): void {
    if ((mask & ~FAILS[this.skip]) !== 0) return
    const choice = this.pick(item)
    if (!choice) return
    const found = this.counts.get(choice.value)
    if (found) found.count++
    else this.counts.set(choice.value, { ...choice, count: 1 })
  }

  facets(): QueueFacet[] {
    return [...this.counts.values()].sort(
      (a, b) => b.count - a.count || a.label.localeCompare(b.label)
    )
  }
}

/**
 * The queue over some articles' items (from {@link queueItemsOf}): the items under the
 * filter, articles in the order given and reading order inside each, cut at `limit`.
 */
export function queueView(
  itemsByArticle: readonly (readonly QueueItem[])[],
  filter: QueueFilter = {},
  limit = Number.POSITIVE_INFINITY
): QueueView {
  const statuses = filter.statuses ?? OPEN_CHECK_STATUSES
  const counters = {
    articles: new FacetCounter('articleId', (i) => ({ value: i.articleId, label: i.articleTitle })),
    speakers: new FacetCounter('speakerKey', (i) =>
      i.speakerKey ? { value: i.speakerKey, label: i.speakerName ?? i.speakerKey } : null
    ),
    assignees: new FacetCounter('assignee', (i) => ({
      value: i.assignee ?? '',
      label: i.assignee ?? ''
    })),
    kinds: new FacetCounter('kinds', (i) => ({ value: i.kind, label: i.kind })),
    statuses: new FacetCounter('statuses', (i) => ({ value: i.status, label: i.status }))
  }
  const items: QueueItem[] = []
  let total = 0
  for (const articleItems of itemsByArticle) {
    for (const item of articleItems) {
      const mask = failures(item, filter, statuses)
      for (const counter of Object.values(counters)) counter.add(item, mask)
      if (mask !== 0) continue
      total++
      if (items.length < limit) items.push(item)
    }
  }
  return {
    items,
    total,
    facets: {
      articles: counters.articles.facets(),
      speakers: counters.speakers.facets(),
      assignees: counters.assignees.facets(),
      kinds: counters.kinds.facets(),
      statuses: counters.statuses.facets()
    }
  }
}
