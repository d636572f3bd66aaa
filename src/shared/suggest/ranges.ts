/**
 * The finders work in UTF-16 offsets (JavaScript's own, what regular expressions give);
 * suggestions leave in code points (the model's). One conversion, here, at the edge.
 */
import { type CodePointIndex } from '../text'
import type { Span } from './types'

/** A UTF-16 range of the plain text, as the finders produce it. */
export interface Range {
  start: number
  end: number
}

/** True when two ranges share at least one character. */
export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end
}

/** The code-point span of a UTF-16 range. */
export function spanOf(index: CodePointIndex, range: Range): Span {
  return {
    start: index.toCodePoint(range.start),
    end: index.toCodePoint(range.end),
    text: index.text.slice(range.start, range.end)
  }
}
