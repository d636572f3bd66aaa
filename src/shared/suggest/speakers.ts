/**
 * Who says a quote, guessed from its sentence: a name after the closing mark and a speech
 * verb (", a déclaré Jean Dupont", "," said Tom Okafor), a name before a verb that opens the
 * quote ("Droege a précisé que « … »"), "selon X" / "according to X", or a pronoun or no
 * name at all, which sends the reader back to the nearest person named before the quote.
 */
import type { QuotedPassage } from './quoteMarks'
import type { Range } from './ranges'
import { sentenceAt } from './sentences'
import {
  ANY_SPEECH,
  ATTRIBUTION_CUE,
  PRONOUN_AFTER_QUOTE,
  SPOKESPERSON,
  VERB_AFTER_QUOTE,
  VERB_BEFORE_QUOTE
} from './speechCues'
import type { SpeakerCue } from './types'

/** A name in the text and whether it is known to be a person. */
export interface NamedRange extends Range {
  person: boolean
  organisation: boolean
}

/** What the speaker guess reads. */
export interface SpeakerContext {
  text: string
  sentences: readonly Range[]
  /** Every capitalised name of the text outside quotation marks, in reading order. */
  names: readonly NamedRange[]
}

/** The speaker of one quote: where the name is written, and why. */
export interface SpeakerHit {
  range: Range
  cue: SpeakerCue
}

/** How far past a verb or an attribution the speaker's name may be (role words between). */
const NAME_WINDOW = 70

function firstNameIn(
  ctx: SpeakerContext,
  from: number,
  to: number,
  stopAtQuote = true
): NamedRange | undefined {
  let limit = Math.min(to, from + NAME_WINDOW)
  if (stopAtQuote) {
    const mark = /[«“"]/.exec(ctx.text.slice(from, limit))
    if (mark) limit = from + mark.index
  }
  const inside = ctx.names.filter((n) => n.start >= from && n.start < limit)
  return inside.find((n) => n.person) ?? inside[0]
}

function lastNameIn(ctx: SpeakerContext, from: number, to: number): NamedRange | undefined {
  const inside = ctx.names.filter((n) => n.start >= Math.max(from, to - NAME_WINDOW) && n.end <= to)
  return [...inside].reverse().find((n) => n.person) ?? inside[inside.length - 1]
}

/** The nearest person named before a position. */
function nearestPersonBefore(ctx: SpeakerContext, position: number): NamedRange | undefined {
  let found: NamedRange | undefined
  for (const n of ctx.names) {
    if (n.start >= position) break
    if (n.person) found = n
  }
  return found
}

/** The guessed speaker of a quoted passage, or undefined when nothing points to one. */
export function guessSpeaker(ctx: SpeakerContext, quote: QuotedPassage): SpeakerHit | undefined {
  const { text } = ctx
  const first = sentenceAt(ctx.sentences, quote.outer.start)
  const last = sentenceAt(ctx.sentences, Math.max(quote.outer.start, quote.outer.end - 1))
  const sentenceStart = first?.start ?? 0
  const sentenceEnd = Math.max(last?.end ?? text.length, quote.outer.end)
  const before = text.slice(sentenceStart, quote.outer.start)
  const after = text.slice(quote.outer.end, sentenceEnd)
  const named = (n: NamedRange | undefined): SpeakerHit | undefined =>
    n ? { range: { start: n.start, end: n.end }, cue: 'verb' } : undefined
  const nearest = (): SpeakerHit | undefined => {
    const n = nearestPersonBefore(ctx, quote.outer.start)
    return n ? { range: { start: n.start, end: n.end }, cue: 'nearest-person' } : undefined
  }

  // ", he said" / ", a-t-il ajouté": the last person named.
  if (PRONOUN_AFTER_QUOTE.test(after)) return nearest()

  // "», a déclaré Jean Dupont" / "," said Tom Okafor, a spokesman".
  const verbAfter = VERB_AFTER_QUOTE.exec(after)
  if (verbAfter) {
    const from = quote.outer.end + verbAfter[0].length
    const hit = named(firstNameIn(ctx, from, sentenceEnd))
    if (hit) return hit
  }

  // "," Lindqvist said." / "», Droege a-t-il ajouté".
  const nameAfter = ctx.names.find(
    (n) => n.start >= quote.outer.end && /^[\s,.;:—–-]*$/.test(text.slice(quote.outer.end, n.start))
  )
  if (nameAfter && VERB_AFTER_QUOTE.test(text.slice(nameAfter.end, sentenceEnd))) {
    return named(nameAfter)
  }

  // "Droege a précisé que « … »" / "Lindqvist said: "…"" / "Il a insisté sur le fait que".
  const verbBefore = VERB_BEFORE_QUOTE.exec(before)
  if (verbBefore) {
    const verbStart = sentenceStart + (verbBefore.index ?? 0)
    const subject = text.slice(Math.max(sentenceStart, verbStart - 12), verbStart)
    if (/(?:^|\s)(?:il|elle|he|she)\s*$/iu.test(subject)) return nearest()
    const hit = named(lastNameIn(ctx, sentenceStart, verbStart))
    if (hit) return hit
  }

  // "a company spokesperson said", "a spokesperson for the Department … said": the
  // organisation named after the word, else the nearest one named before the quote.
  const spokesperson = SPOKESPERSON.exec(before) ?? SPOKESPERSON.exec(after)
  if (spokesperson) {
    const inBefore = SPOKESPERSON.exec(before) !== null
    const at =
      (inBefore ? sentenceStart : quote.outer.end) + spokesperson.index + spokesperson[0].length
    const forWhom = /^\s+(?:for|of|at|de|du|d['’]|des)\s/iu.test(text.slice(at, at + 6))
    const organisation = forWhom
      ? ctx.names.find((n) => n.organisation && n.start >= at && n.start < at + NAME_WINDOW)
      : [...ctx.names].reverse().find((n) => n.organisation && n.end <= quote.outer.start)
    if (organisation) return named(organisation)
  }

  // "selon X" / "according to X" outside the quote.
  for (const [part, offset] of [
    [before, sentenceStart],
    [after, quote.outer.end]
  ] as const) {
    for (const m of part.matchAll(ATTRIBUTION_CUE)) {
      const from = offset + (m.index ?? 0) + m[0].length
      const hit = named(firstNameIn(ctx, from, offset + part.length))
      if (hit) return hit
    }
  }

  // A speech verb and one person named in the sentence, outside the quote.
  if (ANY_SPEECH.test(before) || ANY_SPEECH.test(after)) {
    const people = ctx.names.filter(
      (n) =>
        n.person &&
        ((n.start >= sentenceStart && n.end <= quote.outer.start) ||
          (n.start >= quote.outer.end && n.end <= sentenceEnd))
    )
    if (people.length === 1) return named(people[0])
  }

  return nearest()
}
