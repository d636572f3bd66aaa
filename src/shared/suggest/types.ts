/**
 * What the newsroom assist offers an editor: candidate quotes with a guessed speaker,
 * candidate entities (people, organisations, money, percentages, dates) with their mentions
 * and normalised values, and checks of figures against each other. Nothing here is an
 * annotation: the editor accepts or rejects each suggestion.
 *
 * Offsets are code points over the article's plain text, as everywhere in the model.
 */
import type { EntityValue } from '../model'

/** Languages the assist reads. */
export type SuggestLanguage = 'fr' | 'en'

/** A stretch of the plain text: code-point offsets and the text itself. */
export interface Span {
  start: number
  end: number
  text: string
}

/** Entity types the assist proposes. */
export type SuggestedEntityType = 'person' | 'organisation' | 'money' | 'percentage' | 'date'

/** A money amount: 14.3e9 USD. */
export type MoneyValue = Extract<EntityValue, { kind: 'money' }>

/** A percentage, both as written (49) and as a fraction (0.49). */
export interface PercentageValue {
  kind: 'percentage'
  percent: number
  fraction: number
}

/**
 * A date as ISO 8601 at the precision the text gives ("2019", "2024-05", "2025-06-12"), or
 * an interval from `date` to `until` (both inclusive) for "mi-juin" or "early 2024".
 */
export interface DateValue {
  kind: 'date'
  date: string
  until?: string
}

/** The normalised value of a suggested money, percentage or date entity. */
export type SuggestedValue = MoneyValue | PercentageValue | DateValue

/** Why the assist thinks a quote has this speaker. */
export type SpeakerCue =
  /** A speech verb or "selon"/"according to" names the speaker in the sentence. */
  | 'verb'
  /** A pronoun ("il", "she") or nothing: the nearest person named before the quote. */
  | 'nearest-person'

/** The speaker guessed for a quote. */
export interface SpeakerGuess {
  /** Canonical name (the fullest form of the name found in the article). */
  name: string
  /** Where the speaker is named for this quote, when the sentence names them. */
  span?: Span
  /** An entity of the article's registry that is this speaker. */
  entityId?: string
  cue: SpeakerCue
}

/** A candidate quote: the words between the quotation marks, without the marks. */
export interface QuoteSuggestion {
  kind: 'quote'
  /** Stable across edits elsewhere in the text; rejections are remembered by key. */
  key: string
  span: Span
  speaker?: SpeakerGuess
}

/** A candidate entity and every mention of it the assist found. */
export interface EntitySuggestion {
  kind: 'entity'
  key: string
  type: SuggestedEntityType
  name: string
  value?: SuggestedValue
  mentions: Span[]
  /** The article's existing entity these mentions belong to, when there is one. */
  entityId?: string
}

/** How the figures of a check relate. */
export type FigureRelation = 'stake' | 'total' | 'difference'

/** Figures of the text checked against each other. */
export interface FigureCheck {
  kind: 'figure-check'
  key: string
  relation: FigureRelation
  /** 'agrees' within the rounding of the figures as written; 'disagrees' beyond it. */
  verdict: 'agrees' | 'disagrees'
  /** The figures involved, in text order. */
  spans: Span[]
  /** What the other figures imply for the checked one, and what the text states. */
  expected: number
  stated: number
  /** The arithmetic in the article's language, for a note or a claim. */
  explanation: string
}

/** Everything the assist offers for one article. */
export interface ArticleSuggestions {
  language: SuggestLanguage
  /** The date relative dates were read against, YYYY-MM-DD. */
  articleDate: string
  quotes: QuoteSuggestion[]
  entities: EntitySuggestion[]
  checks: FigureCheck[]
}

/** Any one suggestion. */
export type Suggestion = QuoteSuggestion | EntitySuggestion | FigureCheck
