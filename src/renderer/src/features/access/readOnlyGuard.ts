/**
 * While another window or editor holds the library, the open article cannot change: every
 * transaction that would change the text or the annotation layer (both are steps) is
 * dropped, and the user is told why, once per attempt. Selections, scrolling and the hover
 * card still work, so the article can be read and searched.
 */
import { Plugin } from 'prosemirror-state'
import type { ArticleFeatureContext } from '../types'

/** The plugin that keeps the article unchanged while the library is read-only here. */
export function readOnlyGuard(ctx: ArticleFeatureContext): Plugin {
  return new Plugin({
    filterTransaction(tr) {
      if (!tr.docChanged || !ctx.readOnly()) return true
      ctx.refuseReadOnly()
      return false
    }
  })
}
