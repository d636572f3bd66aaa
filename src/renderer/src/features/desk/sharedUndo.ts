/**
 * Undo and redo of a shared article go to the desk: there Yjs' undo manager takes back only
 * this editor's own saved changes, and others' changes made since stay. Pending changes are
 * saved first (so the last action is on the desk to be undone), and the article is then shown
 * as the desk has it, the reader's selection kept.
 */
import type { NewsroomApi } from '@shared/contract'
import type { UiActions } from '@renderer/store/actions'
import type { SharedUndo } from '../types'
import { flushAll } from '../annotations/closeFlush'
import { deskWatch } from './deskWatch'
import { rebuildKeepingPlace } from './keepSelection'

/** The desk's undo of the article `articleId` as it stands now, or null when not shared. */
export function sharedUndoOf(
  articleId: string,
  api: NewsroomApi,
  actions: Pick<UiActions, 'reloadArticle' | 'showStatus'>
): SharedUndo | null {
  const shared = deskWatch.getSnapshot()?.articles.find((a) => a.id === articleId)
  if (!shared) return null
  const nothingTo = (direction: 'undo' | 'redo'): void =>
    actions.showStatus((t) => (direction === 'undo' ? t.nothingToUndo : t.nothingToRedo))
  return {
    canUndo: shared.canUndo,
    canRedo: shared.canRedo,
    async run(direction): Promise<void> {
      await flushAll()
      const result = await api.deskUndo({ id: articleId, direction })
      if (!result.ok) {
        const reason = result.error.message
        actions.showStatus(() => reason)
        return
      }
      if (!result.value.changed) return nothingTo(direction)
      await rebuildKeepingPlace(articleId, (stillWanted) =>
        actions.reloadArticle(articleId, stillWanted)
      )
      // Said once the article is shown again: the editor's own notices went with the old one.
      actions.showStatus((t) => (direction === 'undo' ? t.undone : t.redone))
    },
    nothingTo
  }
}
