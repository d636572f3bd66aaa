/**
 * The article as a ProseMirror view: read-only for now (text can be selected, not typed),
 * with extra plugins passed in by the features that draw on it (annotations).
 *
 * Mount one per opened article (key it by article and load), because the document comes
 * from `blocks` only at mount. Plugins may change while mounted: the state is reconfigured,
 * which keeps the document and the selection.
 */
import { useContext, useEffect, useRef } from 'react'
import { EditorState, type Plugin, type Transaction } from 'prosemirror-state'
import { EditorView } from 'prosemirror-view'
import type { Block } from '@shared/model'
import { blocksToDoc } from './document'
import { EditorSessionContext } from './EditorSession'

/** Props of {@link ArticleEditor}. */
export interface ArticleEditorProps {
  /** The article's blocks, read once at mount. */
  blocks: readonly Block[]
  /** Plugins of the features (annotation state, decorations, key bindings…). */
  plugins?: readonly Plugin[]
  /** BCP 47 language of the article's text (hyphenation, spelling, screen readers). */
  language?: string
  /** Accessible name of the reading view. */
  label: string
  /** Called after every transaction the view applied. */
  onTransaction?: (tr: Transaction, view: EditorView) => void
}

/**
 * Attributes of the view's element: focusable (tabindex) so that key bindings reach a
 * read-only view and the focus ring shows, and in the article's language.
 */
function viewAttributes(label: string, language?: string): Record<string, string> {
  const attributes: Record<string, string> = {
    class: 'article-text',
    role: 'document',
    'aria-label': label,
    tabindex: '0'
  }
  if (language) attributes.lang = language
  return attributes
}

/** The read-only ProseMirror view of an article. */
export function ArticleEditor(props: ArticleEditorProps) {
  const { blocks, plugins, language, label, onTransaction } = props
  const mountRef = useRef<HTMLDivElement>(null)
  const viewRef = useRef<EditorView | null>(null)
  const session = useContext(EditorSessionContext)
  // Read through refs so the view, made once, always calls the latest callback.
  const onTransactionRef = useRef(onTransaction)
  useEffect(() => {
    onTransactionRef.current = onTransaction
  }, [onTransaction])
  const initial = useRef({ blocks, plugins, language, label })

  useEffect(() => {
    const mount = mountRef.current
    if (!mount) return
    const first = initial.current
    const view: EditorView = new EditorView(mount, {
      state: EditorState.create({
        doc: blocksToDoc(first.blocks),
        plugins: [...(first.plugins ?? [])]
      }),
      editable: () => false,
      attributes: viewAttributes(first.label, first.language),
      dispatchTransaction(tr) {
        const state = view.state.apply(tr)
        view.updateState(state)
        // A transaction with steps reaches React once per frame, after its paint: text edits
        // and annotation changes alike (the layer changes by a step, layerStep.ts, which
        // ProseMirror counts as a document change). Anything else (a selection, a dialog
        // asked for) at once, so what it opens takes the next key press.
        session.publish(view, state, tr.docChanged)
        onTransactionRef.current?.(tr, view)
      }
    })
    viewRef.current = view
    session.publish(view, view.state)
    return () => {
      viewRef.current = null
      session.publish(null, null)
      view.destroy()
    }
  }, [session])

  // New plugins (a feature turned on, settings changed): keep the document and selection.
  useEffect(() => {
    const view = viewRef.current
    if (!view || plugins === initial.current.plugins) return
    initial.current = { ...initial.current, plugins }
    const state = view.state.reconfigure({ plugins: [...(plugins ?? [])] })
    view.updateState(state)
    session.publish(view, state)
  }, [plugins, session])

  // The label and language can follow the UI without remounting.
  useEffect(() => {
    const view = viewRef.current
    if (!view) return
    view.setProps({ attributes: viewAttributes(label, language) })
  }, [label, language])

  return <div ref={mountRef} className="article-editor" />
}
