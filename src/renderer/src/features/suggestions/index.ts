/**
 * The newsroom assist in the app (issue 12): suggested quotes with their speakers, people,
 * organisations, money, percentages and dates with normalised values, and figures that do
 * not add up, computed when an article opens, drawn dashed, and listed in the panel's
 * Suggestions section where the editor accepts or rejects each one.
 */
import type { ArticleFeature } from '../types'
import { suggestionsPlugin } from './plugin'
import { SuggestionsPanel } from './SuggestionsPanel'
import './suggestions.css'

/** The assist feature, registered in features/registry.ts after the annotation feature. */
export const suggestionsFeature: ArticleFeature = {
  id: 'suggestions',
  plugins: (ctx) => [suggestionsPlugin(ctx)],
  Panel: SuggestionsPanel
}
