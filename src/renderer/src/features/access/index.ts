/**
 * One writer per library folder, in the window: the read-only notice and the guard that
 * keeps the article unchanged while another window or editor holds the library.
 */
import type { ArticleFeature } from '../types'
import { readOnlyGuard } from './readOnlyGuard'

export { ReadOnlyBanner } from './ReadOnlyBanner'

/** The access feature, registered in features/registry.ts. */
export const accessFeature: ArticleFeature = {
  id: 'access',
  plugins: (ctx) => [readOnlyGuard(ctx)]
}
