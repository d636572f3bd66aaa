/**
 * The source note dialog: the note, the kind of source, a title, a URL (http or https only;
 * anything else is shown as a field error and nothing is saved) and the date the source was
 * consulted (today by default). Adds a note over a range (a span can carry several) or
 * edits one.
 */
import { useId, useRef, useState, type FormEvent } from 'react'
import { SourceKind, type SourceKind as SourceKindT } from '@shared/model'
import { addSourceNote, annotationText, updateAnnotation } from '@renderer/editor/annotations'
import { useT } from '@renderer/i18n/I18n'
import { acceptableUrl, today } from './noteFields'
import { Dialog, QuotedText, runCommand, useEditorView, useLayer, useSession } from './dialogKit'

/** Props of {@link SourceNoteDialog}: a range to annotate, or the id of a note to edit. */
export interface SourceNoteDialogProps {
  range?: { from: number; to: number }
  noteId?: string
  onClose(): void
}

/** Create or edit a source note. */
export function SourceNoteDialog(props: SourceNoteDialogProps) {
  const t = useT()
  const view = useEditorView()
  const session = useSession()
  const layer = useLayer()
  const id = useId()
  const existing = props.noteId ? layer.annotations.get(props.noteId) : undefined
  const note = existing?.kind === 'source-note' ? existing : undefined

  const [text, setText] = useState(note?.text ?? '')
  const [sourceKind, setSourceKind] = useState<SourceKindT>(note?.sourceKind ?? 'document')
  const [title, setTitle] = useState(note?.title ?? '')
  const [url, setUrl] = useState(note?.url ?? '')
  const [consultedAt, setConsultedAt] = useState(note ? (note.consultedAt ?? '') : today())
  const [urlError, setUrlError] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const urlRef = useRef<HTMLInputElement>(null)
  const textRef = useRef<HTMLTextAreaElement>(null)

  const spanText =
    note && view
      ? (annotationText(view.state, note.id) ?? note.target.exact)
      : view && props.range
        ? view.state.doc.textBetween(props.range.from, props.range.to, ' ')
        : ''

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
      consultedAt: consultedAt.trim()
    }
    const done = note
      ? runCommand(
          view,
          updateAnnotation(note.id, {
            ...fields,
            url: fields.url || null,
            consultedAt: fields.consultedAt || null
          })
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
        <QuotedText label={t.selectedText} text={spanText} />
        <div className="field">
          <label htmlFor={`${id}-text`}>{t.noteTextLabel}</label>
          <textarea
            id={`${id}-text`}
            ref={textRef}
            className="short-text"
            rows={3}
            value={text}
            aria-describedby={`${id}-text-hint`}
            // The note is what the annotator came to write.
            data-autofocus
            onChange={(e) => {
              setText(e.target.value)
              setError(null)
            }}
          />
          <p id={`${id}-text-hint`} className="field-hint">
            {t.noteTextHint}
          </p>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t.sourceKindLabel}</label>
            <select
              id={`${id}-kind`}
              value={sourceKind}
              onChange={(e) => setSourceKind(e.target.value as SourceKindT)}
            >
              {SourceKind.options.map((kind) => (
                <option key={kind} value={kind}>
                  {t.sourceKinds[kind]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-date`}>
              {t.consultedLabel} <span className="optional">{t.fieldOptional}</span>
            </label>
            <input
              id={`${id}-date`}
              type="date"
              value={consultedAt}
              onChange={(e) => setConsultedAt(e.target.value)}
            />
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-title`}>
            {t.noteTitleLabel} <span className="optional">{t.fieldOptional}</span>
          </label>
          <input
            id={`${id}-title`}
            type="text"
            value={title}
            onChange={(e) => {
              setTitle(e.target.value)
              setError(null)
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-url`}>
            {t.urlLabel} <span className="optional">{t.fieldOptional}</span>
          </label>
          <input
            id={`${id}-url`}
            ref={urlRef}
            type="text"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            value={url}
            aria-invalid={urlError || undefined}
            aria-describedby={urlError ? `${id}-url-error` : `${id}-url-hint`}
            onChange={(e) => {
              setUrl(e.target.value)
              if (urlError && acceptableUrl(e.target.value)) setUrlError(false)
            }}
            onBlur={() => setUrlError(!acceptableUrl(url))}
          />
          {urlError ? (
            <p id={`${id}-url-error`} className="field-error">
              {t.urlInvalid}
            </p>
          ) : (
            <p id={`${id}-url-hint`} className="field-hint">
              {t.urlHint}
            </p>
          )}
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={props.onClose}>
            {t.cancel}
          </button>
          <button type="submit" className="button button-primary">
            {t.saveNote}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
