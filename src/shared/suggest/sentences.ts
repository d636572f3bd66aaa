/**
 * Sentences of the plain text, for the speaker of a quote and for figures checked against
 * each other. A sentence ends at ".", "!", "?" or "…" followed by a space and a capital, a
 * digit or an opening quotation mark, or at a block break; never inside « » or “ ”, nor
 * after a title or an initial ("M.", "Mr.", "J.").
 */
import type { Range } from './ranges'

/** Words after which a full stop does not end the sentence. */
const ABBREVIATIONS = new Set(
  'm mm mme mmes mlle dr pr me st sr jr mr mrs ms prof gen gov sen rep inc corp co ltd no vs etc av apr ste cie'.split(
    ' '
  )
)

const OPENING = '«“'
const CLOSING = '»”'

/** The sentences of a text, as UTF-16 ranges without surrounding spaces. */
export function sentenceRanges(text: string): Range[] {
  const ranges: Range[] = []
  let start = 0
  let depth = 0
  const push = (end: number): void => {
    let s = start
    let e = end
    while (s < e && /\s/.test(text[s])) s++
    while (e > s && /\s/.test(text[e - 1])) e--
    if (e > s) ranges.push({ start: s, end: e })
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (OPENING.includes(c)) depth++
    else if (CLOSING.includes(c)) depth = Math.max(0, depth - 1)
    else if (c === '\n' && text[i + 1] === '\n') {
      push(i)
      start = i + 2
      depth = 0
      i++
    } else if (depth === 0 && '.!?…'.includes(c) && endsSentence(text, i)) {
      let end = i + 1
      while (end < text.length && '»”"’)'.includes(text[end])) end++
      push(end)
      start = end
      i = end - 1
    }
  }
  push(text.length)
  return ranges
}

function endsSentence(text: string, i: number): boolean {
  const after = /^[»”"’)]*\s+(.)/u.exec(text.slice(i + 1, i + 8))
  if (!after || !/[\p{Lu}\d«“"]/u.test(after[1])) return false
  if (text[i] !== '.') return true
  const word = /(\p{L}+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1]
  if (!word) return true
  if (word.length === 1 && /\p{Lu}/u.test(word)) return false
  return !ABBREVIATIONS.has(word.toLowerCase())
}

/** The sentence that holds a position (the last one starting at or before it). */
export function sentenceAt(sentences: readonly Range[], position: number): Range | undefined {
  let found: Range | undefined
  for (const s of sentences) {
    if (s.start > position) break
    found = s
  }
  return found
}
