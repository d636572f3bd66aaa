/**
 * "Tag all mentions": the other occurrences of the same words (or of the tagged entity's
 * name and aliases), counted and listed with their context, each with a checkbox; confirming
 * tags the ticked ones in one step, which one Ctrl+Z reverts. Untagged words with no entity
 * yet ask for the type of the entity to create.
 */
import { useId, useMemo, useState, type FormEvent } from 'react'
import { docText, typeClass } from '@renderer/editor/annotations'
import { useT } from '@renderer/i18n/I18n'
import { useUiState } from '@renderer/store/StoreContext'
import {
  tagAllCandidates,
  tagAllTarget,
  type TagAllTarget
} from '@renderer/editor/annotations/queries/tagAllTarget'
import { tagOccurrences } from '@renderer/editor/annotations/commands/tagOccurrences'
import { typeLabel } from '../describe'
import { Dialog, runCommand, useEditorView, useSession } from './dialogKit'

/** Props of {@link TagAllDialog}: where "Tag all" was asked for. */
export interface TagAllDialogProps {
  from: number
  to: number
  /** The entity whose mentions to look for, when known. */
  entityId: string | null
  onClose(): void
}

const CONTEXT = 36

/** Tag the other occurrences of some words. */
export function TagAllDialog(props: TagAllDialogProps) {
  const t = useT()
  const view = useEditorView()
  const session = useSession()
  const types = useUiState((s) => s.settings.entityTypes)
  const id = useId()

  // Computed once, when the dialog opens: the list must not shift under the annotator.
  const [{ target, candidates, text }] = useState(() => {
    if (!view) return { target: null, candidates: [], text: '' }
    const state = view.state
    const found: TagAllTarget | null = tagAllTarget(state, props.from, props.to)
    return {
      target: found,
      candidates: found ? tagAllCandidates(state, found) : [],
      text: docText(state.doc)
    }
  })
  const [checked, setChecked] = useState<boolean[]>(() => candidates.map(() => true))
  const [typeId, setTypeId] = useState(
    () => types.find((x) => x.id === 'organisation')?.id ?? types[0]?.id ?? 'other'
  )
  const count = checked.filter(Boolean).length

  const contexts = useMemo(
    () =>
      candidates.map((c) => ({
        before: text.slice(Math.max(0, c.start - CONTEXT), c.start),
        exact: c.exact,
        after: text.slice(c.end, Math.min(text.length, c.end + CONTEXT))
      })),
    [candidates, text]
  )

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    if (!target || count === 0) return
    const ranges = candidates.filter((_, i) => checked[i]).map((c) => ({ from: c.from, to: c.to }))
    const entity = target.entity ? { id: target.entity.id } : { name: target.words, type: typeId }
    const done = runCommand(view, tagOccurrences(entity, target.entity?.type ?? typeId, ranges))
    if (done) session?.notify((m) => m.taggedAll(ranges.length))
    props.onClose()
  }

  const words = target?.words ?? ''
  const heading = t.tagAllHeading(words.length > 40 ? `${words.slice(0, 39)}…` : words)

  return (
    <Dialog title={heading} onClose={props.onClose} describedBy={`${id}-count`}>
      <form className="dialog-form annotate-form" onSubmit={onSubmit} noValidate>
        {target?.entity ? (
          <p className="tag-all-entity">
            <span className={`type-dot ${typeClass(target.entity.type)}`} aria-hidden="true" />
            {t.tagAllEntity(target.entity.name, typeLabel(target.entity.type, types, t))}
          </p>
        ) : (
          <div className="field">
            <label htmlFor={`${id}-type`}>{t.tagAllNewType}</label>
            <select id={`${id}-type`} value={typeId} onChange={(e) => setTypeId(e.target.value)}>
              {types.map((type) => (
                <option key={type.id} value={type.id}>
                  {typeLabel(type.id, types, t)}
                </option>
              ))}
            </select>
          </div>
        )}
        <p id={`${id}-count`} className="tag-all-count">
          {t.tagAllCount(candidates.length)}
        </p>
        {candidates.length > 0 && (
          <fieldset className="occurrences">
            <legend className="occurrences-legend">
              <span>{t.tagAllOccurrences}</span>
              <span className="occurrences-bulk">
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => setChecked(candidates.map(() => true))}
                >
                  {t.selectAll}
                </button>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => setChecked(candidates.map(() => false))}
                >
                  {t.selectNone}
                </button>
              </span>
            </legend>
            <ol className="occurrence-list">
              {contexts.map((c, i) => (
                <li key={`${candidates[i].from}`}>
                  <label className="occurrence">
                    <input
                      type="checkbox"
                      checked={checked[i]}
                      onChange={(e) =>
                        setChecked((old) => old.map((v, k) => (k === i ? e.target.checked : v)))
                      }
                    />
                    <span className="occurrence-context">
                      <span aria-hidden="true">…</span>
                      {c.before.replace(/\s+/g, ' ')}
                      <mark>{c.exact}</mark>
                      {c.after.replace(/\s+/g, ' ')}
                      <span aria-hidden="true">…</span>
                    </span>
                  </label>
                </li>
              ))}
            </ol>
          </fieldset>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={props.onClose}>
            {t.cancel}
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={count === 0}
            // Enter confirms what the annotator came for; Tab reaches the list.
            data-autofocus={candidates.length > 0 ? true : undefined}
          >
            {t.tagAllConfirm(count)}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
