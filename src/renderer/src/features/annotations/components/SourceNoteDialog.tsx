/**
 * The source note dialog: the note, the kind of source, a title, a URL (http or https only;
 * anything else is shown as a field error and nothing is saved) and the date the source was
 * consulted (today by default), and optionally whether the source itself was checked and by
 * whom. Adds a note over a range (a span can carry several) or edits one; an edit shows the
 * history of the check and takes a comment on a change of status.
 */
import { useRef, useState, type FormEvent } from 'react'
import {
  QuoteStatus,
  SourceKind,
  type QuoteStatus as QuoteStatusT,
  type SourceKind as SourceKindT
} from '@shared/model'
import { Dialog, DialogActions } from '@renderer/components/Dialog'
import { Field, FormError, TextField } from '@renderer/components/Field'
import { addSourceNote, updateAnnotation } from '@renderer/editor/annotations'
import { acceptableUrl, today } from './noteFields'
import { CheckHistory, CheckInputs } from './CheckFields'
import { QuotedText, runCommand, spanText, useAnnotationDialog } from './dialogKit'

/** The status choice of a note, with "not tracked" (no status) as a value of its own. */
const UNTRACKED = 'untracked'

/** Props of {@link SourceNoteDialog}: a range to annotate, or the id of a note to edit. */
export interface SourceNoteDialogProps {
  range?: { from: number; to: number }
  noteId?: string
  onClose(): void
}

/** Create or edit a source note. */
export function SourceNoteDialog(props: SourceNoteDialogProps) {
  const { t, view, session, layer } = useAnnotationDialog()
  const existing = props.noteId ? layer.annotations.get(props.noteId) : undefined
  const note = existing?.kind === 'source-note' ? existing : undefined

  const [text, setText] = useState(note?.text ?? '')
  const [sourceKind, setSourceKind] = useState<SourceKindT>(note?.sourceKind ?? 'document')
  const [title, setTitle] = useState(note?.title ?? '')
  const [url, setUrl] = useState(note?.url ?? '')
  const [consultedAt, setConsultedAt] = useState(note ? (note.consultedAt ?? '') : today())
  const [status, setStatus] = useState<QuoteStatusT | typeof UNTRACKED>(note?.status ?? UNTRACKED)
  const [assignee, setAssignee] = useState(note?.assignee ?? '')
  const [checkComment, setCheckComment] = useState('')
  const [urlError, setUrlError] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const urlRef = useRef<HTMLElement>(null)
  const textRef = useRef<HTMLElement>(null)

  const covered = spanText(view, note, props.range)

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    if (!acceptableUrl(url)) {
      setUrlError(true)
      urlRef.current?.focus()
      return
    }
    if (!text.trim() && !title.trim() && !url.trim()) {
      setError(t.noteRequired)
      textRef.current?.focus()
      return
    }
    const fields = {
      text: text.trim(),
      sourceKind,
      title: title.trim(),
      url: url.trim(),
      consultedAt: consultedAt.trim(),
      ...(status !== UNTRACKED ? { status } : {}),
      assignee: assignee.trim()
    }
    const done = note
      ? runCommand(
          view,
          updateAnnotation(
            note.id,
            {
              ...fields,
              url: fields.url || null,
              consultedAt: fields.consultedAt || null
            },
            checkComment
          )
        )
      : props.range
        ? runCommand(view, addSourceNote(fields, { range: props.range }))
        : false
    if (!done) {
      setError(session?.getNotice()?.text(t) ?? t.selectFirst)
      return
    }
    session?.notify((m) => m.noteSaved)
    props.onClose()
  }

  return (
    <Dialog title={note ? t.editNoteHeading : t.noteHeading} onClose={props.onClose}>
      <form className="dialog-form annotate-form" onSubmit={onSubmit} noValidate>
        <QuotedText label={t.selectedText} text={covered} />
        <TextField
          label={t.noteTextLabel}
          hint={t.noteTextHint}
          inputRef={textRef}
          className="short-text"
          rows={3}
          value={text}
          // The note is what the annotator came to write.
          data-autofocus
          onValue={(value) => {
            setText(value)
            setError(null)
          }}
        />
        <div className="field-row">
          <Field label={t.sourceKindLabel}>
            {(control) => (
              <select
                {...control}
                value={sourceKind}
                onChange={(e) => setSourceKind(SourceKind.parse(e.target.value))}
              >
                {SourceKind.options.map((kind) => (
                  <option key={kind} value={kind}>
                    {t.sourceKinds[kind]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t.consultedLabel} optional>
            {(control) => (
              <input
                {...control}
                type="date"
                value={consultedAt}
                onChange={(e) => setConsultedAt(e.target.value)}
              />
            )}
          </Field>
        </div>
        <TextField
          label={t.noteTitleLabel}
          optional
          value={title}
          onValue={(value) => {
            setTitle(value)
            setError(null)
          }}
        />
        <TextField
          label={t.urlLabel}
          optional
          hint={t.urlHint}
          error={urlError ? t.urlInvalid : null}
          inputRef={urlRef}
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          value={url}
          onValue={(value) => {
            setUrl(value)
            if (urlError && acceptableUrl(value)) setUrlError(false)
          }}
          onBlur={() => setUrlError(!acceptableUrl(url))}
        />
        <Field label={t.sourceStatusLabel} optional>
          {(control) => (
            <select
              {...control}
              value={status}
              onChange={(e) =>
                setStatus(
                  e.target.value === UNTRACKED ? UNTRACKED : QuoteStatus.parse(e.target.value)
                )
              }
            >
              {/* Once tracked, a note's check keeps a status: its history starts there. */}
              {!note?.status && <option value={UNTRACKED}>{t.sourceStatusUntracked}</option>}
              {QuoteStatus.options.map((s) => (
                <option key={s} value={s}>
                  {t.quoteStatuses[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <CheckInputs
          assignee={assignee}
          onAssignee={setAssignee}
          comment={checkComment}
          onComment={setCheckComment}
          editing={note !== undefined}
        />
        {note && <CheckHistory history={note.checkHistory} />}
        <FormError message={error} />
        <DialogActions
          cancel={{ label: t.cancel, onClick: props.onClose }}
          confirm={{ label: t.saveNote }}
        />
      </form>
    </Dialog>
  )
}
