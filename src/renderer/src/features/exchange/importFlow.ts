/**
 * Importing an annotation file, step by step, outside React so it can be tested with fakes:
 * look at the file; for a W3C file ask first (it replaces the open article's annotations);
 * flush pending saves, so no autosave of the old layer lands after the import; call main;
 * then show the result: the new article opened, or the open article reloaded from disk,
 * with the report.
 */
import { MAX_IMPORT_BYTES, type NewsroomApi } from '@shared/contract'
import type { Messages } from '@renderer/i18n/strings'
import type { ExchangeUi } from './exchangeUi'
import { sniffAnnotationFile } from './sniff'

/** What the flow needs from the window. */
export interface ImportDeps {
  api: Pick<NewsroomApi, 'importAnnotations'>
  actions: {
    loadLibrary(): Promise<boolean>
    openArticle(id: string): Promise<void>
    reloadArticle(id: string): Promise<boolean>
  }
  /** Writes every pending autosave; false when a save failed. */
  flush(): Promise<boolean>
  ui: ExchangeUi
  /** The UI dictionary now (messages made here follow the language). */
  t(): Messages
}

/** The article open when the file arrived, if any. */
export interface OpenArticle {
  id: string
}

/** A file picked in the browser: refused over the size limit, else read as text. */
export async function readPicked(
  file: Pick<File, 'name' | 'size' | 'text'>,
  deps: Pick<ImportDeps, 'ui' | 't'>
): Promise<string | null> {
  const t = deps.t()
  if (file.size > MAX_IMPORT_BYTES) {
    const limit = Math.round(MAX_IMPORT_BYTES / (1024 * 1024))
    deps.ui.show({
      kind: 'failed',
      fileName: file.name,
      message: t.importTooLargeFile(file.name, limit)
    })
    return null
  }
  try {
    return await file.text()
  } catch {
    const message = t.importUnreadableFile(file.name)
    deps.ui.show({ kind: 'failed', fileName: file.name, message })
    return null
  }
}

/**
 * A file's text has arrived: a W3C file asks for confirmation (it replaces the open
 * article's annotations); anything else goes to main at once (a native file only adds an
 * article, and main explains what is wrong with any other file).
 */
export async function receiveFile(
  deps: ImportDeps,
  file: { fileName: string; text: string },
  open: OpenArticle | null
): Promise<void> {
  const sniffed = sniffAnnotationFile(file.text)
  if (sniffed.kind !== 'w3c') {
    await runImport(deps, file)
    return
  }
  if (!open) {
    deps.ui.show({ kind: 'failed', fileName: file.fileName, message: deps.t().importNoArticle })
    return
  }
  deps.ui.show({
    kind: 'confirm',
    fileName: file.fileName,
    text: file.text,
    articleId: open.id,
    annotationCount: sniffed.annotationCount
  })
}

/**
 * Sends the file to main (onto an article for a W3C file) and shows the outcome. Before a
 * W3C import every pending save is flushed: a save of the old layer arriving after the
 * import would overwrite it.
 */
export async function runImport(
  deps: ImportDeps,
  file: { fileName: string; text: string },
  ontoArticleId?: string
): Promise<void> {
  const { ui } = deps
  ui.show({ kind: 'busy', fileName: file.fileName })
  if (ontoArticleId && !(await deps.flush())) {
    ui.show({ kind: 'failed', fileName: file.fileName, message: deps.t().importNotSaved })
    return
  }
  const result = await deps.api.importAnnotations({
    fileName: file.fileName,
    text: file.text,
    ...(ontoArticleId ? { ontoArticleId } : {})
  })
  if (!result.ok) {
    ui.show({ kind: 'failed', fileName: file.fileName, message: result.error.message })
    return
  }
  const outcome = result.value
  if (outcome.kind === 'native') {
    await deps.actions.loadLibrary()
    await deps.actions.openArticle(outcome.article.id)
  } else {
    // The file on disk changed behind the editor: rebuild the editor from it.
    await deps.actions.reloadArticle(outcome.article.id)
    await deps.actions.loadLibrary()
  }
  ui.show({ kind: 'report', fileName: file.fileName, outcome })
}
