/**
 * The rules that put one quote selector back on a new text, in two groups.
 *
 * Strong rules need nothing but the selector, and their evidence is enough on its own:
 * 1. position: the old offsets still hold the quote (a quote shorter than
 *    {@link MIN_UNIQUE_QUOTE}, or any quote once text before it moved, must also agree with
 *    its prefix or suffix there), or the old
 *    offsets moved by the shift of the annotation before it (text inserted or deleted
 *    earlier in the article) hold the quote with its recorded prefix or suffix intact;
 * 2. context: prefix + quote + suffix, then prefix + quote, then quote + suffix, occur once;
 * 3. bracket: the whole recorded prefix and suffix (each at least {@link MIN_BRACKET_CONTEXT}
 *    code points) occur once, in that order, with some text between them (at most twice the
 *    quote's length plus 32): the words were rewritten in place ("14,3 G$" → "14,3 milliards
 *    $ US").
 *
 * Weak rules run once the strong ones have placed what they can, inside the window between
 * the new places of the annotation's strongly anchored neighbours (the annotations just
 * before and after it in the old text), so that a quote never jumps over its neighbours:
 * 4. unique quote: the quote occurs once in the whole text and lies in the window, and is
 *    at least {@link DISTINCTIVE_QUOTE} long (or {@link MIN_UNIQUE_QUOTE} when no neighbour
 *    was placed at all), or agrees with its context on one side, or sits as far from a
 *    neighbour as it did (within {@link NEIGHBOUR_TOLERANCE});
 * 5. neighbours: the quote occurs once in the window, and agrees with its context on one
 *    side or sits as far from a neighbour as it did (within
 *    {@link NEIGHBOUR_TOLERANCE}): a name in a sentence edited on both sides of it;
 * 6. best match: the best-scoring candidate in the window (quote 50, prefix 20, suffix 20,
 *    position 2, as Hypothesis weighs them; see `matchQuote.ts`) whose score reaches
 *    {@link MIN_MATCH_SCORE} and whose prefix or suffix agrees to at least
 *    {@link MIN_SIDE_SIMILARITY}.
 * Otherwise the annotation is an orphan, with the reason in words.
 *
 * Offsets are code points over the new text; an anchored target gets a fresh prefix and
 * suffix from the new text.
 */
import { z } from 'zod'
import type { TextTarget } from '../model'
import { CodePointIndex, codePointLength } from '../text'
import { editDistance, exactOccurrences, rankCandidates, scoreCandidate } from './matchQuote'

/**
 * Lowest score a best-match candidate needs (0–1). With the prefix and suffix intact this
 * accepts a quote of which about 55 % survived; with one side of context intact, about
 * 82 %; with no context agreeing, nothing (see {@link MIN_SIDE_SIMILARITY}). So an edited
 * quote stays put, while a deleted mention of "Meta" does not jump to another "Meta".
 */
export const MIN_MATCH_SCORE = 0.75

/**
 * A best match must also agree with the recorded context on at least one side this well
 * (0–1). Context similarity is lenient (a shared word scores), so without this a deleted
 * "Meta" whose neighbours happen to share the word "investissement" with another "Meta"'s
 * would move there instead of becoming an orphan.
 */
export const MIN_SIDE_SIMILARITY = 0.75

/**
 * Shortest quote that rule 1 accepts at its unmoved offsets without its context, and rule 4
 * anywhere when it has no placed neighbour, in code points.
 */
export const MIN_UNIQUE_QUOTE = 8

/**
 * Shortest prefix and suffix (code points) that may bracket a rewritten quote: long enough
 * that occurring once in the text is meaningful.
 */
export const MIN_BRACKET_CONTEXT = 16

/**
 * A quote this long (code points, a clause or more) is taken where it occurs once in the
 * window, whatever its context: a name or a figure that long can still repeat, a clause
 * hardly does.
 */
export const DISTINCTIVE_QUOTE = 32

/**
 * How far (code points) a quote may have moved relative to a neighbour for rule 5: a
 * changed word or two beside it, not a whole clause.
 */
export const NEIGHBOUR_TOLERANCE = 12

/** How an annotation found its place again. */
export type AnchorStatus = 'exact' | 'fuzzy' | 'orphan'

