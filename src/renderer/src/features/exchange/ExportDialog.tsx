/**
 * The export dialog: choose Native JSON, W3C JSON-LD, CSV or ClaimReview JSON-LD (which also
 * asks for the published article's address), then export. Pending saves are
 * flushed first, so the file holds what the editor shows. Where the files went is shown in
 * the dialog (role=status) with their full paths and sizes; a cancelled Save dialog leaves
 * the choice open, a failure is shown in place (role=alert).
 */
import { useId, useRef, useState, type FormEvent } from 'react'
import type { ExportedFileInfo, ExportFormatName, NewsroomApi } from '@shared/contract'
import { Dialog, DialogActions } from '@renderer/components/Dialog'
import { TextField } from '@renderer/components/Field'
import { useI18n } from '@renderer/i18n/I18n'
import type { Messages } from '@renderer/i18n/strings'
import { formatSize } from './format'

const FORMATS: readonly ExportFormatName[] = ['native', 'w3c', 'csv', 'claimreview']

/** An http(s) address, as the contract accepts it. */
function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value.trim())
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

/** The last article address given in this session: the next export proposes it again. */
let lastArticleUrl = ''

function formatLabels(t: Messages): Record<ExportFormatName, { name: string; hint: string }> {
  return {
    native: { name: t.exportFormatNative, hint: t.exportFormatNativeHint },
    w3c: { name: t.exportFormatW3c, hint: t.exportFormatW3cHint },
    csv: { name: t.exportFormatCsv, hint: t.exportFormatCsvHint },
    claimreview: { name: t.exportFormatClaimReview, hint: t.exportFormatClaimReviewHint }
  }
}

type Phase =
  | { kind: 'choose'; note?: { tone: 'status' | 'alert'; text: string } }
  | { kind: 'busy' }
  | { kind: 'done'; files: ExportedFileInfo[] }

/** Props of {@link ExportDialog}. */
export interface ExportDialogProps {
  articleId: string
  title: string
  api: Pick<NewsroomApi, 'exportArticle'>
  /** Writes pending saves; false when one failed. */
  flush(): Promise<boolean>
  onClose(): void
}

/** The export dialog of the open article. */
export function ExportDialog(props: ExportDialogProps) {
  const { t, language } = useI18n()
  const [format, setFormat] = useState<ExportFormatName>('native')
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' })
  const [articleUrl, setArticleUrl] = useState(lastArticleUrl)
  const [urlError, setUrlError] = useState(false)
  const urlRef = useRef<HTMLElement>(null)
  const ids = { legend: useId(), where: useId(), note: useId() }
  const labels = formatLabels(t)
  const inBrowser = typeof window !== 'undefined' && !window.newsroom

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (phase.kind === 'busy') return
    const needsUrl = format === 'claimreview'
    if (needsUrl && !isHttpUrl(articleUrl)) {
      setUrlError(true)
      urlRef.current?.focus()
      return
    }
    setPhase({ kind: 'busy' })
    if (!(await props.flush())) {
      setPhase({ kind: 'choose', note: { tone: 'alert', text: t.exportNotSaved } })
      return
    }
    if (needsUrl) lastArticleUrl = articleUrl.trim()
    const result = await props.api.exportArticle({
      id: props.articleId,
      format,
      ...(needsUrl ? { articleUrl: articleUrl.trim() } : {})
    })
    if (!result.ok) {
      const text = t.exportFailed(result.error.message)
      setPhase({ kind: 'choose', note: { tone: 'alert', text } })
    } else if (result.value.cancelled) {
      setPhase({ kind: 'choose', note: { tone: 'status', text: t.exportCancelled } })
    } else {
      setPhase({ kind: 'done', files: result.value.files })
    }
  }

  // While main writes (or its Save dialog is up), Escape does not pull the dialog away.
  const close = () => {
    if (phase.kind !== 'busy') props.onClose()
  }

  if (phase.kind === 'done') {
    return (
      <Dialog title={t.exportHeading} onClose={close}>
        <div className="exchange-result" role="status">
          <p>{t.exportDone(phase.files.length)}</p>
          <ul className="exchange-paths">
            {phase.files.map((file) => (
              <li key={file.path}>
                <code>{file.path}</code>{' '}
                <span className="field-hint">
                  {t.exportFileSize(formatSize(file.bytes, language))}
                </span>
              </li>
            ))}
          </ul>
        </div>
        <DialogActions confirm={{ label: t.close, onClick: close, autoFocus: true }} />
      </Dialog>
    )
  }

  const note = phase.kind === 'choose' ? phase.note : undefined
  return (
    <Dialog title={t.exportHeading} onClose={close}>
      <form className="dialog-form" onSubmit={submit} noValidate>
        <p className="exchange-article">{props.title}</p>
        <fieldset className="exchange-formats" aria-describedby={inBrowser ? ids.where : undefined}>
          <legend id={ids.legend}>{t.exportFormatLegend}</legend>
          {FORMATS.map((f) => {
            const hintId = `${ids.legend}-${f}`
            return (
              <label key={f} className="exchange-format">
                <input
                  type="radio"
                  name={ids.legend}
                  value={f}
                  checked={format === f}
                  aria-describedby={hintId}
                  disabled={phase.kind === 'busy'}
                  onChange={() => setFormat(f)}
                />
                <span className="exchange-format-text">
                  <span className="exchange-format-name">{labels[f].name}</span>
                  <span id={hintId} className="field-hint">
                    {labels[f].hint}
                  </span>
                </span>
              </label>
            )
          })}
        </fieldset>
        {format === 'claimreview' && (
          <TextField
            label={t.exportArticleUrlLabel}
            hint={t.exportArticleUrlHint}
            error={urlError ? t.exportArticleUrlInvalid : null}
            inputRef={urlRef}
            inputMode="url"
            spellCheck={false}
            value={articleUrl}
            disabled={phase.kind === 'busy'}
            onValue={(value) => {
              setArticleUrl(value)
              if (urlError && isHttpUrl(value)) setUrlError(false)
            }}
          />
        )}
        {inBrowser && (
          <p id={ids.where} className="field-hint">
            {t.exportWhereWeb}
          </p>
        )}
        {note && (
          <p
            id={ids.note}
            className={note.tone === 'alert' ? 'form-error' : 'exchange-note'}
            role={note.tone}
          >
            {note.text}
          </p>
        )}
        <DialogActions
          cancel={{ label: t.cancel, onClick: close, disabled: phase.kind === 'busy' }}
          confirm={{
            label: phase.kind === 'busy' ? t.exportBusy : t.exportConfirm,
            disabled: phase.kind === 'busy'
          }}
        />
      </form>
    </Dialog>
  )
}
