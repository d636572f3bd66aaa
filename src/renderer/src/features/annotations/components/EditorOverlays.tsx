/**
 * The editor side of the annotation feature in React: the dialog an action asked for, the
 * hover card, the reading-mode caret and the notice line (the entity type colours are the
 * settings feature's, which is always mounted). Mounted once per open article with the
 * feature's panel. Closing a dialog gives the article the focus and its selection back, so
 * the annotator can go on with the next key.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import { createPortal } from 'react-dom'
import type { EditorView } from 'prosemirror-view'
import type { Annotation } from '@shared/model'
import { useEditorState, useEditorView } from '@renderer/editor/EditorSession'
import { useT } from '@renderer/i18n/I18n'
import type { ArticleFeatureContext } from '@renderer/features/types'
import { syncDomSelection } from '../caret'
import { sessionFor, type AnnotateSession } from '../session'
import { closeDialog, openDialog, selectDialog } from '../annotateUi'
import { EditAnnotationDialog } from './EditAnnotationDialog'
import { HelpSheet } from './HelpSheet'
import { HoverCard } from './HoverCard'
import { InspectDialog } from './InspectDialog'
import { LinkDialog } from './LinkDialog'
import { QuoteDialog } from './QuoteDialog'
import { ReadingCaret } from './ReadingCaret'
import { ReattachDialog } from './ReattachDialog'
import { SourceNoteDialog } from './SourceNoteDialog'
import { TagAllDialog } from './TagAllDialog'

/** How long a notice stays on screen. */
const NOTICE_MS = 5000

/** Gives the article the focus back (unless the focus went somewhere on purpose). */
export function returnToText(view: EditorView): void {
  setTimeout(() => {
    if (view.isDestroyed) return
    const active = document.activeElement
    if (active && active !== document.body && active !== view.dom) return
    view.dom.focus({ preventScroll: true })
    syncDomSelection(view)
  }, 0)
}

/** The line of notices: what an action did, or why it could not. */
function NoticeLine(props: { session: AnnotateSession }) {
  const t = useT()
  const { session } = props
  const notice = useSyncExternalStore(session.subscribe, session.getNotice, session.getNotice)
  const [hiddenSerial, setHiddenSerial] = useState(0)
  useEffect(() => {
    if (!notice) return
    const serial = notice.serial
    const timer = setTimeout(() => setHiddenSerial(serial), NOTICE_MS)
    return () => clearTimeout(timer)
  }, [notice])
  const visible = notice && notice.serial !== hiddenSerial
  // Always in the page, so screen readers announce each new notice (politely).
  return createPortal(
    <div className="annotate-notice" aria-live="polite" data-visible={visible ? 'true' : 'false'}>
      {visible && <p key={notice.serial}>{notice.text(t)}</p>}
    </div>,
    document.body
  )
}

/** The React side of the editor for one article. */
export function EditorOverlays(props: { ctx: ArticleFeatureContext }) {
  const session = sessionFor(props.ctx)
  const view = useEditorView()
  const dialog = useEditorState(selectDialog, null)
  const [editing, setEditing] = useState<Annotation | null>(null)

  const close = useCallback(() => {
    if (!view) return
    if (!view.isDestroyed) view.dispatch(closeDialog(view.state))
    returnToText(view)
  }, [view])

  const closeEdit = useCallback(() => {
    setEditing(null)
    if (view) returnToText(view)
  }, [view])

  // The app menu's "Keyboard shortcuts" (Electron) opens the help sheet.
  useEffect(() => {
    if (!view || !window.newsroom) return
    return window.newsroom.onMenuCommand(({ command }) => {
      if (command === 'showShortcuts' && !view.isDestroyed) {
        view.dispatch(openDialog(view.state, { kind: 'help' }))
      }
    })
  }, [view])

  return (
    <>
      <NoticeLine session={session} />
      {view && <HoverCard view={view} />}
      {view && <ReadingCaret view={view} />}
      {dialog?.kind === 'quote' && (
        <QuoteDialog range={{ from: dialog.from, to: dialog.to }} onClose={close} />
      )}
      {dialog?.kind === 'link' && (
        <LinkDialog range={{ from: dialog.from, to: dialog.to }} onClose={close} />
      )}
      {dialog?.kind === 'note' && (
        <SourceNoteDialog range={{ from: dialog.from, to: dialog.to }} onClose={close} />
      )}
      {dialog?.kind === 'tagAll' && (
        <TagAllDialog
          from={dialog.from}
          to={dialog.to}
          entityId={dialog.entityId}
          onClose={close}
        />
      )}
      {dialog?.kind === 'reattach' && (
        <ReattachDialog range={{ from: dialog.from, to: dialog.to }} onClose={close} />
      )}
      {dialog?.kind === 'inspect' && (
        <InspectDialog
          from={dialog.from}
          to={dialog.to}
          onClose={close}
          onEdit={(annotation) => {
            if (view) view.dispatch(closeDialog(view.state))
            setEditing(annotation)
          }}
        />
      )}
      {dialog?.kind === 'help' && <HelpSheet onClose={close} />}
      {editing && <EditAnnotationDialog annotation={editing} onClose={closeEdit} />}
    </>
  )
}