/** Which rule decided (see the module comment). */
export type AnchorMethod =
  | 'position'
  | 'shifted-position'
  | 'context'
  | 'bracket'
  | 'unique-quote'
  | 'neighbours'
  | 'best-match'
  | 'none'
  | 'was-orphaned'

/** Where one target lands in a new text. */
export interface AnchorOutcome {
  status: AnchorStatus
  method: AnchorMethod
  /** The new target; for an orphan, the old quote at the old position clamped to the text. */
  target: TextTarget
  /** Score of the best candidate, for rule 6 (also given when it was too low). */
  score?: number
  /** Edit distance between the old quote and the anchored text (0 for exact). */
  errors?: number
  /** For an orphan: why no place was found. */
  reason?: OrphanReason
}

/** Why an annotation found no place (see {@link ORPHAN_REASONS} for the words). */
export const OrphanReason = z.enum([
  'no-quote',
  'deleted',
  'out-of-order',
  'ambiguous',
  'unconfirmed',
  'taken',
  'was-orphaned'
])
export type OrphanReason = z.infer<typeof OrphanReason>

/** Each reason in words, for the command line and logs (the app has its own, translated). */
export const ORPHAN_REASONS: Record<OrphanReason, string> = {
  'no-quote': 'It quotes no text.',
  deleted: 'Its words are no longer in the text.',
  'out-of-order': 'Its words remain only elsewhere, out of order with the annotations around it.',
  ambiguous:
    'Its words occur several times between the annotations around it, and its context no longer tells which.',
  unconfirmed:
    'Its words stand nearby, but neither its context nor its distance from the annotations around it agree.',
  taken:
    'Its words now belong to another annotation of the same entity, placed with stronger evidence.',
  'was-orphaned': 'It was already an orphan before this text.'
}

/** Options of {@link anchorTarget}. */
export interface AnchorOptions {
  /** Lowest accepted best-match score; {@link MIN_MATCH_SCORE} by default. */
  minScore?: number
}

/**
 * Where the weak rules may look, in code points of the new text: between the new places of
 * the strongly anchored neighbours. `oldLo`/`oldHi` are the same bounds in the old text,
 * present when a neighbour gave them (rule 5 compares distances to them).
 */
export interface AnchorWindow {
  lo: number
  hi: number
  oldLo?: number
  oldHi?: number
}

/** A UTF-16 range widened so that it never splits a surrogate pair, in code points. */
function codePointRange(index: CodePointIndex, start: number, end: number): [number, number] {
  const { text } = index
  const isLow = (i: number): boolean => {
    const c = text.charCodeAt(i)
    return c >= 0xdc00 && c <= 0xdfff && i > 0 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800
  }
  const e = end < text.length && isLow(end) ? end + 1 : end
  return [index.toCodePoint(start), index.toCodePoint(e)]
}

/** The unique exact occurrence of a string, or undefined (none or several). */
function uniqueOccurrence(text: string, needle: string, from = 0): number | undefined {
  const found = exactOccurrences(from ? text.slice(from) : text, needle, 2)
  return found.length === 1 ? found[0] + from : undefined
}

/** What the rules share for one target over one new text. */
class TargetAnchoring {
  readonly text: string
  readonly length: number
  readonly long: boolean

  constructor(
    readonly target: TextTarget,
    readonly index: CodePointIndex
  ) {
    this.text = index.text
    this.length = codePointLength(target.exact)
    this.long = this.length >= MIN_UNIQUE_QUOTE
  }

  /** An anchored outcome for the code-point range [start, end). */
  anchored(start: number, end: number, method: AnchorMethod, score?: number): AnchorOutcome {
    const next = this.index.target(start, end)
    const { exact } = this.target
    const errors = next.exact === exact ? 0 : editDistance(exact, next.exact)
    return {
      status: errors === 0 ? 'exact' : 'fuzzy',
      method,
      target: next,
      errors,
      ...(score !== undefined ? { score } : {})
    }
  }

