/**
 * Runs of capitalised words that may name a person or an organisation: "Jason Droege",
 * "Scale AI", "OpenAI", "Banque de France". A word that only wears a capital because it
 * starts a sentence ("Cette", "The", "Toutefois") is left out: it is in the stop list, or
 * the article also writes it in lower case.
 */
import { isDateWord, isFirstName } from './lexicon'
import type { Range } from './ranges'

/** One run of capitalised words. */
export interface NameRun extends Range {
  text: string
  words: string[]
  /** The French elision glued to the name ("l" for "l’Insee"): institutions take one. */
  elision?: string
}

/** Capitalised words that are not names in either language (sentence starts, titles). */
const STOP_WORDS = new Set(
  (
    'le la les l un une des du de d dans pour par sur selon cette ce cet ces mais et ou il elle ils ' +
    'elles on nous vous je toutefois malgré avec après avant lors depuis alors ainsi en au aux ' +
    'pourtant cependant si quand comme tout tous toute son sa ses leur leurs notre votre aucun ' +
    'chaque plusieurs certains certaines quant outre enfin puis or donc car là ici hier ' +
    'aujourd demain lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars ' +
    'avril mai juin juillet août septembre octobre novembre décembre the a an in on at for by ' +
    'with from of to as but and or it he she they we i this that these those his her their its ' +
    'our your after before during since while when if although despite according however ' +
    'meanwhile still yet last next earlier later some many most such other another both each ' +
    'every no not there here what who why how all more one two three mr mrs ms dr m mme mlle ' +
    'me pr sir source sources photo pdg ceo cfo pib gdp monday tuesday wednesday ' +
    'thursday friday saturday sunday ok tv'
  ).split(/\s+/)
)

/** Titles written before a name but not part of it ("Captain Rory Fenwick"). */
const TITLES = new Set(
  (
    'captain capitaine councillor conseiller inspector inspecteur professor professeur doctor ' +
    'docteur sergeant sergent colonel admiral amiral judge juge senator ' +
    'sénateur sénatrice governor gouverneur chancellor mayor maire dr pr'
  ).split(' ')
)

/** Words that are a name only after another one: "Scale AI" but not "l’IA" alone. */
const CONTINUATION_ONLY = new Set(['ai', 'ia'])

/** First words of organisation names that take "de", "of", "du" inside the name. */
const CONNECTING_HEADS = new Set(
  (
    'banque bank université university ministère ministry port institut institute cour court ' +
    'conseil council department département office bureau agence agency commission société ' +
    'caisse fédération federation association chambre chamber ville city hôpital hospital ' +
    'collège college école school musée museum fonds fund autorité authority tribunal ' +
    'assemblée assembly parti party syndicat union'
  ).split(' ')
)
const CONNECTORS = new Set([
  'de',
  'du',
  'des',
  'of',
  'van',
  'von',
  'der',
  'den',
  'di',
  'da',
  'la',
  'l',
  'd',
  'the'
])

/** A capitalised word: "Droege", "OpenAI", "Jean-Luc", "O'Brien", "AI". */
const WORD = /(?<![\p{L}\p{N}_-])\p{Lu}[\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu

/** Capitalised particles inside a person's name: "Thomas Le Goff", "Ursula Von der Leyen". */
const PARTICLES = new Set([
  'le',
  'la',
  'de',
  'du',
  'des',
  'van',
  'von',
  'der',
  'di',
  'da',
  'del',
  'den',
  'ten',
  'ter'
])

/** French adjectives that end an institution's name: "Union européenne", "Fonds monétaire international". */
const NAME_ADJECTIVES =
  /^(?: \p{Ll}+(?:al|ale|aux|ien|ienne|ique|aire|el|elle|ain|aine|ais|aise|éen|éenne|ois|oise|if|ive|iste|ial|iale)){1,2}(?![\p{L}])/u

/** Lower-cased words the text writes in lower case somewhere. */
function lowerCaseWords(text: string): Set<string> {
  const words = new Set<string>()
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{M}]*/gu)) words.add(m[0])
  return words
}

