/**
 * The {@link ArticleFeatureContext} of the open article for React components (a feature's
 * panel or anything else below the workspace); null while no article is open.
 */
import { createContext, useContext } from 'react'
import type { ArticleFeatureContext } from './types'

/** Provided by the article workspace. */
export const FeatureContext = createContext<ArticleFeatureContext | null>(null)

/** The context of the open article, or null while none is open. */
export function useArticleFeatureContext(): ArticleFeatureContext | null {
  return useContext(FeatureContext)
}
