/**
 * The annotation panel on the right of the article: five lists in tabs (quotes grouped by
 * speaker, claims, entities, source notes, orphans), one search box over all of them and
 * filters per list (quote kind and status, verdict, entity type, source kind, orphan kind).
 *
 * Choosing an item scrolls the article to it and flashes it; choosing an entity lights up
 * all its mentions (choosing it again turns them off). Items are edited in dialogs and
 * deleted through the engine's commands, so Ctrl+Z (or the notice's Undo) brings them back.
 * An orphan (its text was deleted) waits here with its last text until it is re-attached to
 * the selection or deleted: it is never dropped silently.
 *
 * The lists are computed from the annotation layer once the article has painted its change
 * (and from the search box with a deferred value), so typing in the article or the search box
 * never waits for a list of 10,000 items to be rebuilt; while only the text moves ("Edit
 * text"), the list waits for a pause in typing (listedLayer.ts). A tag recounts the entities
 * tab only and leaves the other tabs' rows as they were (panelUpdate.ts). What the panel
 * remembers is one reducer (panelState.ts); what its buttons do is panelCommands.ts.
 */
import type { EditorState } from 'prosemirror-state'
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useReducer,
  useRef,
  useState,
  type ReactNode
} from 'react'
import { checkHistoryOf } from '@shared/annotations/checkHistory'
import type { Entity } from '@shared/model'
import { Dialog, DialogActions } from '@renderer/components/Dialog'
import { useAfterPaint } from '@renderer/components/useAfterPaint'
import { useEditorState, useEditorView } from '@renderer/editor/EditorSession'
import type { AnnotationLayer } from '@renderer/editor/annotations/layer'
import { annotationsKey } from '@renderer/editor/annotations/plugin'
import {
  updateAnnotationList,
  type AnnotationList
} from '@renderer/editor/annotations/queries/annotationList'
import type { AnnotationItem } from '@renderer/editor/annotations/queries/listAnnotations'
import { useI18n } from '@renderer/i18n/I18n'
import { useUiState } from '@renderer/store/StoreContext'
import type { ArticleFeatureContext } from '@renderer/features/types'
import { hasTextSelected } from '../annotateActions'
import { CheckHistory } from '../components/CheckFields'
import { EditAnnotationDialog } from '../components/EditAnnotationDialog'
import { EntityDialog } from './EntityDialog'
import { panelCommands } from './panelCommands'
import type { RowState } from './PanelList'
import {
  followActive,
  type ClaimRow,
  type ItemRow,
  type NoteRow,
  type PanelRow,
  type QuoteRow
} from './panelModel'
import { useListedLayer } from './listedLayer'
import { updatePanel, type PanelBuild } from './panelUpdate'
import { PanelNotice } from './PanelNotice'
import { PanelSearch } from './PanelFilters'
import {
  ClaimRowView,
  EntityRowView,
  GroupRowView,
  itemName,
  NoteRowView,
  OrphanRowView,
  QuoteRowView,
  type RowContext
} from './PanelRows'
import { initialPanelState, reducePanel, type PanelEditing } from './panelState'
import { PanelTabPanel } from './PanelTabPanel'
import { PanelTabs } from './PanelTabs'
import './panel.css'

// The state each layer was first seen in, so the list can be rebuilt later (deferred) from a
// state whose document matches that layer.
const stateOfLayer = new WeakMap<AnnotationLayer, EditorState>()
const selectLayer = (state: EditorState): AnnotationLayer | null => {
  const layer = annotationsKey.getState(state)?.layer ?? null
  if (layer && !stateOfLayer.has(layer)) stateOfLayer.set(layer, state)
  return layer
}
const selectLit = (state: EditorState) => annotationsKey.getState(state)?.litEntityId ?? null
const selectCanReattach = (state: EditorState) => hasTextSelected(state)

const EMPTY_ITEMS: readonly AnnotationItem[] = []
const NO_ENTITIES: ReadonlyMap<string, Entity> = new Map()

/** The dialog that edits what a row stands for. */
function editingOf(row: ItemRow): PanelEditing {
  return row.kind === 'entity'
    ? { kind: 'entity', entityId: row.entity.id }
    : { kind: 'annotation', annotation: row.item.annotation }
}

