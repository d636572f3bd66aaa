/**
 * How the panel's lists are narrowed: the search box over every tab, and each tab's
 * drop-downs (quote kind and status, claim verdict, entity type, source kind, orphan kind). A filter set to
 * "All" is null in `PanelFilters`.
 */
import { useId, type Dispatch, type ReactNode } from 'react'
import {
  ANNOTATION_KINDS,
  ClaimVerdict,
  QuoteKind,
  QuoteStatus,
  SourceKind,
  type EntityTypeDef
} from '@shared/model'
import type { Messages } from '@renderer/i18n/strings'
import { typeLabel } from '../describe'
import type { PanelFilters as Filters, PanelTab } from './panelModel'
import type { PanelAction } from './panelState'

type Dispatcher = Dispatch<PanelAction<never>>

/** The search box; Escape empties it (and only then stops there). */
export function PanelSearch(props: { t: Messages; query: string; dispatch: Dispatcher }) {
  const { t, query, dispatch } = props
  const id = useId()
  return (
    <div className="panel-search">
      <label htmlFor={id} className="visually-hidden">
        {t.panelSearchLabel}
      </label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder={t.panelSearchPlaceholder}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => dispatch({ type: 'setFilter', change: { query: e.target.value } })}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && query) {
            e.preventDefault()
            e.stopPropagation()
            dispatch({ type: 'setFilter', change: { query: '' } })
          }
        }}
      />
    </div>
  )
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

/** The drop-downs of one tab. */
export function PanelFilters(props: {
  t: Messages
  tab: PanelTab
  filters: Filters
  types: readonly EntityTypeDef[]
  dispatch: Dispatcher
}) {
  const { t, filters, types, dispatch } = props
  const set = (change: Partial<Filters>) => dispatch({ type: 'setFilter', change })
  const all = t.panelFilterAll
  const ofTab: Record<PanelTab, () => ReactNode> = {
    quotes: () => (
      <>
        <Filter
          label={t.panelFilterQuoteKind}
          value={filters.quoteKind}
          options={QuoteKind.options}
          names={(k) => t.quoteKinds[k]}
          allLabel={all}
          onChange={(quoteKind) => set({ quoteKind })}
        />
        <Filter
          label={t.panelFilterStatus}
          value={filters.status}
          options={QuoteStatus.options}
          names={(s) => t.quoteStatuses[s]}
          allLabel={all}
          onChange={(status) => set({ status })}
        />
      </>
    ),
    claims: () => (
      <Filter
        label={t.claimVerdictLabel}
        value={filters.verdict}
        options={['none', ...ClaimVerdict.options] as const}
        names={(v) => (v === 'none' ? t.claimNoVerdict : t.claimVerdicts[v])}
        allLabel={all}
        onChange={(verdict) => set({ verdict })}
      />
    ),
    entities: () => (
      <Filter
        label={t.panelFilterEntityType}
        value={filters.entityType}
        options={types.map((x) => x.id)}
        names={(id) => typeLabel(id, types, t)}
        allLabel={all}
        onChange={(entityType) => set({ entityType })}
      />
    ),
    notes: () => (
      <Filter
        label={t.panelFilterSourceKind}
        value={filters.sourceKind}
        options={SourceKind.options}
        names={(k) => t.sourceKinds[k]}
        allLabel={all}
        onChange={(sourceKind) => set({ sourceKind })}
      />
    ),
    orphans: () => (
      <Filter
        label={t.panelFilterOrphanKind}
        value={filters.orphanKind}
        options={ANNOTATION_KINDS}
        names={(k) => t.annotationKinds[k]}
        allLabel={all}
        onChange={(orphanKind) => set({ orphanKind })}
      />
    )
  }
  return <div className="panel-filters">{ofTab[props.tab]()}</div>
}
