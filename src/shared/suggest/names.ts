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
const CONNECTORS = new Set(['de', 'du', 'des', 'of', 'van', 'von', 'der', 'den', 'di', 'da', 'la'])

/** A capitalised word: "Droege", "OpenAI", "Jean-Luc", "O'Brien", "AI". */
const WORD = /(?<![\p{L}\p{N}_-])\p{Lu}[\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu

/** Lower-cased words the text writes in lower case somewhere. */
function lowerCaseWords(text: string): Set<string> {
  const words = new Set<string>()
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{M}]*/gu)) words.add(m[0])
  return words
}

/** Strips a French elision glued to a capital ("L’Union" stays; "L’entente" is not a word). */
function elided(word: string): string | undefined {
  const m = /^([LDJ]|Qu)['’](.*)$/u.exec(word)
  if (!m) return word
  return /^\p{Lu}/u.test(m[2]) ? m[2] : undefined
}

/** Every run of capitalised words in the text, in reading order. */
export function nameRuns(text: string): NameRun[] {
  const lower = lowerCaseWords(text)
  const isName = (word: string): boolean => {
    const key = word.toLowerCase()
    if (STOP_WORDS.has(key) || isDateWord(word)) return false
    // "Cette" at a sentence start is "cette" elsewhere; "AI" and "OpenAI" keep their capitals.
    const titleCase = /^\p{Lu}[\p{Ll}\p{M}'’-]*$/u.test(word)
    return !(titleCase && lower.has(key))
  }

  const words: { start: number; end: number; word: string }[] = []
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0
    const word = elided(m[0])
    if (word === undefined) continue
    words.push({ start: start + m[0].length - word.length, end: start + m[0].length, word })
  }

  const runs: NameRun[] = []
  let current: { start: number; end: number; words: string[] } | undefined
  const close = (): void => {
    if (current && current.words.length) {
      runs.push({
        start: current.start,
        end: current.end,
        text: text.slice(current.start, current.end),
        words: current.words
      })
    }
    current = undefined
  }
  for (const w of words) {
    const continuation = CONTINUATION_ONLY.has(w.word.toLowerCase())
    if (continuation && !(current && /^[ \u00a0]$/.test(text.slice(current.end, w.start)))) {
      close()
      continue
    }
    if (!continuation && !isName(w.word)) {
      close()
      continue
    }
    if (current) {
      const gap = text.slice(current.end, w.start)
      const head = current.words[0]
      const connected =
        /^[ \u00a0]$/.test(gap) ||
        (/^ (\p{Ll}+ ){1,2}$/u.test(gap) &&
          gap
            .trim()
            .split(' ')
            .every((c) => CONNECTORS.has(c)) &&
          (CONNECTING_HEADS.has(head.toLowerCase()) || isFirstName(head)))
      if (connected) {
        current.end = w.end
        current.words.push(w.word)
        continue
      }
      close()
    }
    current = { start: w.start, end: w.end, words: [w.word] }
  }
  close()
  return runs
}
