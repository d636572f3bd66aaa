/**
 * The plugin that feeds the autosave: every new editor state is tracked (a changed layer or
 * text schedules a write), pending changes are written when the page is hidden or left (the
 * browser host), and the window's close waits for them (Electron, see closeFlush.ts).
 */
import { Plugin } from 'prosemirror-state'
import { linkToRegistry } from '@renderer/editor/annotations/commands/linkToRegistry'
import { layerOf } from '@renderer/editor/annotations'
import { onWindowClose } from './closeFlush'
import type { AnnotateSession } from './session'

/** Autosave for one open article. */
export function autosavePlugin(session: AnnotateSession): Plugin {
  const { autosave } = session
  return new Plugin({
    view(view) {
      autosave.track(view.state)
      let open = true
      // An entity tagged since opening learns its registry id from the save that linked it.
      autosave.listenForLinks((registryIds) => {
        if (!open) return
        const before = layerOf(view.state)
        const tr = linkToRegistry(view.state, registryIds)
        if (!tr) return
        view.dispatch(tr)
        autosave.adoptLinked(before, view.state)
      })
      // Hidden or gone (another tab, a reload, the tab closed): write now, in a request that
      // outlives the page (browsers differ on which of the two events comes first).
      const onVisibility = () => {
        if (document.visibilityState === 'hidden') autosave.flushOnUnload()
      }
      const onPageHide = () => autosave.flushOnUnload()
      document.addEventListener('visibilitychange', onVisibility)
      window.addEventListener('pagehide', onPageHide)
      const removeCloseFlush = onWindowClose(() => autosave.flushForClose())
      return {
        update(v) {
          autosave.track(v.state)
        },
        destroy() {
          open = false
          document.removeEventListener('visibilitychange', onVisibility)
          window.removeEventListener('pagehide', onPageHide)
          removeCloseFlush()
          // Another article is opening (or the window closing): write what is left now.
          void autosave.flush()
          autosave.dispose()
        }
      }
    }
  })
}
