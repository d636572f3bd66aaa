/**
 * Passages: the words around a match, to show a search hit or a mention in a list, and
 * finding folded words in an unfolded text (so "equivoque" is found in "équivoque" and the
 * hit still points at the original characters).
 */
import { foldForSearch } from '../annotations/fold'
import type { Block } from '../model'
import { CodePointIndex, plainText } from '../text'

/** A match with some context either side, as plain strings (the view marks `match`). */
export interface Passage {
  before: string
  match: string
  after: string
}

/** Characters of context shown either side of a match. */
export const PASSAGE_CONTEXT = 70

/** The article's plain text with its code-point index. */
export function plainTextIndex(blocks: readonly Block[]): CodePointIndex {
  return new CodePointIndex(plainText(blocks))
}

/**
 * The passage around code points `start`–`end`: up to `context` characters either side,
 * cut at a word boundary, with an ellipsis where text was left out; the context stays in
 * the match's own paragraph.
 */
export function passageAround(
  text: CodePointIndex,
  start: number,
  end: number,
  context = PASSAGE_CONTEXT
): Passage {
  const s = text.toUtf16(Math.min(start, text.length))
  const e = text.toUtf16(Math.min(Math.max(start, end), text.length))
  const whole = text.text
  const paragraphStart = whole.lastIndexOf('\n', s - 1) + 1
  const nextBreak = whole.indexOf('\n', e)
  const paragraphEnd = nextBreak === -1 ? whole.length : nextBreak
  let from = Math.max(paragraphStart, s - context)
  let to = Math.min(paragraphEnd, e + context)
  if (from > paragraphStart) {
    const space = whole.indexOf(' ', from)
    if (space !== -1 && space < s) from = space + 1
  }
  if (to < paragraphEnd) {
    const space = whole.lastIndexOf(' ', to)
    if (space > e) to = space
  }
  return {
    before: (from > paragraphStart ? '…' : '') + whole.slice(from, s),
    match: whole.slice(s, e),
    after: whole.slice(e, to) + (to < paragraphEnd ? '…' : '')
  }
}

/** A text folded for search, with where each folded unit came from in the original. */
export interface FoldedText {
  original: string
  folded: string
  /** For each UTF-16 unit of `folded`, the UTF-16 offset of its source in the original. */
  origin: number[]
}

/**
 * Folds a text character by character ({@link foldForSearch} per code point, spaces kept
 * one for one) so a match in the folded text maps back to the original characters.
 */
export function foldWithOrigin(text: string): FoldedText {
  let folded = ''
  const origin: number[] = []
  let i = 0
  for (const char of text) {
    const code = char.charCodeAt(0)
    // Plain ASCII folds to itself in lower case; only the rest needs the full folding.
    const piece =
      code < 128
        ? code <= 32
          ? ' '
          : char.toLowerCase()
        : /\s/u.test(char)
          ? ' '
          : foldForSearch(char)
    folded += piece
    for (let k = 0; k < piece.length; k++) origin.push(i)
    i += char.length
  }
  return { original: text, folded, origin }
}

const WORD_CHAR = /[\p{L}\p{N}]/u

/**
 * Whether the folded words of `phrase` stand together, as whole words, in a folded text
 * (both from {@link foldForSearch}); cheaper than {@link findFolded} when only the answer
 * matters.
 */
export function hasFoldedPhrase(folded: string, phrase: string): boolean {
  let at = folded.indexOf(phrase)
  while (at !== -1) {
    const after = at + phrase.length
    const startsWord = at === 0 || !WORD_CHAR.test(folded[at - 1])
    const endsWord = after >= folded.length || !WORD_CHAR.test(folded[after])
    if (startsWord && endsWord) return true
    at = folded.indexOf(phrase, at + 1)
  }
  return false
}

/**
 * The first place, at or after `from`, where the folded words of `needle` stand as whole
 * words in the folded text, as UTF-16 offsets into the original; null when absent. With
 * `prefix`, the last word may be the start of a longer one.
 */
export function findFolded(
  text: FoldedText,
  needle: string,
  options: { prefix?: boolean; from?: number } = {}
): { start: number; end: number } | null {
  const target = foldForSearch(needle)
  if (!target) return null
  const { folded, origin } = text
  let at = folded.indexOf(target, options.from ?? 0)
  while (at !== -1) {
    const after = at + target.length
    const startsWord = at === 0 || !WORD_CHAR.test(folded[at - 1])
    const endsWord = options.prefix || after >= folded.length || !WORD_CHAR.test(folded[after])
    if (startsWord && endsWord) {
      const start = origin[at]
      const last = origin[after - 1]
      // The end is after the whole source character of the last folded unit.
      const end = last + ((text.original.codePointAt(last) ?? 0) > 0xffff ? 2 : 1)
      return { start, end }
    }
    at = folded.indexOf(target, at + 1)
  }
  return null
}
