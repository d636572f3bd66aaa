/**
 * The import dialogs: the confirmation before a W3C file replaces the open article's
 * annotations, a wait while main works, the report (role=status: "78 anchored exactly,
 * 2 fuzzily, 0 orphans", then the orphans' quotes), and the refusal (role=alert) with main's
 * reason, which names the file's first problems by JSON path.
 */
import { useId } from 'react'
import type { AnnotationImport } from '@shared/contract'
import { Dialog } from '@renderer/components/Dialog'
import { useT } from '@renderer/i18n/I18n'
import type { Messages } from '@renderer/i18n/strings'
import { shortQuote } from './format'

/** Orphans listed in the report; the rest are counted. */
const MAX_ORPHANS_SHOWN = 50

/** "Replace this article's annotations?" before a W3C file is applied. */
export function ConfirmImportDialog(props: {
  fileName: string
  annotationCount: number
  title: string
  current: { annotations: number; entities: number }
  onConfirm(): void
  onClose(): void
}) {
  const t = useT()
  const bodyId = useId()
  return (
    <Dialog
      title={t.importConfirmHeading}
      role="alertdialog"
      describedBy={bodyId}
      onClose={props.onClose}
    >
      <div id={bodyId} className="dialog-body exchange-body">
        <p>{t.importConfirmBody(props.fileName, props.annotationCount, props.title)}</p>
        {props.current.annotations + props.current.entities > 0 && (
          <p>{t.importConfirmCurrent(props.current.annotations, props.current.entities)}</p>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" autoFocus onClick={props.onClose}>
          {t.cancel}
        </button>
        <button type="button" className="button button-primary" onClick={props.onConfirm}>
          {t.importConfirm}
        </button>
      </div>
    </Dialog>
  )
}

/** Shown while main reads the file and writes the article. */
export function ImportBusyDialog(props: { fileName: string }) {
  const t = useT()
  // Nothing to cancel: the write is under way; Escape leaves the dialog up until it is done.
  return (
    <Dialog title={t.importAnnotationsAction} onClose={() => undefined}>
      <p className="dialog-body" role="status">
        {t.importBusy(props.fileName)}
      </p>
    </Dialog>
  )
}

function kindLabel(kind: 'quote' | 'mention' | 'source-note', t: Messages): string {
  return kind === 'quote'
    ? t.importKindQuote
    : kind === 'mention'
      ? t.importKindMention
      : t.importKindNote
}

/** What an import did: the new article, or the re-anchoring report with the orphans. */
export function ImportReportDialog(props: {
  fileName: string
  outcome: AnnotationImport
  onClose(): void
}) {
  const t = useT()
  const { outcome } = props
  const close = (
    <div className="dialog-actions">
      <button type="button" className="button button-primary" autoFocus onClick={props.onClose}>
        {t.close}
      </button>
    </div>
  )

  if (outcome.kind === 'native') {
    const { article } = outcome
    return (
      <Dialog title={t.importArticleHeading} onClose={props.onClose}>
        <div className="dialog-body exchange-body" role="status">
          <p>
            {t.importArticleSummary(article.title, article.annotationCount, outcome.entityCount)}
          </p>
          {outcome.idChanged && <p>{t.importArticleNewId}</p>}
        </div>
        {close}
      </Dialog>
    )
  }

  const { report, article } = outcome
  const shown = report.orphans.slice(0, MAX_ORPHANS_SHOWN)
  const more = report.orphan - shown.length
  return (
    <Dialog title={t.importReportHeading} onClose={props.onClose}>
      <div className="dialog-body exchange-body">
        <p className="exchange-summary" role="status">
          {t.importReportSummary(report.exact, report.fuzzy, report.orphan)}
        </p>
        <p>{t.importReportOnto(props.fileName, article.title)}</p>
        {shown.length > 0 && (
          <section className="exchange-orphans" aria-label={t.importOrphansHeading}>
            <h3>{t.importOrphansHeading}</h3>
            <ul>
              {shown.map((orphan) => (
                <li key={orphan.id}>
                  <span className="exchange-orphan-kind">{kindLabel(orphan.kind, t)}</span>
                  <q>{shortQuote(orphan.exact)}</q>
                  {orphan.reason && (
                    <span className="exchange-orphan-reason">
                      {' '}
                      {t.importOrphanReasons[orphan.reason]}
                    </span>
                  )}
                </li>
              ))}
            </ul>
            {more > 0 && <p className="field-hint">{t.importOrphansMore(more)}</p>}
            <p className="field-hint">{t.importOrphansHint}</p>
          </section>
        )}
      </div>
      {close}
    </Dialog>
  )
}

/** The file was refused: main's reason, with the JSON paths of the first problems. */
export function ImportFailedDialog(props: { message: string; onClose(): void }) {
  const t = useT()
  return (
    <Dialog title={t.importFailedHeading} role="alertdialog" onClose={props.onClose}>
      <p className="form-error exchange-failure" role="alert">
        {props.message}
      </p>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" autoFocus onClick={props.onClose}>
          {t.close}
        </button>
      </div>
    </Dialog>
  )
}
