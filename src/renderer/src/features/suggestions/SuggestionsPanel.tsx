/**
 * The assist's suggestions, in their own section of the panel: grouped by kind, each with
 * Accept and Reject (and the keys A / Enter and R / Delete on the focused one, ↑ ↓ to move),
 * and every one of a kind at once. Nothing becomes an annotation without the editor's choice.
 */
import type { EditorState } from 'prosemirror-state'
import { useCallback, useRef, type KeyboardEvent } from 'react'
import type { Suggestion } from '@shared/suggest/types'
import { entityValueOf } from '@shared/suggest/entityValue'
import { valueLabel } from '@shared/annotations/valueLabel'
import { useEditorState, useEditorView } from '@renderer/editor/EditorSession'
import { useRememberedFlag } from '@renderer/components/useRememberedFlag'
import { useI18n } from '@renderer/i18n/I18n'
import type { Messages } from '@renderer/i18n/strings'
import type { ArticleFeatureContext } from '../types'
import { accept, reject } from './choices'
import { FiguresChecked } from './FiguresChecked'
import { pendingOf, suggestionsOf, type SuggestionsState } from './plugin'

type Group = { id: string; title: (t: Messages) => string; items: Suggestion[] }

function groupsOf(pending: Suggestion[]): Group[] {
  const of = (id: string, title: (t: Messages) => string, test: (s: Suggestion) => boolean) => ({
    id,
    title,
    items: pending.filter(test)
  })
  const entity = (type: string) => (s: Suggestion) => s.kind === 'entity' && s.type === type
  return [
    of(
      'quote',
      (t) => t.suggestQuotes,
      (s) => s.kind === 'quote'
    ),
    of('person', (t) => t.suggestPeople, entity('person')),
    of('organisation', (t) => t.suggestOrganisations, entity('organisation')),
    of('money', (t) => t.suggestMoney, entity('money')),
    of('percentage', (t) => t.suggestPercentages, entity('percentage')),
    of('date', (t) => t.suggestDates, entity('date')),
    of(
      'check',
      (t) => t.suggestChecks,
      (s) => s.kind === 'figure-check'
    )
  ].filter((g) => g.items.length > 0)
}

function Row(props: {
  s: Suggestion
  language: 'fr' | 'en'
  t: Messages
  /** The list is being read again: nothing can be accepted from it yet. */
  waiting: boolean
  onAccept: () => void
  onReject: () => void
  onKeyDown: (e: KeyboardEvent<HTMLLIElement>) => void
}) {
  const { s, t, language } = props
  let main: string
  let detail: string
  if (s.kind === 'quote') {
    main = `« ${s.span.text} »`
    detail = s.speaker ? `— ${s.speaker.name}` : `— ${t.suggestNoSpeaker}`
  } else if (s.kind === 'entity') {
    main = s.name
    detail = [
      s.value ? valueLabel(entityValueOf(s.value), language) : '',
      t.suggestMentions(s.mentions.length)
    ]
      .filter(Boolean)
      .join(' · ')
  } else {
    main = s.spans.map((x) => x.text).join(' · ')
    detail = s.explanation
  }
  return (
    <li
      className="suggestion-row"
      tabIndex={0}
      data-key={s.key}
      aria-label={`${main} ${detail}`}
      onKeyDown={props.onKeyDown}
    >
      <span className="suggestion-main">{main}</span>
      <span className="suggestion-detail">{detail}</span>
      <span className="suggestion-actions">
        <button type="button" onClick={props.onAccept} disabled={props.waiting}>
          {t.suggestAccept}
        </button>
        <button type="button" onClick={props.onReject}>
          {t.suggestReject}
        </button>
      </span>
    </li>
  )
}

const EMPTY: SuggestionsState | undefined = undefined
const FOLDED_KEY = 'newsroom.suggestionsFolded'

/** True when the panel shows the same for both: the suggestions, those done, and the flags. */
function showsSame(a: SuggestionsState | undefined, b: SuggestionsState | undefined): boolean {
  return (
    a === b ||
    (!!a && !!b && a.all === b.all && a.done === b.done && a.read === b.read && a.stale === b.stale)
  )
}

