/**
 * What the exchange feature mounts beside the open article (its `Panel` slot): nothing
 * visible in the pane, only the hidden file input behind "Import annotations" and the
 * dialogs. It registers itself as the controller of the toolbar buttons, and answers the
 * desktop menu's File › Export… and File › Import Annotations… (and Ctrl+Shift+E in the
 * browser, where there is no menu).
 */
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useSyncExternalStore,
  type ChangeEvent
} from 'react'
import type { EditorState } from 'prosemirror-state'
import { annotationsKey, EMPTY_LAYER, type AnnotationLayer } from '@renderer/editor/annotations'
import { useEditorState } from '@renderer/editor/EditorSession'
import { useI18n } from '@renderer/i18n/I18n'
import { useActions, useUiState } from '@renderer/store/StoreContext'
import { flushAll } from '../annotations/closeFlush'
import type { ArticleFeatureContext } from '../types'
import { exchangeUi } from './exchangeUi'
import { ExportDialog } from './ExportDialog'
import {
  ConfirmImportDialog,
  ImportBusyDialog,
  ImportFailedDialog,
  ImportReportDialog
} from './ImportDialogs'
import { readPicked, receiveFile, runImport, type ImportDeps } from './importFlow'
import './exchange.css'

/** Files the import accepts (the content decides the format, not the name). */
const ACCEPT = '.json,.jsonld,application/json,application/ld+json'

/** The editor's live layer: what a W3C import would replace, saved or not yet. */
const selectLayer = (state: EditorState): AnnotationLayer =>
  annotationsKey.getState(state)?.layer ?? EMPTY_LAYER

/*
 * Only the counts are shown: numbers, so that typing in "Edit text" (a new layer, mapped, on
 * every key) re-renders nothing; a React commit while the article has the focus walks the
 * whole editable article to save the selection.
 */
const annotationCount = (state: EditorState): number => selectLayer(state).annotations.size
const entityCount = (state: EditorState): number => selectLayer(state).entities.size

/** True for Ctrl+Shift+E (Cmd+Shift+E on a Mac). */
function isExportShortcut(event: KeyboardEvent): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    event.shiftKey &&
    !event.altKey &&
    event.key.toLowerCase() === 'e'
  )
}

/** The feature's panel component (`ArticleFeature.Panel`). */
export function ExchangePanel(props: { ctx: ArticleFeatureContext }) {
  const { ctx } = props
  const { t } = useI18n()
  const actions = useActions()
  const file = useUiState((s) => s.article.file)
  const dialog = useSyncExternalStore(exchangeUi.subscribe, exchangeUi.get, exchangeUi.get)
  const input = useRef<HTMLInputElement>(null)
  const annotations = useEditorState(annotationCount, 0)
  const entities = useEditorState(entityCount, 0)

  // Messages made in the flow follow the language at the time they are shown.
  const latestT = useRef(t)
  useEffect(() => {
    latestT.current = t
  }, [t])

  const deps = useMemo<ImportDeps>(
    () => ({
      api: ctx.api,
      actions,
      flush: flushAll,
      ui: exchangeUi,
      t: () => latestT.current
    }),
    [ctx.api, actions]
  )
  const articleId = ctx.articleId

  const pickOnDesktop = useCallback(async () => {
    const bridge = window.newsroom
    if (!bridge) return
    const picked = await bridge.openAnnotationFile({})
    if (!picked.ok) {
      exchangeUi.show({ kind: 'failed', fileName: '', message: picked.error.message })
      return
    }
    if (picked.value.cancelled) return
    const { fileName, text } = picked.value
    await receiveFile(deps, { fileName, text }, { id: articleId })
  }, [deps, articleId])

  // The toolbar buttons and the menu reach the panel of the article that is open.
  useEffect(() => {
    const controller = {
      openExport: () => exchangeUi.show({ kind: 'export', articleId }),
      startImport: () => {
        // The desktop app has a real Open dialog in main; the browser needs the file input,
        // clicked within the user's click.
        if (window.newsroom) void pickOnDesktop()
        else input.current?.click()
      }
    }
    exchangeUi.controller = controller
    return () => {
      if (exchangeUi.controller === controller) exchangeUi.controller = null
    }
  }, [articleId, pickOnDesktop])

  useEffect(() => {
    const bridge = window.newsroom
    if (bridge) {
      return bridge.onMenuCommand(({ command }) => {
        if (exchangeUi.get()) return
        if (command === 'exportArticle') exchangeUi.controller?.openExport()
        if (command === 'importAnnotations') exchangeUi.controller?.startImport()
      })
    }
    // In the browser there is no menu and its accelerator: the same key here.
    const onKey = (event: KeyboardEvent) => {
      if (!isExportShortcut(event) || exchangeUi.get()) return
      event.preventDefault()
      exchangeUi.controller?.openExport()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  async function onFilePicked(event: ChangeEvent<HTMLInputElement>) {
    const picked = event.target.files?.[0]
    // Cleared at once, so picking the same file again still fires a change.
    event.target.value = ''
    if (!picked) return
    const text = await readPicked(picked, deps)
    if (text === null) return
    await receiveFile(deps, { fileName: picked.name, text }, { id: articleId })
  }

  const close = () => exchangeUi.close()
  const open = file && file.article.id === articleId ? file : ctx.opened

  return (
    <>
      <input
        ref={input}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t.importAnnotationsInputLabel}
        accept={ACCEPT}
        onChange={(event) => void onFilePicked(event)}
      />
      {dialog?.kind === 'export' && dialog.articleId === articleId && (
        <ExportDialog
          articleId={articleId}
          title={open.article.title}
          api={ctx.api}
          flush={flushAll}
          onClose={close}
        />
      )}
      {dialog?.kind === 'confirm' && dialog.articleId === articleId && (
        <ConfirmImportDialog
          fileName={dialog.fileName}
          annotationCount={dialog.annotationCount}
          title={open.article.title}
          current={{ annotations, entities }}
          onConfirm={() =>
            void runImport(deps, { fileName: dialog.fileName, text: dialog.text }, dialog.articleId)
          }
          onClose={close}
        />
      )}
      {dialog?.kind === 'busy' && <ImportBusyDialog fileName={dialog.fileName} />}
      {dialog?.kind === 'report' && (
        <ImportReportDialog fileName={dialog.fileName} outcome={dialog.outcome} onClose={close} />
      )}
      {dialog?.kind === 'failed' && <ImportFailedDialog message={dialog.message} onClose={close} />}
    </>
  )
}
