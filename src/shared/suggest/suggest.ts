/**
 * The newsroom assist's first pass over one article, offline and deterministic: quotes and
 * their speakers, people, organisations, money, percentages and dates with normalised
 * values, and the figures checked against each other. What is already annotated is not
 * suggested again.
 */
import type { Annotation, ArticleFile, Block, Entity } from '../model'
import { CodePointIndex, plainText } from '../text'
import { checkSentence } from './arithmetic'
import { findDates } from './dates'
import { findMoneyHits, findPercentageHits } from './figures'
import { groupByValue } from './figureEntities'
import { articleLanguage } from './language'
import { classifyRuns, groupNames, type NamedEntity } from './namedEntities'
import { nameRuns } from './names'
import { quotedPassages, type QuotedPassage } from './quoteMarks'
import { overlaps, spanOf, type Range } from './ranges'
import { sentenceRanges } from './sentences'
import { guessSpeaker, type NamedRange } from './speakers'
import { suggestionKey } from './keys'
import type {
  ArticleSuggestions,
  EntitySuggestion,
  FigureCheck,
  QuoteSuggestion,
  SpeakerGuess
} from './types'

/** What the assist reads: an article's blocks and what is already known about it. */
export interface SuggestInput {
  blocks: readonly Block[]
  /** Declared language ("fr", "en-GB"); detected from the words when absent. */
  language?: string
  /** The article's date, YYYY-MM-DD: "en avril" and "hier" are read against it. */
  articleDate: string
  entities?: readonly Entity[]
  /** What is annotated already (whole records will do; only these fields are read). */
  annotations?: readonly AnnotatedText[]
}

/** What the assist reads of an annotation: its kind, whether it is live, and where it is. */
export type AnnotatedText = Pick<Annotation, 'kind' | 'orphaned'> & {
  target: Pick<Annotation['target'], 'start' | 'end'>
}

/** The assist's suggestions for an article file (dated by its creation unless told). */
export function suggestForArticle(file: ArticleFile, articleDate?: string): ArticleSuggestions {
  return suggest({
    blocks: file.blocks,
    language: file.article.language,
    articleDate: articleDate ?? file.article.createdAt.slice(0, 10),
    entities: file.entities,
    annotations: file.annotations
  })
}

