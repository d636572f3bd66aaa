/**
 * The plugin that feeds the autosave: every new editor state is tracked (a changed layer or
 * text schedules a write), pending changes are written when the page is hidden or left (the
 * browser host), and the window's close waits for them (Electron, see closeFlush.ts).
 */
import { Plugin } from 'prosemirror-state'
import { onWindowClose } from './closeFlush'
import type { AnnotateSession } from './session'

/** Autosave for one open article. */
export function autosavePlugin(session: AnnotateSession): Plugin {
  const { autosave } = session
  return new Plugin({
    view(view) {
      autosave.track(view.state)
      const flushNow = () => void autosave.flush()
      const onVisibility = () => {
        if (document.visibilityState === 'hidden') flushNow()
      }
      document.addEventListener('visibilitychange', onVisibility)
      window.addEventListener('pagehide', flushNow)
      const removeCloseFlush = onWindowClose(() => autosave.flushForClose())
      return {
        update(v) {
          autosave.track(v.state)
        },
        destroy() {
          document.removeEventListener('visibilitychange', onVisibility)
          window.removeEventListener('pagehide', flushNow)
          removeCloseFlush()
          // Another article is opening (or the window closing): write what is left now.
          void autosave.flush()
          autosave.dispose()
        }
      }
    }
  })
}