export function SuggestionsPanel({ ctx }: { ctx: ArticleFeatureContext }) {
  // Values in the UI language, as the hover card and the panel show them.
  const { t, language } = useI18n()
  const view = useEditorView()
  // The plugin's state changes on every key typed in "Edit text" (offsets mapped, a new
  // generation) though the panel shows the same; keeping the object it showed spares a React
  // commit per key, which walks the whole editable article to save the selection.
  const shown = useRef(EMPTY)
  const state = useEditorState(
    useCallback((editor: EditorState) => {
      const next = suggestionsOf(editor)
      if (!showsSame(shown.current, next)) shown.current = next
      return shown.current
    }, []),
    EMPTY
  )
  const listRef = useRef<HTMLElement>(null)
  // Folded, the section gives the annotation list the whole panel; remembered across articles.
  const [folded, toggleFolded] = useRememberedFlag(FOLDED_KEY, false)
  const pending = state ? pendingOf(state) : []

  const focusRow = useCallback((key: string | undefined, offset: number) => {
    const rows = [...(listRef.current?.querySelectorAll<HTMLLIElement>('.suggestion-row') ?? [])]
    const at = rows.findIndex((r) => r.dataset.key === key)
    const next = rows[Math.max(0, Math.min(rows.length - 1, at + offset))]
    next?.focus()
  }, [])

  if (!view || !state) return null
  const doAccept = (s: Suggestion) => accept(view, s, t.suggestNoteFromCheck)
  const doReject = (keys: string[]) => reject(view, ctx, keys)
  // After a choice the row goes away: keep the focus on the row that takes its place.
  const after = (s: Suggestion, choose: () => void) => {
    const index = pending.indexOf(s)
    choose()
    requestAnimationFrame(() => {
      const rows = [...(listRef.current?.querySelectorAll<HTMLLIElement>('.suggestion-row') ?? [])]
      rows[Math.min(index, rows.length - 1)]?.focus()
    })
  }
  const onKeyDown = (s: Suggestion) => (e: KeyboardEvent<HTMLLIElement>) => {
    if (e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.altKey) return
    const key = e.key.toLowerCase()
    if (key === 'a' || key === 'enter') after(s, () => doAccept(s))
    else if (key === 'r' || key === 'delete' || key === 'backspace')
      after(s, () => doReject([s.key]))
    else if (key === 'arrowdown') focusRow(s.key, 1)
    else if (key === 'arrowup') focusRow(s.key, -1)
    else return
    e.preventDefault()
    e.stopPropagation()
  }

  return (
    <section
      className="suggestions-panel"
      data-folded={folded || undefined}
      aria-label={t.suggestionsTitle}
      ref={listRef}
    >
      <h3 className="suggestions-heading">
        <button
          type="button"
          className="suggestions-fold"
          aria-expanded={!folded}
          aria-controls="suggestions-body"
          onClick={toggleFolded}
        >
          <span aria-hidden="true" className="suggestions-fold-mark">
            {folded ? '▸' : '▾'}
          </span>
          {t.suggestionsTitle} <span className="panel-tab-count">{pending.length}</span>
        </button>
      </h3>
      {!folded && (
        <div id="suggestions-body">
          <p className="suggestions-help">{t.suggestionsHelp}</p>
          {!state.read && <p className="suggestions-none">{t.suggestionsReading}</p>}
          {state.read && state.stale && <p className="suggestions-none">{t.suggestionsUpdating}</p>}
          {state.read && pending.length === 0 && (
            <p className="suggestions-none">{t.suggestionsNone}</p>
          )}
          {groupsOf(pending).map((g) => (
            <section key={g.id} className="suggestion-group" aria-label={g.title(t)}>
              <header className="suggestion-group-header">
                <h4>{g.title(t)}</h4>
                <button
                  type="button"
                  onClick={() => g.items.forEach((s) => doAccept(s))}
                  disabled={state.stale}
                >
                  {t.suggestAcceptAll(g.items.length)}
                </button>
                <button type="button" onClick={() => doReject(g.items.map((s) => s.key))}>
                  {t.suggestRejectAll}
                </button>
              </header>
              <ul>
                {g.items.map((s) => (
                  <Row
                    key={s.key}
                    s={s}
                    t={t}
                    language={language}
                    waiting={state.stale}
                    onAccept={() => doAccept(s)}
                    onReject={() => doReject([s.key])}
                    onKeyDown={onKeyDown(s)}
                  />
                ))}
              </ul>
            </section>
          ))}
          <FiguresChecked checks={state.all.checks} t={t} />
        </div>
      )}
    </section>
  )
}
