/**
 * What compromise (an English NLP library with a large lexicon of first names, places and
 * organisations) knows about a word or a text. Its lexicon serves French articles too, for
 * names: "Marie", "Paris" and "Google" are the same words in both languages; its people and
 * organisation finders are used on English text only.
 */
import nlp from 'compromise'
import type { Range } from './ranges'

const tagCache = new Map<string, ReadonlySet<string>>()

/** Compromise's tags for one word out of context ("Jason" → Person, FirstName, …). */
export function wordTags(word: string): ReadonlySet<string> {
  let tags = tagCache.get(word)
  if (!tags) {
    const term = nlp(word).json()[0]?.terms?.[0] as { tags?: string[] } | undefined
    tags = new Set(term?.tags ?? [])
    if (tagCache.size > 5000) tagCache.clear()
    tagCache.set(word, tags)
  }
  return tags
}

/** A word compromise knows as a first name. */
export function isFirstName(word: string): boolean {
  return wordTags(word).has('FirstName')
}

/** A word compromise knows as a place (country, region, city). */
export function isPlaceWord(word: string): boolean {
  const tags = wordTags(word)
  return tags.has('Place') || tags.has('Demonym')
}

/** A word compromise knows as an organisation ("Google", "Reuters"). */
export function isOrganisationWord(word: string): boolean {
  return wordTags(word).has('Organization')
}

/** A word compromise reads as a date word ("April", "Monday"). */
export function isDateWord(word: string): boolean {
  return wordTags(word).has('Date')
}

interface NlpMatch {
  offset?: { start: number; length: number }
}

/** People and organisations compromise finds in an English text, as UTF-16 ranges. */
export function englishNames(text: string): { people: Range[]; organisations: Range[] } {
  const doc = nlp(text)
  const ranges = (matches: NlpMatch[]): Range[] =>
    matches.flatMap((m) => {
      if (!m.offset) return []
      let end = m.offset.start + m.offset.length
      while (end > m.offset.start && /[\s.,;:!?'’"»”)]/.test(text[end - 1])) end--
      return [{ start: m.offset.start, end }]
    })
  return {
    people: ranges(doc.people().json({ offset: true }) as NlpMatch[]),
    organisations: ranges(doc.organizations().json({ offset: true }) as NlpMatch[])
  }
}