/** Strips a French elision glued to a capital ("L’Union" stays; "L’entente" is not a word). */
function elided(word: string): { word: string; elision?: string } | undefined {
  const m = /^([LDJ]|Qu)['’](.*)$/u.exec(word)
  if (!m) return { word }
  return /^\p{Lu}/u.test(m[2]) ? { word: m[2], elision: m[1].toLowerCase() } : undefined
}

/** True when a position starts a sentence, a block or a quotation. */
function startsSentence(text: string, position: number): boolean {
  const before = text.slice(Math.max(0, position - 6), position)
  return /(?:^|[.!?…:]["»”’)]*\s+|\n|[«“"]\s*)$/u.test(
    position < 6 ? text.slice(0, position) : before
  )
}

const isTitleCase = (w: string): boolean => /^\p{Lu}[\p{Ll}\p{M}'’-]*$/u.test(w)

interface Word {
  start: number
  end: number
  word: string
  elision?: string
}

/** Every run of capitalised words in the text, in reading order. */
export function nameRuns(text: string): NameRun[] {
  const lower = lowerCaseWords(text)
  const isName = (word: string): boolean => {
    const key = word.toLowerCase()
    return !STOP_WORDS.has(key) && !isDateWord(word)
  }

  const words: Word[] = []
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0
    const found = elided(m[0].replace(/['’]s$/u, ''))
    if (found === undefined) continue
    const end = start + m[0].replace(/['’]s$/u, '').length
    const wordStart = end - found.word.length
    // "l’Insee" mid-sentence: the elision is lower case and outside the match.
    const elision =
      found.elision ??
      (/(?<![\p{L}])[lL]['’]$/u.test(text.slice(Math.max(0, wordStart - 3), wordStart))
        ? 'l'
        : undefined)
    words.push({ start: wordStart, end, word: found.word, elision })
  }
  // Words written with a capital in the middle of a sentence somewhere in the text.
  const midSentence = new Set(
    words.filter((w) => !startsSentence(text, w.start)).map((w) => w.word)
  )

  const runs: NameRun[] = []
  let current: { start: number; end: number; words: string[]; elision?: string } | undefined
  const close = (): void => {
    // "Captain Rory Fenwick", "Dr Ana Lima": the title is not part of the name.
    // Only before a full name: "Capitaine Ventures" is a fund's name, title and all.
    if (current && current.words.length >= 3 && TITLES.has(current.words[0].toLowerCase())) {
      const rest = text.indexOf(current.words[1], current.start + current.words[0].length)
      current = { start: rest, end: current.end, words: current.words.slice(1) }
    }
    if (current) {
      const hasHead = current.words.some((w) => CONNECTING_HEADS.has(w.toLowerCase()))
      const adjectives = hasHead
        ? NAME_ADJECTIVES.exec(text.slice(current.end, current.end + 40))
        : null
      if (adjectives) current.end += adjectives[0].length
      const run: NameRun = {
        start: current.start,
        end: current.end,
        text: text.slice(current.start, current.end),
        words: current.words
      }
      if (current.elision) run.elision = current.elision
      // "Leaders at …", "Logistics companies …": a lone capital at a sentence start is a
      // name only if the text also writes it with a capital elsewhere.
      // A capital after a hyphen ("Météo-France") is the name's own, not the sentence's.
      const lone =
        current.words.length === 1 &&
        isTitleCase(current.words[0]) &&
        !/-\p{Lu}/u.test(current.words[0])
      if (!(lone && startsSentence(text, current.start) && !midSentence.has(current.words[0]))) {
        runs.push(run)
      }
    }
    current = undefined
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i]
    const key = w.word.toLowerCase()
    const gap = current ? text.slice(current.end, w.start) : ''
    // "British Airline Pilots' Association": a plural possessive inside a name joins it.
    const possessive =
      current !== undefined &&
      /^['’][ \u00a0]$/u.test(gap) &&
      /s$/u.test(text.slice(0, current.end))
    const adjacent = current !== undefined && (/^[ \u00a0]$/.test(gap) || possessive)
    if (CONTINUATION_ONLY.has(key)) {
      if (adjacent && current) {
        current.end = w.end
        current.words.push(w.word)
      } else close()
      continue
    }
    if (current && adjacent && PARTICLES.has(key)) {
      const next = words[i + 1]
      if (next && /^[ \u00a0]$/.test(text.slice(w.end, next.start)) && isName(next.word)) {
        current.end = w.end
        current.words.push(w.word)
        continue
      }
    }
    if (!isName(w.word)) {
      close()
      continue
    }
    if (current) {
      const hasHead = current.words.some((x) => CONNECTING_HEADS.has(x.toLowerCase()))
      const connectors = gap.trim().split(' ')
      const connected =
        adjacent ||
        (/^ (\p{Ll}+['’]?\s?){1,2}$/u.test(gap) &&
          connectors.every(
            (c) => CONNECTORS.has(c.replace(/['’]$/, '')) || (hasHead && c === 'and')
          ) &&
          (hasHead || isFirstName(current.words[0])))
      if (connected) {
        current.end = w.end
        current.words.push(w.word)
        continue
      }
      close()
    }
    // A title-case word that the text also writes in lower case only starts a name mid-sentence.
    if (isTitleCase(w.word) && lower.has(key) && startsSentence(text, w.start)) continue
    current = { start: w.start, end: w.end, words: [w.word], elision: w.elision }
  }
  close()
  return runs
}