/** The annotation panel of one open article (`ArticleFeature.Panel`). */
export function AnnotationsPanel(props: { ctx: ArticleFeatureContext }) {
  const { ctx } = props
  const { t, language } = useI18n()
  const view = useEditorView()
  const types = useUiState((s) => s.settings.entityTypes)
  const layer = useListedLayer(selectLayer)
  const litEntityId = useEditorState(selectLit, null)
  const canReattach = useEditorState(selectCanReattach, false)
  const [state, dispatch] = useReducer(reducePanel<AnnotationLayer>, undefined, () =>
    initialPanelState<AnnotationLayer>()
  )
  const { tab, filters, editing } = state
  const idPrefix = useId()

  // Rebuilt from the layer once the article has painted the change, never delaying it.
  const deferredLayer = useAfterPaint(layer)
  const deferredFilters = useDeferredValue(filters)
  // Brought up to date from the list shown before: an action re-reads only what it touched.
  const listRef = useRef<AnnotationList | null>(null)
  const items = useMemo(() => {
    const shown = deferredLayer && stateOfLayer.get(deferredLayer)
    if (!shown) return EMPTY_ITEMS
    listRef.current = updateAnnotationList(listRef.current, shown)
    return listRef.current.items
  }, [deferredLayer])
  // From the last build: a tag recounts the entities tab only (panelUpdate.ts).
  const buildRef = useRef<PanelBuild | null>(null)
  const model = useMemo(() => {
    const source = { items, entities: deferredLayer?.entities ?? NO_ENTITIES, entityTypes: types }
    buildRef.current = updatePanel(buildRef.current, source, deferredFilters)
    return buildRef.current.model
  }, [items, deferredLayer, types, deferredFilters])
  const rows = model.rows[tab]
  const activeIndex = followActive(rows, state.active[tab].key, state.active[tab].index)

  // Also when the wait starts: the list may already show the awaited layer.
  useEffect(
    () => dispatch({ type: 'shown', version: deferredLayer }),
    [deferredLayer, state.focusWhenShown]
  )
  useEffect(() => dispatch({ type: 'layerChanged', version: layer }), [layer])

  const formatDay = useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' })
    return (day: string) => {
      const [y, m, d] = day.split('-').map(Number)
      return Number.isFinite(y) ? format.format(new Date(Date.UTC(y, (m || 1) - 1, d || 1))) : day
    }
  }, [language])

  const setActive = useCallback(
    (index: number, focus: boolean) => {
      const row = rows[index]
      if (row) dispatch({ type: 'activate', key: row.key, index, focus })
    },
    [rows]
  )

  const commands = panelCommands({ view, t, litEntityId, dispatch })
  // The row whose whole check history is shown (History on a quote, claim or note row).
  const [historyOf, setHistoryOf] = useState<QuoteRow | ClaimRow | NoteRow | null>(null)
  const edit = (row: ItemRow) => dispatch({ type: 'edit', editing: editingOf(row) })
  const closeEdit = () => dispatch({ type: 'closeEdit' })

  const rowContext: RowContext = {
    t,
    types,
    articleLang: ctx.opened.article.language,
    formatDay,
    uiLanguage: language,
    litEntityId,
    canReattach,
    onChoose: (row) => {
      setActive(rows.indexOf(row), false)
      commands.choose(row)
    },
    onEdit: edit,
    onDelete: commands.remove,
    onReattach: commands.reattach,
    onHistory: (row) => setHistoryOf(row)
  }

  function renderRow(row: PanelRow, rowState: RowState): ReactNode {
    switch (row.kind) {
      case 'group':
        return <GroupRowView row={row} ctx={rowContext} />
      case 'quote':
        return <QuoteRowView row={row} state={rowState} ctx={rowContext} />
      case 'claim':
        return <ClaimRowView row={row} state={rowState} ctx={rowContext} />
      case 'entity':
        return <EntityRowView row={row} state={rowState} ctx={rowContext} />
      case 'note':
        return <NoteRowView row={row} state={rowState} ctx={rowContext} />
      case 'orphan':
        return <OrphanRowView row={row} state={rowState} ctx={rowContext} />
    }
  }

  return (
    <div className="ann-panel" onKeyDown={commands.onKeyDown}>
      <PanelSearch t={t} query={filters.query} dispatch={dispatch} />
      <PanelTabs t={t} idPrefix={idPrefix} tab={tab} model={model} dispatch={dispatch} />
      <PanelTabPanel
        t={t}
        idPrefix={idPrefix}
        tab={tab}
        model={model}
        filters={filters}
        types={types}
        activeIndex={activeIndex}
        focusRequest={state.focusRequest}
        dispatch={dispatch}
        onActiveChange={setActive}
        renderRow={renderRow}
        onEdit={edit}
        onDelete={commands.remove}
      />
      <PanelNotice t={t} notice={state.notice} onUndo={commands.undoLast} />

      {editing?.kind === 'annotation' && (
        <EditAnnotationDialog annotation={editing.annotation} onClose={closeEdit} />
      )}
      {editing?.kind === 'entity' && (
        <EntityDialog entityId={editing.entityId} onClose={closeEdit} />
      )}
      {historyOf && (
        <Dialog title={t.checkHistoryOf(itemName(historyOf, t))} onClose={() => setHistoryOf(null)}>
          <CheckHistory history={checkHistoryOf(historyOf.item.annotation)} />
          <DialogActions confirm={{ label: t.helpClose, onClick: () => setHistoryOf(null) }} />
        </Dialog>
      )}
    </div>
  )
}
