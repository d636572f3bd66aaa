/**
 * The verification queue: everything still to check across the library, filtered by status,
 * kind, article, assignee and speaker. The list is keyboard navigable (↑ ↓ Home End move,
 * Enter opens); opening an item closes the queue and shows the item selected in its article.
 * The filters are kept for the next time the queue opens.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { RequestOf, ResponseOf } from '@shared/contract'
import { useApi } from '@renderer/apiContext'
import { Dialog } from '@renderer/components/Dialog'
import { useI18n } from '@renderer/i18n/I18n'
import { useActions } from '@renderer/store/StoreContext'
import { showDeskDialog } from '../deskDialogs'
import { openAtPassage } from '../reveal'
import '../entity/desk.css'

type QueueFilter = RequestOf<'verificationQueue'>
type QueueAnswer = ResponseOf<'verificationQueue'>
type Facet = QueueAnswer['facets']['articles'][number]

/** What the status filter offers: the open statuses, one status, or any. */
type StatusChoice = 'open' | 'any' | 'needs-checking' | 'disputed' | 'verified'

interface Filters {
  status: StatusChoice
  kind: string
  articleId: string
  /** '*' any assignee, '' nobody, else a name. */
  assignee: string
  speakerKey: string
}

const ANY = '*'
let remembered: Filters = {
  status: 'open',
  kind: ANY,
  articleId: ANY,
  assignee: ANY,
  speakerKey: ANY
}

function requestOf(filters: Filters): QueueFilter {
  const statuses: QueueFilter['statuses'] =
    filters.status === 'open'
      ? undefined
      : filters.status === 'any'
        ? ['needs-checking', 'disputed', 'verified']
        : [filters.status]
  return {
    ...(statuses ? { statuses } : {}),
    ...(filters.kind !== ANY ? { kinds: [filters.kind] } : {}),
    ...(filters.articleId !== ANY ? { articleId: filters.articleId } : {}),
    ...(filters.assignee !== ANY ? { assignee: filters.assignee } : {}),
    ...(filters.speakerKey !== ANY ? { speakerKey: filters.speakerKey } : {})
  }
}

function FacetSelect(props: {
  label: string
  value: string
  facets: Facet[]
  anyLabel: string
  name: (facet: Facet) => string
  onChange(value: string): void
}) {
  const { value, facets } = props
  // The chosen value stays offered even when the other filters leave it nothing.
  const options =
    facets.some((f) => f.value === value) || value === ANY
      ? facets
      : [{ value, label: value, count: 0 }, ...facets]
  return (
    <label className="queue-filter">
      <span>{props.label}</span>
      <select value={value} onChange={(e) => props.onChange(e.target.value)}>
        <option value={ANY}>{props.anyLabel}</option>
        {options.map((f) => (
          <option key={f.value} value={f.value}>
            {props.name(f)} ({f.count})
          </option>
        ))}
      </select>
    </label>
  )
}

/** The queue as a dialog over the window. */
export function QueueDialog() {
  const { t, formatDateTime } = useI18n()
  const api = useApi()
  const actions = useActions()
  const [filters, setFilters] = useState<Filters>(remembered)
  const [answer, setAnswer] = useState<QueueAnswer | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const list = useRef<HTMLUListElement>(null)

  useEffect(() => {
    remembered = filters
    let stale = false
    void api.verificationQueue(requestOf(filters)).then((result) => {
      if (stale) return
      if (result.ok) {
        setAnswer(result.value)
        setFailure(null)
      } else setFailure(result.error.message)
    })
    return () => {
      stale = true
    }
  }, [api, filters])

  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }))
  const close = () => showDeskDialog(null)

  function onListKey(event: KeyboardEvent<HTMLUListElement>) {
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('.queue-open') ?? [])]
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement)
    const to =
      event.key === 'ArrowDown'
        ? Math.min(buttons.length - 1, at + 1)
        : event.key === 'ArrowUp'
          ? Math.max(0, at - 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? buttons.length - 1
              : null
    if (to === null || !buttons.length) return
    event.preventDefault()
    buttons[to].focus()
  }

  const facets = answer?.facets
  return (
    <Dialog title={t.queueHeading} onClose={close}>
      <div className="desk-view">
        <fieldset className="queue-filters">
          <legend className="visually-hidden">{t.queueFilters}</legend>
          <label className="queue-filter">
            <span>{t.queueStatus}</span>
            <select
              value={filters.status}
              onChange={(e) => set({ status: e.target.value as StatusChoice })}
            >
              <option value="open">{t.queueOpenStatuses}</option>
              <option value="needs-checking">{t.statusName['needs-checking']}</option>
              <option value="disputed">{t.statusName.disputed}</option>
              <option value="verified">{t.statusName.verified}</option>
              <option value="any">{t.queueAllStatuses}</option>
            </select>
          </label>
          <FacetSelect
            label={t.queueKind}
            value={filters.kind}
            facets={facets?.kinds ?? []}
            anyLabel={t.queueAny}
            name={(f) => t.kindName[f.value] ?? f.value}
            onChange={(kind) => set({ kind })}
          />
          <FacetSelect
            label={t.queueArticle}
            value={filters.articleId}
            facets={facets?.articles ?? []}
            anyLabel={t.queueAny}
            name={(f) => f.label}
            onChange={(articleId) => set({ articleId })}
          />
          <FacetSelect
            label={t.queueAssignee}
            value={filters.assignee}
            facets={facets?.assignees ?? []}
            anyLabel={t.queueAny}
            name={(f) => f.label || t.queueNobody}
            onChange={(assignee) => set({ assignee })}
          />
          <FacetSelect
            label={t.queueSpeaker}
            value={filters.speakerKey}
            facets={facets?.speakers ?? []}
            anyLabel={t.queueAny}
            name={(f) => f.label}
            onChange={(speakerKey) => set({ speakerKey })}
          />
        </fieldset>
        {failure && <p role="alert">{t.queueFailed(failure)}</p>}
        {answer && (
          <p className="queue-count" role="status">
            {t.queueCount(answer.items.length, answer.total)} · {t.queueKeys}
          </p>
        )}
        {answer && answer.items.length === 0 && <p className="desk-empty">{t.queueEmpty}</p>}
        {answer && answer.items.length > 0 && (
          <ul
            ref={list}
            className="queue-list"
            aria-label={t.queueItemsLabel}
            onKeyDown={onListKey}
          >
            {answer.items.map((item) => (
              <li key={`${item.articleId}/${item.annotationId}`} className="queue-item">
                <button
                  type="button"
                  className="queue-open"
                  onClick={() => {
                    close()
                    if (item.orphaned) void actions.openArticle(item.articleId)
                    else void openAtPassage(actions, item)
                  }}
                >
                  <span className="queue-item-meta">
                    <span className="desk-status" data-status={item.status}>
                      {t.statusName[item.status] ?? item.status}
                    </span>
                    <span>{t.kindName[item.kind] ?? item.kind}</span>
                    {item.quoteKind && <span>{t.quoteKindName[item.quoteKind]}</span>}
                    {item.speakerName && <strong>{item.speakerName}</strong>}
                    {item.assignee && <span>→ {item.assignee}</span>}
                    <span className="queue-item-article">{item.articleTitle}</span>
                  </span>
                  <span className="queue-item-text">
                    «&nbsp;{item.text}&nbsp;»
                    {item.orphaned && <em> ({t.orphanNote})</em>}
                  </span>
                  <span className="queue-item-date">{formatDateTime(item.updatedAt)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={close}>
            {t.close}
          </button>
        </div>
      </div>
    </Dialog>
  )
}
