/**
 * The library's dialogs: a new article from pasted text, rename, and move to trash. A
 * failure from main shows inside the dialog, which stays open with everything typed in it.
 */
import { useId, useState, type FormEvent } from 'react'
import type { ArticleSummary } from '@shared/model'
import { useT } from '../i18n/I18n'
import { useActions } from '../store/StoreContext'
import { Dialog } from './Dialog'

/** Where focus goes when the element that opened a dialog has gone (after a delete). */
export function libraryFocusTarget(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-focus-target="library"]')
}

function FormError(props: { id: string; message: string | null }) {
  if (!props.message) return null
  return (
    <p id={props.id} className="form-error" role="alert">
      {props.message}
    </p>
  )
}

/** "New article": a title (optional) and the article's text. */
export function NewArticleDialog(props: { onClose(): void }) {
  const t = useT()
  const { createArticle } = useActions()
  const [title, setTitle] = useState('')
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const ids = {
    title: useId(),
    titleHint: useId(),
    text: useId(),
    textHint: useId(),
    error: useId()
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!text.trim()) {
      setError(t.textRequired)
      return
    }
    setBusy(true)
    const result = await createArticle({ text, title })
    setBusy(false)
    if (result.ok) props.onClose()
    else setError(t.createFailed(result.error.message))
  }

  return (
    <Dialog title={t.newArticleHeading} onClose={props.onClose}>
      <form className="dialog-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={ids.title}>{t.titleLabel}</label>
          <input
            id={ids.title}
            type="text"
            value={title}
            maxLength={300}
            autoComplete="off"
            aria-describedby={ids.titleHint}
            onChange={(e) => setTitle(e.target.value)}
          />
          <p id={ids.titleHint} className="field-hint">
            {t.titleHint}
          </p>
        </div>
        <div className="field">
          <label htmlFor={ids.text}>{t.articleTextLabel}</label>
          <textarea
            id={ids.text}
            value={text}
            rows={12}
            aria-describedby={error ? `${ids.textHint} ${ids.error}` : ids.textHint}
            aria-invalid={error === t.textRequired || undefined}
            onChange={(e) => setText(e.target.value)}
          />
          <p id={ids.textHint} className="field-hint">
            {t.articleTextHint}
          </p>
        </div>
        <FormError id={ids.error} message={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={props.onClose}>
            {t.cancel}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t.create}
          </button>
        </div>
      </form>
    </Dialog>
  )
}

/** "Rename": the article's title. */
export function RenameDialog(props: { article: ArticleSummary; onClose(): void }) {
  const t = useT()
  const { renameArticle } = useActions()
  const [title, setTitle] = useState(props.article.title)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const ids = { title: useId(), error: useId() }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!title.trim()) {
      setError(t.titleRequired)
      return
    }
    setBusy(true)
    const result = await renameArticle(props.article.id, title)
    setBusy(false)
    if (result.ok) props.onClose()
    else setError(t.renameFailed(result.error.message))
  }

  return (
    <Dialog title={t.renameHeading} onClose={props.onClose}>
      <form className="dialog-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={ids.title}>{t.titleLabel}</label>
          <input
            id={ids.title}
            type="text"
            value={title}
            maxLength={300}
            autoComplete="off"
            // The dialog opens to change the title: start with all of it selected.
            onFocus={(e) => e.currentTarget.select()}
            aria-invalid={error === t.titleRequired || undefined}
            aria-describedby={error ? ids.error : undefined}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <FormError id={ids.error} message={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={props.onClose}>
            {t.cancel}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t.renameConfirm}
          </button>
        </div>
      </form>
    </Dialog>
  )
}

/** "Move to trash?": confirms before the file goes to the library's trash folder. */
export function TrashDialog(props: { article: ArticleSummary; onClose(): void }) {
  const t = useT()
  const { trashArticle } = useActions()
  const [busy, setBusy] = useState(false)
  const bodyId = useId()

  async function confirm() {
    setBusy(true)
    await trashArticle(props.article.id)
    // A failure is raised as an alert in the window; the dialog has done its part either way.
    props.onClose()
  }

  return (
    <Dialog
      title={t.trashHeading}
      role="alertdialog"
      describedBy={bodyId}
      onClose={props.onClose}
      returnFocus={libraryFocusTarget}
    >
      <p id={bodyId} className="dialog-body">
        {t.trashBody(props.article.title)}
      </p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={props.onClose}>
          {t.cancel}
        </button>
        <button type="button" className="button button-danger" disabled={busy} onClick={confirm}>
          {t.moveToTrash}
        </button>
      </div>
    </Dialog>
  )
}
