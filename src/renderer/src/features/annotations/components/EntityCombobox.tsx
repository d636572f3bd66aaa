/**
 * Type-ahead over the entity registry (ARIA 1.2 combobox with a listbox popup): the annotator
 * types part of a name or alias, the arrows move through the suggestions, Enter or a click
 * picks one. Used for a quote's speaker (people first, with "Create person “…”" for a new
 * name) and for linking a mention to an existing entity.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react'
import { foldForSearch } from '@shared/annotations/fold'
import type { Entity, EntityTypeDef } from '@shared/model'
import { useT } from '@renderer/i18n/I18n'
import { typeClass } from '@renderer/editor/annotations'
import { typeLabel } from '../describe'
import { comboboxOptions, type EntityChoice } from './entityChoices'
import { useLibraryEntities, withLibraryEntities } from './libraryEntities'

export { comboboxOptions, exactEntity, type EntityChoice } from './entityChoices'

/** Props of {@link EntityCombobox}. */
export interface EntityComboboxProps {
  label: string
  hint?: string
  entities: readonly Entity[]
  types: readonly EntityTypeDef[]
  /** Mention counts by entity id (more mentioned first among equals). */
  counts?: ReadonlyMap<string, number>
  /** Entities of this type come first (a quote's speaker: 'person'). */
  preferType?: string
  /** The label of the "create" option for a new name; absent: no creating. */
  createLabel?: (name: string) => string
  /** The text in the field (controlled, so the dialog can read it on submit). */
  query: string
  onQueryChange(query: string): void
  /** The current pick (null: nothing picked, or the text was changed since). */
  choice: EntityChoice | null
  onChoose(choice: EntityChoice | null): void
  /** A field error to show, or null. */
  error?: string | null
  autoFocus?: boolean
  /** Shown when the registry has no entity at all. */
  emptyText?: string
  /**
   * Also offer the library registry's entities the article does not use yet (read once
   * something is typed); one picked is copied into the article by the command that uses it.
   */
  offerLibrary?: boolean
}

/** The type-ahead field. */
export function EntityCombobox(props: EntityComboboxProps) {
  const t = useT()
  const id = useId()
  const listId = `${id}-list`
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const { query, choice, types } = props
  // Read once the annotator types: a dialog only clicked through (an edit's radio buttons)
  // is not re-rendered under the click by the registry arriving.
  const [typed, setTyped] = useState(false)
  const library = useLibraryEntities(Boolean(props.offerLibrary) && typed)
  const entities = useMemo(
    () => (props.offerLibrary ? withLibraryEntities(props.entities, library) : props.entities),
    [props.offerLibrary, props.entities, library]
  )
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)

  const options = useMemo(
    () =>
      comboboxOptions(entities, query, {
        counts: props.counts,
        preferType: props.preferType,
        allowCreate: Boolean(props.createLabel)
      }),
    [entities, query, props.counts, props.preferType, props.createLabel]
  )
  const shown = open && options.length > 0
  const activeIndex = Math.min(active, options.length - 1)

  function optionLabel(option: EntityChoice): string {
    if (option.kind === 'create') return props.createLabel?.(option.name) ?? option.name
    const e = option.entity
    const key = foldForSearch(query)
    const alias = key ? e.aliases.find((a) => foldForSearch(a).includes(key)) : undefined
    const nameMatches = key && foldForSearch(e.name).includes(key)
    return t.entityOption(e.name, typeLabel(e.type, types, t), !nameMatches && alias ? alias : null)
  }

  function choose(option: EntityChoice) {
    props.onChoose(option)
    props.onQueryChange(option.kind === 'entity' ? option.entity.name : option.name)
    setOpen(false)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (!open) {
        setOpen(true)
        setActive(0)
        return
      }
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((activeIndex + step + options.length) % Math.max(1, options.length))
    } else if (event.key === 'Enter' && shown) {
      // Enter picks the highlighted suggestion; once picked, Enter submits the dialog.
      event.preventDefault()
      choose(options[activeIndex])
    } else if (event.key === 'Escape' && shown) {
      // Close the list only; a second Escape closes the dialog.
      event.preventDefault()
      event.stopPropagation()
      setOpen(false)
    }
  }

  const describedBy = [props.hint ? hintId : null, props.error ? errorId : null]
    .filter(Boolean)
    .join(' ')

  return (
    <div className="field combobox">
      <label htmlFor={`${id}-input`}>{props.label}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown ? `${id}-opt-${activeIndex}` : undefined}
        aria-describedby={describedBy || undefined}
        aria-invalid={props.error ? true : undefined}
        value={query}
        // The dialog opens on this field: typing is what the annotator does next.
        data-autofocus={props.autoFocus ? true : undefined}
        onChange={(e) => {
          setTyped(true)
          props.onQueryChange(e.target.value)
          props.onChoose(null)
          setOpen(true)
          setActive(0)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {props.hint && (
        <p id={hintId} className="field-hint">
          {props.hint}
        </p>
      )}
      <ul
        id={listId}
        role="listbox"
        aria-label={t.suggestions}
        className="combobox-list"
        hidden={!shown}
      >
        {options.map((option, i) => {
          const entity = option.kind === 'entity' ? option.entity : null
          return (
            <li
              key={entity ? entity.id : `create:${option.kind === 'create' ? option.name : ''}`}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === activeIndex}
              className={`combobox-option${option.kind === 'create' ? ' combobox-create' : ''}`}
              // Keep the focus in the field while clicking.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(option)}
              onMouseMove={() => i !== activeIndex && setActive(i)}
            >
              {entity && (
                <span className={`type-dot ${typeClass(entity.type)}`} aria-hidden="true" />
              )}
              {optionLabel(option)}
            </li>
          )
        })}
      </ul>
      {open && options.length === 0 && props.emptyText && (
        <p className="field-hint">{props.emptyText}</p>
      )}
      {props.error && (
        <p id={errorId} className="field-error">
          {props.error}
        </p>
      )}
      {/* Shown while the suggestions are open too: they float below it, so nothing moves. */}
      {choice?.kind === 'entity' && (
        <p className="combobox-chosen field-hint">
          {t.entityOption(choice.entity.name, typeLabel(choice.entity.type, types, t), null)}
        </p>
      )}
    </div>
  )
}
