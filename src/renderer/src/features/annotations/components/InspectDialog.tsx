/**
 * "What's here" (I): every annotation at the cursor or in the selection, innermost first,
 * each with Edit and Delete. It is the keyboard's way to what the hover card shows, and to
 * change an annotation without leaving the text. A checked one shows the whole history of
 * its check.
 */
import { Dialog, DialogActions } from '@renderer/components/Dialog'
import { annotationsIn, deleteAnnotation, typeClass } from '@renderer/editor/annotations'
import type { Annotation } from '@shared/model'
import { useI18n } from '@renderer/i18n/I18n'
import { checkHistoryOf } from '@shared/annotations/checkHistory'
import { describeAnnotation, excerpt } from '../describe'
import { CheckHistory } from './CheckFields'
import { runCommand, useAnnotationDialog } from './dialogKit'

/** Props of {@link InspectDialog}. */
export interface InspectDialogProps {
  from: number
  to: number
  onClose(): void
  /** Opens the edit dialog of an annotation (the layer closes this one first). */
  onEdit(annotation: Annotation): void
}

/** The annotations at a place, to read, edit or delete. */
export function InspectDialog(props: InspectDialogProps) {
  const { t, view, session, layer, types } = useAnnotationDialog()
  const { language } = useI18n()
  const hits = view ? annotationsIn(view.state, props.from, props.to) : []

  return (
    <Dialog title={t.inspectHeading} onClose={props.onClose}>
      {hits.length === 0 ? (
        <p className="dialog-body">{t.inspectNone}</p>
      ) : (
        <ul className="inspect-list" aria-label={t.hereCount(hits.length)}>
          {hits.map(({ annotation, from, to }) => {
            const d = describeAnnotation(annotation, layer.entities, types, t, language)
            const text = view ? view.state.doc.textBetween(from, to, ' ') : ''
            return (
              <li key={annotation.id} className={`inspect-item inspect-kind-${annotation.kind}`}>
                <div className="inspect-text">
                  <span className="inspect-heading">
                    {d.entityType && (
                      <span className={`type-dot ${typeClass(d.entityType)}`} aria-hidden="true" />
                    )}
                    {d.heading}
                  </span>
                  <span className="inspect-detail">{d.detail}</span>
                  <span className="inspect-quote">“{excerpt(text, 80)}”</span>
                  {checkHistoryOf(annotation).length > 0 && (
                    <CheckHistory history={checkHistoryOf(annotation)} />
                  )}
                </div>
                <div className="inspect-actions">
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={t.editLabel(d.summary)}
                    onClick={() => props.onEdit(annotation)}
                  >
                    {t.edit}
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={t.deleteLabel(d.summary)}
                    onClick={() => {
                      if (runCommand(view, deleteAnnotation(annotation.id))) {
                        session?.notify((m) => m.deleted)
                      }
                    }}
                  >
                    {t.delete}
                  </button>
                </div>
              </li>
            )
          })}
        </ul>
      )}
      <DialogActions confirm={{ label: t.helpClose, onClick: props.onClose }} />
    </Dialog>
  )
}