/** The assist's suggestions for an article. */
export function suggest(input: SuggestInput): ArticleSuggestions {
  const text = plainText(input.blocks)
  const index = new CodePointIndex(text)
  const language = articleLanguage(text, input.language)
  const entities = input.entities ?? []
  const sentences = sentenceRanges(text)

  // What is annotated already, in UTF-16 like the finders.
  const live = (input.annotations ?? []).filter((a) => !a.orphaned)
  const toRange = (a: AnnotatedText): Range => ({
    start: index.toUtf16(a.target.start),
    end: index.toUtf16(a.target.end)
  })
  const quoted = live.filter((a) => a.kind === 'quote').map(toRange)
  const mentioned = live.filter((a) => a.kind === 'mention').map(toRange)
  const fresh = (r: Range): boolean =>
    !mentioned.some((m) => m.start === r.start && m.end === r.end)

  // Figures and dates.
  const money = findMoneyHits(text, language)
  const percentages = findPercentageHits(text, language)
  const figuresAt = [...money, ...percentages]
  const dates = findDates(text, language, input.articleDate).filter(
    (d) => !figuresAt.some((f) => overlaps(f, d))
  )
  const valued = groupByValue(
    [
      ...money.map((h) => ({ ...h, type: 'money' as const })),
      ...percentages.map((h) => ({ ...h, type: 'percentage' as const })),
      ...dates.map((h) => ({ ...h, type: 'date' as const }))
    ],
    text,
    entities
  )

  // People and organisations; the speakers named by a verb are people.
  const runs = nameRuns(text).filter((r) => ![...figuresAt, ...dates].some((f) => overlaps(f, r)))
  const allPassages = quotedPassages(text)
  const passages = allPassages.filter((q) => !quoted.some((r) => overlaps(r, q.inner)))
  const context = { text, language, entities }
  let named = groupNames(classifyRuns(context, runs))
  let hits = passages.map((q) =>
    guessSpeaker({ text, sentences, names: namedRanges(named, runs, allPassages) }, q)
  )
  const speakerStarts = new Set(hits.flatMap((h) => (h && h.cue === 'verb' ? [h.range.start] : [])))
  if (speakerStarts.size) {
    named = groupNames(classifyRuns({ ...context, speakerStarts }, runs))
    hits = passages.map((q) =>
      guessSpeaker({ text, sentences, names: namedRanges(named, runs, allPassages) }, q)
    )
  }

  const quotes: QuoteSuggestion[] = passages.map((q, i) => {
    const span = spanOf(index, q.inner)
    const suggestion: QuoteSuggestion = {
      kind: 'quote',
      key: suggestionKey('quote', span.text),
      span
    }
    const hit = hits[i]
    if (hit) suggestion.speaker = speakerOf(hit.range, hit.cue, named, index)
    return suggestion
  })

  const entitySuggestions: EntitySuggestion[] = []
  for (const e of [...named, ...valued]) {
    const mentions = e.mentions.filter(fresh).map((r) => spanOf(index, r))
    if (!mentions.length) continue
    const suggestion: EntitySuggestion = {
      kind: 'entity',
      key: suggestionKey(e.type, 'value' in e && e.value ? valueKey(e.value) : e.name),
      type: e.type,
      name: e.name,
      mentions
    }
    if ('value' in e && e.value) suggestion.value = e.value
    if (e.entityId) suggestion.entityId = e.entityId
    entitySuggestions.push(suggestion)
  }
  entitySuggestions.sort((a, b) => a.mentions[0].start - b.mentions[0].start)

  const checks: FigureCheck[] = sentences.flatMap((s) =>
    checkSentence(text, s, money, percentages, language).map((c): FigureCheck => {
      const spans = c.figures.map((r) => spanOf(index, r))
      return {
        kind: 'figure-check',
        key: suggestionKey(c.relation, spans.map((x) => x.text).join(' | ')),
        relation: c.relation,
        verdict: c.verdict,
        spans,
        expected: c.expected,
        stated: c.stated,
        explanation: c.explanation
      }
    })
  )

  return {
    language,
    articleDate: input.articleDate,
    quotes,
    entities: entitySuggestions,
    checks
  }
}

/** The runs of the text with whether the name they belong to is a person's. */
function namedRanges(
  named: readonly NamedEntity[],
  runs: readonly Range[],
  passages: readonly QuotedPassage[]
): NamedRange[] {
  const people = new Set<number>()
  const organisations = new Set<number>()
  for (const e of named) {
    for (const m of e.mentions) (e.type === 'person' ? people : organisations).add(m.start)
  }
  // A speaker is named outside the quotation marks, never inside them.
  return runs
    .filter((r) => !passages.some((q) => overlaps(q.outer, r)))
    .map((r) => ({
      start: r.start,
      end: r.end,
      person: people.has(r.start),
      organisation: organisations.has(r.start)
    }))
}

function speakerOf(
  range: Range,
  cue: SpeakerGuess['cue'],
  named: readonly NamedEntity[],
  index: CodePointIndex
): SpeakerGuess {
  const owner = named.find((e) => e.mentions.some((m) => m.start === range.start))
  const guess: SpeakerGuess = {
    name: owner?.name ?? index.text.slice(range.start, range.end),
    span: spanOf(index, range),
    cue
  }
  if (owner?.entityId) guess.entityId = owner.entityId
  return guess
}

function valueKey(value: NonNullable<EntitySuggestion['value']>): string {
  switch (value.kind) {
    case 'money':
      return `${value.amount} ${value.currency}`
    case 'percentage':
      return String(value.percent)
    case 'date':
      return value.until ? `${value.date}/${value.until}` : value.date
  }
}
