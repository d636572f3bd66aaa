/**
 * The file `npm run suggest` writes: the assist's suggestions for one article, with what
 * identifies the article, in the format docs/suggestions.md describes.
 */
import type { ArticleSuggestions } from './types'

/** Format name and version of a suggestions file. */
export const SUGGESTIONS_FORMAT = 'newsroom-suggestions'
export const SUGGESTIONS_VERSION = 1

/** A suggestions file. */
export interface SuggestionsDocument extends ArticleSuggestions {
  format: typeof SUGGESTIONS_FORMAT
  version: typeof SUGGESTIONS_VERSION
  article: {
    title: string
    /** The file the suggestions were computed from, as given. */
    source: string
  }
  /** Offsets count Unicode code points over this text (blocks joined by a blank line). */
  text: string
}

/** The suggestions file for an article. */
export function suggestionsDocument(
  suggestions: ArticleSuggestions,
  article: { title: string; source: string },
  text: string
): SuggestionsDocument {
  return {
    format: SUGGESTIONS_FORMAT,
    version: SUGGESTIONS_VERSION,
    article,
    text,
    ...suggestions
  }
}
