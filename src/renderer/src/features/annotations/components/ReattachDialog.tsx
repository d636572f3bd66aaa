/**
 * Re-attaching an orphan (an annotation whose whole text was deleted) to the selected text:
 * the orphans are listed with what they last covered; the chosen one goes back on the text
 * in one undoable step, with a fresh target and an update stamp.
 */
import { useId, useState, type FormEvent } from 'react'
import { Dialog, DialogActions } from '@renderer/components/Dialog'
import { reattachOrphan } from '@renderer/editor/annotations'
import { describeAnnotation, excerpt } from '../describe'
import { QuotedText, runCommand, useAnnotationDialog } from './dialogKit'

/** Props of {@link ReattachDialog}. */
export interface ReattachDialogProps {
  /** The text to attach to (ProseMirror positions). */
  range: { from: number; to: number }
  /** The orphan to pre-select (from the panel). */
  orphanId?: string
  onClose(): void
}

/** Choose an orphan and put it on the selected text. */
export function ReattachDialog(props: ReattachDialogProps) {
  const { t, view, session, layer, types } = useAnnotationDialog()
  const id = useId()
  const list = [...layer.annotations.values()].filter((a) => a.orphaned)
  const [chosen, setChosen] = useState(props.orphanId ?? list[0]?.id ?? '')
  const text = view ? view.state.doc.textBetween(props.range.from, props.range.to, ' ') : ''

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    if (!chosen) return
    if (runCommand(view, reattachOrphan(chosen, { range: props.range }))) {
      session?.notify((m) => m.reattached)
    }
    props.onClose()
  }

  return (
    <Dialog title={t.reattachHeading} onClose={props.onClose}>
      <form className="dialog-form annotate-form" onSubmit={onSubmit} noValidate>
        <QuotedText label={t.selectedText} text={text} />
        {list.length === 0 ? (
          <p>{t.reattachNone}</p>
        ) : (
          <fieldset className="orphan-list">
            <legend>{t.reattachIntro(excerpt(text, 40))}</legend>
            {list.map((a) => {
              const d = describeAnnotation(a, layer.entities, types, t)
              return (
                <label key={a.id} className="orphan-option">
                  <input
                    type="radio"
                    name={`${id}-orphan`}
                    value={a.id}
                    checked={chosen === a.id}
                    onChange={() => setChosen(a.id)}
                  />
                  <span>
                    <strong>{d.summary}</strong>
                    <span className="field-hint">
                      {' '}
                      — {t.orphanLast(excerpt(a.target.exact, 50))}
                    </span>
                  </span>
                </label>
              )
            })}
          </fieldset>
        )}
        <DialogActions
          cancel={{ label: t.cancel, onClick: props.onClose }}
          confirm={{ label: t.reattachConfirm, disabled: !chosen }}
        />
      </form>
    </Dialog>
  )
}
