/**
 * The article's plain text and the two ways of counting into it.
 *
 * The plain text is the blocks' text joined by a blank line ("\n\n"), normalised to NFC.
 * Stored and exported offsets count Unicode code points; JavaScript strings count UTF-16
 * units. {@link CodePointIndex} converts between the two in O(log n) per lookup, which
 * matters with ten thousand annotations over a long article.
 */
import type { Block, TextTarget } from './model'

/** What separates two blocks in the plain text. */
export const BLOCK_SEPARATOR = '\n\n'

/** Characters of context kept either side of a quote selector, in code points. */
export const QUOTE_CONTEXT = 32

/** The article's plain text, over which every offset is counted. */
export function plainText(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join(BLOCK_SEPARATOR)
}

/** Number of code points in a string. */
export function codePointLength(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) i++
    }
    n++
  }
  return n
}

/** A high surrogate followed by a low one: one astral character, two UTF-16 units. */
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g

/** Converts offsets between code points and UTF-16 units for one fixed string. */
export class CodePointIndex {
  /** UTF-16 offsets of the high surrogate of every astral character, ascending. */
  private readonly astralUtf16: number[] = []
  /** Code-point length of the text. */
  readonly length: number

  constructor(readonly text: string) {
    // The regular expression engine scans natively: a loop of charCodeAt over each block of a
    // long article took most of opening it (the strings ProseMirror hands over are slow to
    // read a character at a time), and news text rarely has any astral character at all.
    SURROGATE_PAIR.lastIndex = 0
    for (let m = SURROGATE_PAIR.exec(text); m; m = SURROGATE_PAIR.exec(text))
      this.astralUtf16.push(m.index)
    this.length = text.length - this.astralUtf16.length
  }

  /** Code-point offset of a UTF-16 offset (one inside a surrogate pair counts as before it). */
  toCodePoint(utf16: number): number {
    // Each astral character starting before utf16 took one extra UTF-16 unit.
    let lo = 0
    let hi = this.astralUtf16.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.astralUtf16[mid] < utf16) lo = mid + 1
      else hi = mid
    }
    return utf16 - lo
  }

  /** UTF-16 offset of a code-point offset. */
  toUtf16(codePoint: number): number {
    // Find how many astral characters lie before the code point: astral k sits at
    // code point astralUtf16[k] - k.
    let lo = 0
    let hi = this.astralUtf16.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.astralUtf16[mid] - mid < codePoint) lo = mid + 1
      else hi = mid
    }
    return codePoint + lo
  }

  /** The text between two code-point offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end))
  }

  /** A position-and-quote target for the code-point range [start, end). */
  target(start: number, end: number): TextTarget {
    const s = Math.max(0, Math.min(start, this.length))
    const e = Math.max(s, Math.min(end, this.length))
    return {
      start: s,
      end: e,
      exact: this.slice(s, e),
      prefix: this.slice(Math.max(0, s - QUOTE_CONTEXT), s),
      suffix: this.slice(e, Math.min(this.length, e + QUOTE_CONTEXT))
    }
  }
}

/** Marks where {@link truncate} cut a text. */
export const ELLIPSIS = '…'

/** How {@link truncate} shortens. */
export interface TruncateOptions {
  /** Folds runs of white space (line breaks included) into one space and trims, first. */
  flatten?: boolean
  /** Cuts at the last space instead, when that keeps more than half of `max` (a title). */
  atWord?: boolean
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/**
 * At most `max` code points of a text, ending in "…" when it had to be cut. The cut falls
 * between user-perceived characters, so no emoji is split into halves or its skin tone, and
 * no letter loses its combining accent.
 */
export function truncate(text: string, max: number, options: TruncateOptions = {}): string {
  const source = options.flatten ? text.replace(/\s+/g, ' ').trim() : text
  if (codePointLength(source) <= max) return source
  let cut = ''
  let length = 0
  for (const { segment } of graphemes.segment(source)) {
    const n = codePointLength(segment)
    if (length + n > max - 1) break
    cut += segment
    length += n
  }
  if (options.atWord) {
    const space = cut.lastIndexOf(' ')
    if (space > 0 && codePointLength(cut.slice(0, space)) > max / 2) cut = cut.slice(0, space)
  }
  return cut.trimEnd() + ELLIPSIS
}