  /** Whether the text around a UTF-16 range agrees with the recorded context on one side. */
  agreesAround(from: number, to: number): boolean {
    const { exact, prefix, suffix } = this.target
    const here = scoreCandidate(
      this.text,
      exact,
      { start: from, end: to, errors: 0 },
      {
        prefix,
        suffix
      }
    )
    // An empty side was recorded at the text's edge: it agrees only there. Scored, it would
    // agree anywhere, and a one-letter quote at the end of the text would take the same letter
    // standing at its old offsets once text was inserted before it.
    const before = prefix ? here.prefixSimilarity : from === 0 ? 1 : 0
    const after = suffix ? here.suffixSimilarity : to === this.text.length ? 1 : 0
    return Math.max(before, after) >= MIN_SIDE_SIMILARITY
  }

  /** Whether the recorded prefix or suffix stands intact around a UTF-16 range. */
  contextIntact(from: number, to: number): boolean {
    const { prefix, suffix } = this.target
    const text = this.text
    const before = prefix
      ? text.slice(Math.max(0, from - prefix.length), from) === prefix
      : from === 0
    const after = suffix ? text.slice(to, to + suffix.length) === suffix : to === text.length
    return before || after
  }

  /** The quote at a code-point start, when it stands there exactly. */
  standsAt(start: number): boolean {
    const end = start + this.length
    return (
      start >= 0 &&
      end <= this.index.length &&
      this.target.exact !== '' &&
      this.index.slice(start, end) === this.target.exact
    )
  }

  /** Strong rules 1–3: a place, or undefined. */
  strong(shift: number): AnchorOutcome | undefined {
    const { target, index } = this
    const { exact, prefix, suffix } = target
    if (this.standsAt(target.start)) {
      const from = index.toUtf16(target.start)
      const to = index.toUtf16(target.start + this.length)
      // Once text before it moved (shift), another occurrence may stand at the old offsets.
      if ((this.long && shift === 0) || this.agreesAround(from, to)) {
        return this.anchored(target.start, target.start + this.length, 'position')
      }
    }
    if (shift !== 0 && this.standsAt(target.start + shift)) {
      const start = target.start + shift
      if (this.contextIntact(index.toUtf16(start), index.toUtf16(start + this.length))) {
        return this.anchored(start, start + this.length, 'shifted-position')
      }
    }
    const tries: [string, number][] = [
      [prefix + exact + suffix, prefix.length],
      [prefix + exact, prefix.length],
      [exact + suffix, 0]
    ]
    for (const [needle, lead] of tries) {
      if (needle === exact) continue
      const at = uniqueOccurrence(this.text, needle)
      if (at !== undefined) {
        const [s, e] = codePointRange(index, at + lead, at + lead + exact.length)
        return this.anchored(s, e, 'context')
      }
    }
    const bracketed = this.bracket()
    if (bracketed) return this.anchored(bracketed[0], bracketed[1], 'bracket')
    return undefined
  }

  /** The code-point range between a unique prefix and a unique suffix that follows it. */
  private bracket(): [number, number] | undefined {
    const { prefix, suffix, exact } = this.target
    if (codePointLength(prefix) < MIN_BRACKET_CONTEXT) return
    if (codePointLength(suffix) < MIN_BRACKET_CONTEXT) return
    const before = uniqueOccurrence(this.text, prefix)
    const after = uniqueOccurrence(this.text, suffix)
    if (before === undefined || after === undefined) return
    const start = before + prefix.length
    if (after <= start || after - start > exact.length * 2 + 32) return
    return codePointRange(this.index, start, after)
  }

