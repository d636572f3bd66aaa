/**
 * The annotation panel on the right of the article: four lists in tabs (quotes grouped by
 * speaker, entities, source notes, orphans), one search box over all of them and filters per
 * list (entity type, quote kind and status, source kind, orphan kind).
 *
 * Choosing an item scrolls the article to it and flashes it; choosing an entity lights up
 * all its mentions (choosing it again turns them off). Items are edited in dialogs and
 * deleted through the engine's commands, so Ctrl+Z (or the notice's Undo) brings them back.
 * An orphan (its text was deleted) waits here with its last text until it is re-attached to
 * the selection or deleted: it is never dropped silently.
 *
 * The lists are computed from the annotation layer with a deferred value, so typing in the
 * article or the search box never waits for a list of 10,000 items to be rebuilt.
 */
import { redo, undo } from 'prosemirror-history'
import type { Command, EditorState } from 'prosemirror-state'
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode
} from 'react'
import {
  QuoteKind,
  QuoteStatus,
  SourceKind,
  type Annotation,
  type AnnotationKind
} from '@shared/model'
import { useEditorState, useEditorView } from '@renderer/editor/EditorSession'
import { deleteAnnotation } from '@renderer/editor/annotations/commands/deleteAnnotation'
import { deleteEntity } from '@renderer/editor/annotations/commands/deleteEntity'
import { highlightEntity, revealAnnotation } from '@renderer/editor/annotations/commands/highlight'
import { reattachOrphan } from '@renderer/editor/annotations/commands/reattachOrphan'
import type { AnnotationLayer } from '@renderer/editor/annotations/layer'
import { annotationsKey } from '@renderer/editor/annotations/plugin'
import {
  listAnnotations,
  type AnnotationItem
} from '@renderer/editor/annotations/queries/listAnnotations'
import { useI18n } from '@renderer/i18n/I18n'
import type { Messages } from '@renderer/i18n/strings'
import { useUiState } from '@renderer/store/StoreContext'
import type { ArticleFeatureContext } from '@renderer/features/types'
import { hasTextSelected } from '../actions'
import { LinkDialog } from '../components/LinkDialog'
import { QuoteDialog } from '../components/QuoteDialog'
import { SourceNoteDialog } from '../components/SourceNoteDialog'
import { typeLabel } from '../describe'
import { EntityDialog } from './EntityDialog'
import { PanelList, type RowState } from './PanelList'
import {
  EntityRowView,
  GroupRowView,
  itemName,
  NoteRowView,
  OrphanRowView,
  QuoteRowView,
  type RowContext
} from './PanelRows'
import {
  buildPanel,
  followActive,
  NO_FILTERS,
  PANEL_TABS,
  type ItemRow,
  type OrphanRow,
  type PanelFilters,
  type PanelRow,
  type PanelTab
} from './panelModel'
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
const ANNOTATION_KINDS: readonly AnnotationKind[] = ['quote', 'mention', 'source-note']

/** The dialog the panel has open. */
type Editing =
  | { kind: 'quote'; id: string }
  | { kind: 'note'; id: string }
  | { kind: 'mention'; id: string }
  | { kind: 'entity'; id: string }

/** A notice under the lists; `undoable` offers Undo while the layer is still `layer`. */
interface PanelNotice {
  serial: number
  text: string
  layer?: AnnotationLayer | null
}

const TAB_LABEL: Record<PanelTab, (t: Messages) => string> = {
  quotes: (t) => t.panelTabQuotes,
  entities: (t) => t.panelTabEntities,
  notes: (t) => t.panelTabNotes,
  orphans: (t) => t.panelTabOrphans
}

const EMPTY_STATE: Record<PanelTab, (t: Messages) => [string, string]> = {
  quotes: (t) => [t.panelQuotesEmpty, t.panelQuotesEmptyHint],
  entities: (t) => [t.panelEntitiesEmpty, t.panelEntitiesEmptyHint],
  notes: (t) => [t.panelNotesEmpty, t.panelNotesEmptyHint],
  orphans: (t) => [t.panelOrphansEmpty, t.panelOrphansEmptyHint]
}

/** A labelled filter drop-down ("All" and the options). */
function Filter<T extends string>(props: {
  label: string
  value: T | null
  options: readonly T[]
  names: (value: T) => string
  allLabel: string
  onChange(value: T | null): void
}) {
  const id = useId()
  return (
    <div className="panel-filter">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        className="select"
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value === '' ? null : (e.target.value as T))}
      >
        <option value="">{props.allLabel}</option>
        {props.options.map((o) => (
          <option key={o} value={o}>
            {props.names(o)}
          </option>
        ))}
      </select>
    </div>
  )
}

