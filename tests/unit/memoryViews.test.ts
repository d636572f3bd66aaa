import { describe, expect, it } from 'vitest'
import { plainText } from '../../src/shared/text'
import { countOpenChecks } from '../../src/shared/memory/checks'
import { entityKey } from '../../src/shared/memory/entityKey'
import { entityPage, entityKeyIn } from '../../src/shared/memory/entityPage'
import { parseQuery, LibraryIndex } from '../../src/shared/memory/libraryIndex'
import { queueItemsOf, queueView } from '../../src/shared/memory/queue'
import { followUpArticle, scaleAiArticle } from './memoryArticles'

/** Jason Droege's library-wide key (his registry id). */
const DROEGE = entityKey({ type: 'person', name: 'Jason Droege' })

/** The text a hit's code-point range selects in its article. */
function selected(file: ReturnType<typeof scaleAiArticle>, start: number, end: number): string {
  return [...plainText(file.blocks)].slice(start, end).join('')
}

describe('the library index', () => {
  const scale = scaleAiArticle()
  const follow = followUpArticle()
  const index = new LibraryIndex()
  index.set(scale)
  index.set(follow)

  it('finds accented words without their accents, and selects the original text', () => {
    const result = index.search('equivoque')
    expect(result.articles.map((a) => a.articleId)).toEqual([scale.article.id])
    const hits = result.articles[0].hits
    const text = hits.find((h) => h.kind === 'text')!
    expect(text.passage.match).toBe('équivoque')
    expect(selected(scale, text.start!, text.end!)).toBe('équivoque')
    // The quote that holds the word is a hit of its own.
    expect(hits.some((h) => h.kind === 'quote' && h.label === 'Jason Droege')).toBe(true)
  })

  it('matches a phrase only where its words stand together, in order', () => {
    expect(index.search('"sans équivoque"').total).toBeGreaterThan(0)
    const together = index
      .search('"SANS EQUIVOQUE"')
      .articles[0].hits.find((h) => h.kind === 'text')!
    expect(selected(scale, together.start!, together.end!)).toBe('sans équivoque')
    expect(index.search('"équivoque sans"').total).toBe(0)
    expect(index.search('équivoque sans').total).toBeGreaterThan(0)
  })

  it('groups hits by article and finds entity names in every article', () => {
    const result = index.search('droege')
    expect(result.articles.map((a) => a.articleId).sort()).toEqual(
      ['follow-up', scale.article.id].sort()
    )
    const entityHit = result.articles
      .find((a) => a.articleId === 'follow-up')!
      .hits.find((h) => h.kind === 'entity')!
    expect(entityHit.entityKey).toBe(DROEGE)
    expect(selected(follow, entityHit.start!, entityHit.end!)).toBe('Jason Droege')
  })

  it('matches the word being typed as a prefix', () => {
    expect(index.search('indépend').total).toBeGreaterThan(0)
    expect(index.search('indépend ').total).toBe(0)
  })

  it('forgets a removed article and re-indexes a changed one', () => {
    const local = new LibraryIndex()
    local.set(follow)
    expect(local.search('clients').total).toBe(1)
    local.set({
      ...follow,
      blocks: [follow.blocks[0], { type: 'paragraph', text: 'Autre chose.' }],
      annotations: []
    })
    expect(local.search('clients').total).toBe(0)
    expect(local.search('autre').total).toBe(1)
    local.remove(follow.article.id)
    expect(local.search('autre').total).toBe(0)
    expect(local.size).toBe(0)
  })

  it('parses phrases in any quotation marks', () => {
    expect(parseQuery('« Sans équivoque » Meta')).toEqual({
      phrases: ['sans equivoque'],
      words: ['meta'],
      lastIsPrefix: true
    })
  })
})

describe('the verification queue', () => {
  const scale = scaleAiArticle()
  const follow = followUpArticle('needs-checking')
  const items = [queueItemsOf(scale), queueItemsOf(follow)]

  it('lists what still needs checking and filters by speaker across articles', () => {
    const open = queueView(items)
    expect(open.total).toBe(countOpenChecks(scale.annotations) + 1)
    const droege = queueView(items, { speakerKey: DROEGE })
    expect(new Set(droege.items.map((i) => i.articleId))).toEqual(
      new Set([scale.article.id, 'follow-up'])
    )
    expect(droege.items.every((i) => i.speakerName?.toLowerCase() === 'jason droege')).toBe(true)
    const speakers = open.facets.speakers.find((s) => s.value === DROEGE)!
    expect(speakers.count).toBe(droege.total)
  })

  it('filters by status, article and kind', () => {
    const verified = queueView(items, { statuses: ['verified'] })
    expect(verified.total).toBe(0)
    const one = queueView(items, { articleId: 'follow-up' })
    expect(one.items.map((i) => i.annotationId)).toEqual(['q-follow'])
    expect(queueView(items, { kinds: ['source-note'] }).total).toBe(0)
    expect(queueView(items, {}, 2).items).toHaveLength(2)
  })
})

describe('the entity page', () => {
  it('gathers a speaker’s quotes and mentions from every article under one key', () => {
    const scale = scaleAiArticle()
    const follow = followUpArticle('verified')
    const key = entityKeyIn(scale, 'jason-droege')!
    expect(key).toBe(entityKey({ type: 'person', name: 'Jason Droege' }))
    const page = entityPage([scale, follow], key)!
    expect(page.articles.map((a) => a.id)).toEqual([scale.article.id, 'follow-up'])
    expect(page.quotes.filter((q) => q.articleId === 'follow-up').map((q) => q.status)).toEqual([
      'verified'
    ])
    expect(page.quotes.filter((q) => q.articleId === scale.article.id).length).toBe(6)
    const mention = page.mentions.find((m) => m.articleId === 'follow-up')!
    expect(mention.passage.match).toBe('Jason Droege')
    expect(entityPage([scale], 'person:nobody')).toBeNull()
  })
})