  /** Weak rules 4–6 inside a window, else an orphan with its reason. */
  weak(window: AnchorWindow, options: AnchorOptions): AnchorOutcome {
    const { target, index, text } = this
    const { exact, prefix, suffix } = target
    const inWindow = (s: number, e: number) => s >= window.lo && e <= window.hi
    if (exact) {
      const at = uniqueOccurrence(text, exact)
      if (at !== undefined) {
        const [s, e] = codePointRange(index, at, at + exact.length)
        const alone = window.oldLo === undefined && window.oldHi === undefined
        const evidence =
          this.length >= DISTINCTIVE_QUOTE ||
          (this.long && alone) ||
          this.agreesAround(at, at + exact.length) ||
          this.keepsDistance(s, window)
        if (inWindow(s, e) && evidence) {
          return this.anchored(s, e, 'unique-quote')
        }
      }
    }

    const from = index.toUtf16(Math.max(0, window.lo))
    const to = index.toUtf16(Math.min(index.length, Math.max(window.lo, window.hi)))
    const inside = exact ? exactOccurrences(text.slice(from, to), exact, 3) : []
    if (inside.length === 1) {
      const at = from + inside[0]
      const [s, e] = codePointRange(index, at, at + exact.length)
      if (this.agreesAround(at, at + exact.length) || this.keepsDistance(s, window)) {
        return this.anchored(s, e, 'neighbours')
      }
    }

    // Approximate search costs time in proportion to the text searched: search the window
    // (with room for the context either side), not the whole article.
    const margin = Math.max(prefix.length, suffix.length)
    const base = Math.max(0, from - margin)
    const region = text.slice(base, Math.min(text.length, to + margin))
    const hint = index.toUtf16(Math.min(target.start, index.length)) - base
    const ranked = exact
      ? rankCandidates(region, exact, { prefix, suffix, hint })
          .map((m) => ({ ...m, start: m.start + base, end: m.end + base }))
          .filter((m) => inWindow(index.toCodePoint(m.start), index.toCodePoint(m.end)))
      : []
    const minScore = options.minScore ?? MIN_MATCH_SCORE
    const agreeing = (m: { prefixSimilarity: number; suffixSimilarity: number }) =>
      Math.max(m.prefixSimilarity, m.suffixSimilarity) >= MIN_SIDE_SIMILARITY
    const best = ranked.find(agreeing) ?? ranked[0]
    if (best && best.score >= minScore && agreeing(best)) {
      const [s, e] = codePointRange(index, best.start, best.end)
      return this.anchored(s, e, 'best-match', best.score)
    }

    const at = Math.min(target.start, index.length)
    return {
      status: 'orphan',
      method: 'none',
      target: { start: at, end: at, exact, prefix, suffix },
      reason: this.reason(inside.length),
      ...(best ? { score: best.score } : {})
    }
  }

  /** Rule 5's distance check: as far from one neighbour as before, give or take a word. */
  private keepsDistance(start: number, window: AnchorWindow): boolean {
    const { target } = this
    const end = start + this.length
    const fromLo =
      window.oldLo !== undefined &&
      Math.abs(start - window.lo - (target.start - window.oldLo)) <= NEIGHBOUR_TOLERANCE
    const toHi =
      window.oldHi !== undefined &&
      Math.abs(window.hi - end - (window.oldHi - target.end)) <= NEIGHBOUR_TOLERANCE
    return fromLo || toHi
  }

  /** Why nothing was found. */
  private reason(insideWindow: number): OrphanReason {
    const { exact } = this.target
    if (!exact) return 'no-quote'
    if (exactOccurrences(this.text, exact, 1).length === 0) return 'deleted'
    if (insideWindow === 0) return 'out-of-order'
    return insideWindow > 1 ? 'ambiguous' : 'unconfirmed'
  }
}

/** Strong rules only: where a target belongs, or undefined (see the module comment). */
export function anchorStrongly(
  target: TextTarget,
  index: CodePointIndex,
  shift = 0
): AnchorOutcome | undefined {
  return new TargetAnchoring(target, index).strong(shift)
}

/** Weak rules inside a window, or an orphan with its reason. */
export function anchorWeakly(
  target: TextTarget,
  index: CodePointIndex,
  window: AnchorWindow,
  options: AnchorOptions = {}
): AnchorOutcome {
  return new TargetAnchoring(target, index).weak(window, options)
}

/**
 * Finds where one target belongs in a new text, on its own (no neighbours: the weak rules
 * may look anywhere). {@link reanchorAnnotations} places a whole set more safely.
 */
export function anchorTarget(
  target: TextTarget,
  newText: string | CodePointIndex,
  options: AnchorOptions = {}
): AnchorOutcome {
  const index = typeof newText === 'string' ? new CodePointIndex(newText) : newText
  return (
    anchorStrongly(target, index) ??
    anchorWeakly(target, index, { lo: 0, hi: index.length }, options)
  )
}