/** The annotation panel of one open article (`ArticleFeature.Panel`). */
export function AnnotationsPanel(props: { ctx: ArticleFeatureContext }) {
  const { ctx } = props
  const { t, language } = useI18n()
  const view = useEditorView()
  const types = useUiState((s) => s.settings.entityTypes)
  const layer = useEditorState(selectLayer, null)
  const litEntityId = useEditorState(selectLit, null)
  const canReattach = useEditorState(selectCanReattach, false)

  const [tab, setTab] = useState<PanelTab>('quotes')
  const [filters, setFilters] = useState<PanelFilters>(NO_FILTERS)
  const [activeKeys, setActiveKeys] = useState<Record<PanelTab, string | null>>({
    quotes: null,
    entities: null,
    notes: null,
    orphans: null
  })
  const [lastIndex, setLastIndex] = useState<Record<PanelTab, number>>({
    quotes: -1,
    entities: -1,
    notes: -1,
    orphans: -1
  })
  const [focusRequest, setFocusRequest] = useState(0)
  // After a delete, an undo or a re-attach the list changes a moment later (it is deferred):
  // the focus moves once the list shows that layer, so it lands on a row that stays.
  const [focusOnLayer, setFocusOnLayer] = useState<AnnotationLayer | null>(null)
  const [editing, setEditing] = useState<Editing | null>(null)
  const [notice, setNotice] = useState<PanelNotice | null>(null)
  const ids = { search: useId(), help: useId(), tabs: useId(), shown: useId() }
  const tabButtons = useRef<Partial<Record<PanelTab, HTMLButtonElement | null>>>({})

  // Rebuilt from the layer a moment later than the editor moves, never blocking it.
  const deferredLayer = useDeferredValue(layer)
  const deferredFilters = useDeferredValue(filters)
  const items = useMemo(() => {
    const state = deferredLayer && stateOfLayer.get(deferredLayer)
    return state ? listAnnotations(state) : EMPTY_ITEMS
  }, [deferredLayer])
  const model = useMemo(
    () =>
      buildPanel(
        { items, entities: deferredLayer?.entities ?? new Map(), entityTypes: types },
        deferredFilters
      ),
    [items, deferredLayer, types, deferredFilters]
  )
  const rows = model.rows[tab]
  const activeIndex = followActive(rows, activeKeys[tab], lastIndex[tab])

  useEffect(() => {
    if (!focusOnLayer || deferredLayer !== focusOnLayer) return
    setFocusOnLayer(null)
    setFocusRequest((n) => n + 1)
  }, [deferredLayer, focusOnLayer])

  /** Moves the focus back into the list once it shows the editor's layer as it is now. */
  function refocusAfterChange() {
    const now = view && annotationsKey.getState(view.state)?.layer
    if (now) setFocusOnLayer(now)
  }

  // An Undo offered after a delete only stands while nothing else has changed since.
  useEffect(() => {
    if (notice?.layer && layer !== notice.layer) setNotice(null)
  }, [layer, notice])

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
      if (!row) return
      setActiveKeys((old) => ({ ...old, [tab]: row.key }))
      setLastIndex((old) => ({ ...old, [tab]: index }))
      if (focus) setFocusRequest((n) => n + 1)
    },
    [rows, tab]
  )

  function run(command: Command): boolean {
    return view ? command(view.state, view.dispatch, view) : false
  }

  function say(text: string, undoable = false) {
    setNotice((old) => ({
      serial: (old?.serial ?? 0) + 1,
      text,
      layer: undoable && view ? annotationsKey.getState(view.state)?.layer : undefined
    }))
  }

  /**
   * Forgets the article's old DOM selection after a reveal moved the editor's selection while
   * the panel has the focus: left alone, it would highlight whatever text now sits where the
   * old one was. The editor puts its own back when it gets the focus.
   */
  function dropStaleSelection() {
    const selection = document.getSelection()
    if (view && selection?.anchorNode && view.dom.contains(selection.anchorNode)) {
      selection.removeAllRanges()
    }
  }

  /**
   * Goes to an annotation: the engine moves the selection there and flashes it, and the
   * article scrolls it to the middle of the page. (ProseMirror scrolls only to a selection it
   * has in the DOM, which it does not while the panel has the focus.)
   */
  function reveal(id: string) {
    if (!view || !run(revealAnnotation(id))) return
    const target = view.dom.querySelector(`[data-ann-id="${CSS.escape(id)}"]`)
    target?.scrollIntoView({ block: 'center', inline: 'nearest' })
  }

  function choose(row: ItemRow) {
    setActive(rows.indexOf(row), false)
    if (row.kind !== 'orphan') dropStaleSelection()
    switch (row.kind) {
      case 'quote':
      case 'note':
        reveal(row.item.annotation.id)
        break
      case 'entity': {
        const lit = litEntityId === row.entity.id
        run(highlightEntity(lit ? null : row.entity.id))
        if (!lit && row.firstMentionId) reveal(row.firstMentionId)
        break
      }
      case 'orphan':
        reattach(row)
        break
    }
  }

  function reattach(row: OrphanRow) {
    if (!view || !hasTextSelected(view.state)) {
      say(t.panelReattachHint)
      return
    }
    if (run(reattachOrphan(row.item.annotation.id))) {
      say(t.reattached)
      refocusAfterChange()
    } else say(t.panelEditRefused)
  }

  function edit(row: ItemRow) {
    if (row.kind === 'entity') return setEditing({ kind: 'entity', id: row.entity.id })
    const a: Annotation = row.item.annotation
    if (a.kind === 'quote') setEditing({ kind: 'quote', id: a.id })
    else if (a.kind === 'source-note') setEditing({ kind: 'note', id: a.id })
    else setEditing({ kind: 'mention', id: a.id })
  }

  function remove(row: ItemRow) {
    const name = itemName(row, t)
    const done =
      row.kind === 'entity'
        ? run(deleteEntity(row.entity.id, { withMentions: true }))
        : run(deleteAnnotation(row.item.annotation.id))
    if (!done) return say(t.panelEditRefused)
    if (row.kind === 'entity' && litEntityId === row.entity.id) run(highlightEntity(null))
    say(t.panelDeleted(name), true)
    // The focus stays in the list, on the item that took the deleted one's place.
    refocusAfterChange()
  }

  function undoLast() {
    if (view && undo(view.state, view.dispatch)) {
      setNotice(null)
      refocusAfterChange()
    }
  }

  /** Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y work in the panel as in the article. */
  function onPanelKeyDown(event: KeyboardEvent) {
    const target = event.target as HTMLElement
    if (target.closest('input, textarea, select, dialog')) return
    if (!(event.ctrlKey || event.metaKey) || event.altKey || !view) return
    const key = event.key.toLowerCase()
    let done: boolean
    if (key === 'z' && !event.shiftKey) done = undo(view.state, view.dispatch)
    else if ((key === 'z' && event.shiftKey) || key === 'y') done = redo(view.state, view.dispatch)
    else return
    event.preventDefault()
    if (done) setNotice(null)
  }

  function selectTab(next: PanelTab, focus = false) {
    setTab(next)
    if (focus) tabButtons.current[next]?.focus()
  }

  function onTabKeyDown(event: KeyboardEvent) {
    const at = PANEL_TABS.indexOf(tab)
    const moves: Record<string, number> = {
      ArrowRight: at + 1,
      ArrowLeft: at - 1,
      Home: 0,
      End: PANEL_TABS.length - 1
    }
    const to = moves[event.key]
    if (to === undefined) return
    event.preventDefault()
    selectTab(PANEL_TABS[(to + PANEL_TABS.length) % PANEL_TABS.length], true)
  }

  const setFilter = <K extends keyof PanelFilters>(key: K, value: PanelFilters[K]) =>
    setFilters((old) => ({ ...old, [key]: value }))

  const rowContext: RowContext = {
    t,
    types,
    articleLang: ctx.opened.article.language,
    formatDay,
    litEntityId,
    canReattach,
    onChoose: choose,
    onEdit: edit,
    onDelete: remove,
    onReattach: reattach
  }

  function renderRow(row: PanelRow, state: RowState): ReactNode {
    switch (row.kind) {
      case 'group':
        return <GroupRowView row={row} ctx={rowContext} />
      case 'quote':
        return <QuoteRowView row={row} state={state} ctx={rowContext} />
      case 'entity':
        return <EntityRowView row={row} state={state} ctx={rowContext} />
      case 'note':
        return <NoteRowView row={row} state={state} ctx={rowContext} />
      case 'orphan':
        return <OrphanRowView row={row} state={state} ctx={rowContext} />
    }
  }

  const filtersOfTab: Record<PanelTab, ReactNode> = {
    quotes: (
      <>
        <Filter
          label={t.panelFilterQuoteKind}
          value={filters.quoteKind}
          options={QuoteKind.options}
          names={(k) => t.quoteKinds[k]}
          allLabel={t.panelFilterAll}
          onChange={(v) => setFilter('quoteKind', v)}
        />
        <Filter
          label={t.panelFilterStatus}
          value={filters.status}
          options={QuoteStatus.options}
          names={(s) => t.quoteStatuses[s]}
          allLabel={t.panelFilterAll}
          onChange={(v) => setFilter('status', v)}
        />
      </>
    ),
    entities: (
      <Filter
        label={t.panelFilterEntityType}
        value={filters.entityType}
        options={types.map((x) => x.id)}
        names={(id) => typeLabel(id, types, t)}
        allLabel={t.panelFilterAll}
        onChange={(v) => setFilter('entityType', v)}
      />
    ),
    notes: (
      <Filter
        label={t.panelFilterSourceKind}
        value={filters.sourceKind}
        options={SourceKind.options}
        names={(k) => t.sourceKinds[k]}
        allLabel={t.panelFilterAll}
        onChange={(v) => setFilter('sourceKind', v)}
      />
    ),
    orphans: (
      <Filter
        label={t.panelFilterOrphanKind}
        value={filters.orphanKind}
        options={ANNOTATION_KINDS}
        names={(k) =>
          k === 'quote'
            ? t.panelKindQuote
            : k === 'source-note'
              ? t.panelKindNote
              : t.panelKindMention
        }
        allLabel={t.panelFilterAll}
        onChange={(v) => setFilter('orphanKind', v)}
      />
    )
  }

  const [emptyTitle, emptyHint] = EMPTY_STATE[tab](t)
  const nothingAtAll = model.totals[tab] === 0
  const tabId = (name: PanelTab) => `${ids.tabs}-${name}`

  return (
    <div className="ann-panel" onKeyDown={onPanelKeyDown}>
      <div className="panel-search">
        <label htmlFor={ids.search} className="visually-hidden">
          {t.panelSearchLabel}
        </label>
        <input
          id={ids.search}
          type="search"
          value={filters.query}
          placeholder={t.panelSearchPlaceholder}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setFilter('query', e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && filters.query) {
              e.preventDefault()
              e.stopPropagation()
              setFilter('query', '')
            }
          }}
        />
      </div>

      <div
        role="tablist"
        aria-label={t.panelTabsLabel}
        className="panel-tabs"
        onKeyDown={onTabKeyDown}
      >
        {PANEL_TABS.map((name) => {
          const selected = name === tab
          const count = model.counts[name]
          return (
            <button
              key={name}
              ref={(el) => {
                tabButtons.current[name] = el
              }}
              id={tabId(name)}
              type="button"
              role="tab"
              aria-selected={selected}
              aria-controls={`${tabId(name)}-panel`}
              tabIndex={selected ? 0 : -1}
              className="panel-tab"
              data-alert={name === 'orphans' && model.totals.orphans > 0 ? true : undefined}
              onClick={() => selectTab(name)}
            >
              <span>{TAB_LABEL[name](t)}</span>
              <span className="panel-tab-count">{count}</span>
            </button>
          )
        })}
      </div>

      <div
        role="tabpanel"
        id={`${tabId(tab)}-panel`}
        aria-labelledby={tabId(tab)}
        className="panel-tabpanel"
      >
        {!nothingAtAll && <div className="panel-filters">{filtersOfTab[tab]}</div>}
        {!nothingAtAll && (
          <p id={ids.shown} className="panel-shown" aria-live="polite">
            {t.panelShown(model.counts[tab], model.totals[tab])}
          </p>
        )}
        {rows.length > 0 ? (
          <PanelList
            rows={rows}
            label={TAB_LABEL[tab](t)}
            describedBy={ids.help}
            activeIndex={activeIndex}
            onActiveChange={setActive}
            focusRequest={focusRequest}
            renderRow={renderRow}
            onEdit={edit}
            onDelete={remove}
          />
        ) : (
          <div className="empty-state panel-empty">
            <p className="empty-title">{nothingAtAll ? emptyTitle : t.panelNoMatch}</p>
            <p>{nothingAtAll ? emptyHint : t.panelNoMatchHint}</p>
          </div>
        )}
        <p id={ids.help} className="panel-help">
          {t.panelListHelp}
        </p>
      </div>

      <div className="panel-notice" aria-live="polite">
        {notice && (
          <>
            <span key={notice.serial}>{notice.text}</span>
            {notice.layer && (
              <button type="button" className="button button-small" onClick={undoLast}>
                {t.panelUndo}
              </button>
            )}
          </>
        )}
      </div>

      {editing?.kind === 'quote' && (
        <QuoteDialog quoteId={editing.id} onClose={() => setEditing(null)} />
      )}
      {editing?.kind === 'note' && (
        <SourceNoteDialog noteId={editing.id} onClose={() => setEditing(null)} />
      )}
      {editing?.kind === 'mention' && (
        <LinkDialog mentionId={editing.id} onClose={() => setEditing(null)} />
      )}
      {editing?.kind === 'entity' && (
        <EntityDialog entityId={editing.id} onClose={() => setEditing(null)} />
      )}
    </div>
  )
}
