/**
 * Writing the report and telling the user where it went. The outcome is kept outside React
 * (the toolbar button starts the write; the panel slot shows the dialog) in a tiny store.
 */
import { useSyncExternalStore } from 'react'
import type { ExportedFileInfo } from '@shared/contract'
import { Dialog } from '@renderer/components/Dialog'
import { useI18n } from '@renderer/i18n/I18n'
import { flushAll } from '../annotations/closeFlush'
import type { ArticleFeatureContext } from '../types'

/** What the report dialog shows. */
type ReportOutcome =
  { kind: 'written'; files: ExportedFileInfo[] } | { kind: 'failed'; message: string } | null

let outcome: ReportOutcome = null
const listeners = new Set<() => void>()

function show(next: ReportOutcome): void {
  outcome = next
  for (const listener of [...listeners]) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Asks main for the open article's report in the interface language. */
export async function writeReport(ctx: ArticleFeatureContext): Promise<void> {
  // The report is made from the file: pending saves go first, so it holds what is shown.
  await flushAll()
  const result = await ctx.api.exportReport({
    id: ctx.articleId,
    language: ctx.t().reportLanguage
  })
  if (!result.ok) show({ kind: 'failed', message: result.error.message })
  else if (!result.value.cancelled) show({ kind: 'written', files: result.value.files })
}

/** The report's outcome dialog, in the feature's panel slot. */
export function ReportPanel() {
  const { t } = useI18n()
  const current = useSyncExternalStore(
    subscribe,
    () => outcome,
    () => outcome
  )
  if (!current) return null
  const close = () => show(null)
  return (
    <Dialog
      title={t.reportAction}
      onClose={close}
      role={current.kind === 'failed' ? 'alertdialog' : 'dialog'}
    >
      <p className="dialog-body" role={current.kind === 'failed' ? 'alert' : 'status'}>
        {current.kind === 'written'
          ? t.reportWritten(current.files.map((f) => f.path).join(', '))
          : t.reportFailed(current.message)}
      </p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={close}>
          {t.close}
        </button>
      </div>
    </Dialog>
  )
}
