/**
 * Text between quotation marks: « … », “ … ” and straight " … " (paired in reading order
 * within a block). Words in quotation marks that are a term or a name rather than something
 * said (« superintelligence », « Behemoth », "Project Nova") are left out: a quote has at
 * least {@link MIN_QUOTE_WORDS} words.
 */
import type { Range } from './ranges'

/** Fewer words than this between the marks is a term, a title or a name, not a quote. */
export const MIN_QUOTE_WORDS = 4

/** A quoted passage: the marks' positions and the words inside, trimmed. */
export interface QuotedPassage {
  /** From the opening mark to the closing one, both included. */
  outer: Range
  /** The words inside, without the marks and surrounding spaces. */
  inner: Range
}

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['«', '»'],
  ['“', '”'],
  ['"', '"']
]

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length
}

/** Every quoted passage of at least {@link MIN_QUOTE_WORDS} words, in reading order. */
export function quotedPassages(text: string): QuotedPassage[] {
  const found: QuotedPassage[] = []
  for (const [open, close] of PAIRS) {
    let from = 0
    while (from < text.length) {
      const start = text.indexOf(open, from)
      if (start < 0) break
      const end = text.indexOf(close, start + 1)
      const blockEnd = text.indexOf('\n\n', start)
      if (end < 0 || (blockEnd >= 0 && blockEnd < end)) {
        // An unclosed mark: the quote may go on in the next paragraph; start again there.
        from = blockEnd >= 0 ? blockEnd + 2 : text.length
        continue
      }
      let s = start + 1
      let e = end
      while (s < e && /\s/.test(text[s])) s++
      while (e > s && /\s/.test(text[e - 1])) e--
      if (wordCount(text.slice(s, e)) >= MIN_QUOTE_WORDS) {
        found.push({ outer: { start, end: end + 1 }, inner: { start: s, end: e } })
      }
      from = end + 1
    }
  }
  // Nested marks (“ ” inside « ») leave the outer quote; the inner one is part of it.
  found.sort((a, b) => a.outer.start - b.outer.start)
  return found.filter(
    (q, i) =>
      !found.some((o, j) => j !== i && o.outer.start <= q.outer.start && o.outer.end >= q.outer.end)
  )
}
