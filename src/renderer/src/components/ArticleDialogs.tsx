/**
 * The library's dialogs: a new article from pasted text, rename, and move to trash. A
 * failure from main shows inside the dialog, which stays open with everything typed in it.
 */
import { useId, useState, type FormEvent } from 'react'
import type { ArticleSummary } from '@shared/model'
import { useT } from '../i18n/I18n'
import { useActions } from '../store/StoreContext'
import { Dialog, DialogActions } from './Dialog'
import { FormError, TextField } from './Field'

/** Where focus goes when the element that opened a dialog has gone (after a delete). */
export function libraryFocusTarget(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-focus-target="library"]')
}

/** "New article": a title (optional) and the article's text. */
export function NewArticleDialog(props: { onClose(): void }) {
  const t = useT()
  const { createArticle } = useActions()
  const [title, setTitle] = useState('')
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const errorId = useId()

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
        <TextField
          label={t.titleLabel}
          hint={t.titleHint}
          value={title}
          onValue={setTitle}
          maxLength={300}
          autoComplete="off"
        />
        <TextField
          label={t.articleTextLabel}
          hint={t.articleTextHint}
          invalid={error === t.textRequired}
          describedBy={error ? errorId : undefined}
          value={text}
          onValue={setText}
          rows={12}
        />
        <FormError id={errorId} message={error} />
        <DialogActions
          cancel={{ label: t.cancel, onClick: props.onClose }}
          confirm={{ label: t.create, disabled: busy }}
        />
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
  const errorId = useId()

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
        <TextField
          label={t.titleLabel}
          invalid={error === t.titleRequired}
          describedBy={error ? errorId : undefined}
          value={title}
          onValue={setTitle}
          maxLength={300}
          autoComplete="off"
          // The dialog opens to change the title: start with all of it selected.
          onFocus={(e) => e.currentTarget.select()}
        />
        <FormError id={errorId} message={error} />
        <DialogActions
          cancel={{ label: t.cancel, onClick: props.onClose }}
          confirm={{ label: t.renameConfirm, disabled: busy }}
        />
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
      <DialogActions
        tone="danger"
        cancel={{ label: t.cancel, onClick: props.onClose }}
        confirm={{ label: t.moveToTrash, disabled: busy, onClick: () => void confirm() }}
      />
    </Dialog>
  )
}
