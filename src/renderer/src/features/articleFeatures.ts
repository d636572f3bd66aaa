/**
 * The features of the article view, in toolbar and panel order. Add a feature by importing it
 * and listing it here; nothing else in the shell needs to change.
 */
import { accessFeature } from './access'
import { annotationsFeature } from './annotations'
import { deskFeature } from './desk'
import { exchangeFeature } from './exchange'
import { reportFeature } from './report'
import { revealFeature } from './reveal'
import { historyFeature } from './history'
import { suggestionsFeature } from './suggestions'
import type { ArticleFeature } from './types'

/** Every feature the article view runs. */
export const articleFeatures: readonly ArticleFeature[] = [
  annotationsFeature,
  exchangeFeature,
  reportFeature,
  revealFeature,
  historyFeature,
  accessFeature,
  suggestionsFeature,
  deskFeature
]
