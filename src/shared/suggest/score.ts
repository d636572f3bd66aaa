/**
 * Precision and recall of the assist against a gold article, per kind:
 *
 * - quotes: the words between the marks, compared after trailing commas and full stops;
 * - speakers: among the suggested quotes that are gold quotes, the speaker's name is the
 *   gold speaker's name or one of its aliases (precision over quotes given a speaker, recall
 *   over gold quotes that have one);
 * - money, percentages, dates: each mention, by its exact text and its normalised value;
 * - people, organisations: each entity, by its name or an alias; a second suggestion for the
 *   same gold entity (a split) is a false positive, and names the gold marks ambiguous are
 *   not counted either way.
 */
import type { GoldArticle } from './gold'
import type { ArticleSuggestions, EntitySuggestion } from './types'

/** The kinds the evaluation reports. */
export const SCORED_KINDS = [
  'quotes',
  'speakers',
  'money',
  'percentages',
  'dates',
  'people',
  'organisations'
] as const
export type ScoredKind = (typeof SCORED_KINDS)[number]

/** Counts for one kind: matched, suggested, expected. */
export interface Counts {
  matched: number
  suggested: number
  expected: number
}

export type Scores = Record<ScoredKind, Counts>

/** Precision (1 when nothing was suggested) and recall (1 when nothing was expected). */
export function precision(c: Counts): number {
  return c.suggested ? c.matched / c.suggested : 1
}
export function recall(c: Counts): number {
  return c.expected ? c.matched / c.expected : 1
}

const norm = (s: string): string =>
  s
    .normalize('NFC')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/[\s,.;:]+$/u, '')
    .trim()

/** How many items of `a` pair with distinct items of `b` (each used once). */
function pairCount(a: readonly string[], b: readonly string[]): number {
  const pool = new Map<string, number>()
  for (const x of b) pool.set(x, (pool.get(x) ?? 0) + 1)
  let n = 0
  for (const x of a) {
    const left = pool.get(x) ?? 0
    if (left > 0) {
      n++
      pool.set(x, left - 1)
    }
  }
  return n
}

function valueMentions(entities: readonly EntitySuggestion[], type: string): string[] {
  return entities
    .filter((e) => e.type === type)
    .flatMap((e) => e.mentions.map((m) => `${norm(m.text)}=${valueText(e.value)}`))
}

function valueText(value: EntitySuggestion['value']): string {
  if (!value) return ''
  if (value.kind === 'money') return `${value.amount} ${value.currency}`
  if (value.kind === 'percentage') return String(value.percent)
  return value.until ? `${value.date}/${value.until}` : value.date
}

function nameScore(
  suggested: readonly EntitySuggestion[],
  gold: GoldArticle['people'],
  ambiguous: readonly string[]
): Counts {
  const names = gold.map((g) => new Set([g.name, ...g.aliases].map(norm)))
  const skip = new Set(ambiguous.map(norm))
  const used = new Set<number>()
  let matched = 0
  let counted = 0
  for (const s of suggested) {
    const name = norm(s.name)
    const i = names.findIndex((set) => set.has(name))
    if (i < 0 && skip.has(name)) continue
    counted++
    if (i >= 0 && !used.has(i)) {
      used.add(i)
      matched++
    }
  }
  return { matched, suggested: counted, expected: gold.length }
}

/** The counts of one article's suggestions against its gold. */
export function scoreArticle(gold: GoldArticle, s: ArticleSuggestions): Scores {
  const quoteTexts = s.quotes.map((q) => norm(q.span.text))
  const goldQuotes = gold.quotes.map((q) => norm(q.text))

  // Speakers: only on quotes both sides agree on.
  const aliasesOf = (name: string): Set<string> => {
    const entry = [...gold.people, ...gold.organisations].find((g) => norm(g.name) === norm(name))
    return new Set([name, ...(entry?.aliases ?? [])].map(norm))
  }
  let speakerMatched = 0
  let speakerSuggested = 0
  const remaining = [...gold.quotes]
  for (const q of s.quotes) {
    const i = remaining.findIndex((g) => norm(g.text) === norm(q.span.text))
    if (i < 0) continue
    const [g] = remaining.splice(i, 1)
    if (!q.speaker) continue
    speakerSuggested++
    if (g.speaker && aliasesOf(g.speaker).has(norm(q.speaker.name))) speakerMatched++
  }

  const goldMoney = gold.money.map((m) => `${norm(m.text)}=${m.amount} ${m.currency}`)
  const goldPercent = gold.percentages.map((m) => `${norm(m.text)}=${m.percent}`)
  const goldDates = gold.dates.map(
    (d) => `${norm(d.text)}=${d.until ? `${d.date}/${d.until}` : d.date}`
  )
  const money = valueMentions(s.entities, 'money')
  const percentages = valueMentions(s.entities, 'percentage')
  const dates = valueMentions(s.entities, 'date')
  const counts = (a: string[], b: string[]): Counts => ({
    matched: pairCount(a, b),
    suggested: a.length,
    expected: b.length
  })

  return {
    quotes: counts(quoteTexts, goldQuotes),
    speakers: {
      matched: speakerMatched,
      suggested: speakerSuggested,
      expected: gold.quotes.filter((q) => q.speaker).length
    },
    money: counts(money, goldMoney),
    percentages: counts(percentages, goldPercent),
    dates: counts(dates, goldDates),
    people: nameScore(
      s.entities.filter((e) => e.type === 'person'),
      gold.people,
      gold.ambiguous
    ),
    organisations: nameScore(
      s.entities.filter((e) => e.type === 'organisation'),
      gold.organisations,
      gold.ambiguous
    )
  }
}

/** Counts added up over several articles (micro-averaged). */
export function addScores(all: readonly Scores[]): Scores {
  const total = Object.fromEntries(
    SCORED_KINDS.map((k) => [k, { matched: 0, suggested: 0, expected: 0 }])
  ) as Scores
  for (const s of all) {
    for (const k of SCORED_KINDS) {
      total[k].matched += s[k].matched
      total[k].suggested += s[k].suggested
      total[k].expected += s[k].expected
    }
  }
  return total
}
