/**
 * The settings dialog: the profile name recorded on each annotation, the interface language,
 * and the library's entity types (name, colour, key; add and remove). Everything is saved
 * with the library (`library.json`) in one `updateSettings` call, and the UI follows at once:
 * the language, the toolbar's names and keys, and the tints in the article.
 */
import { useId, useMemo, useState, type CSSProperties, type FormEvent } from 'react'
import { UiLanguage, type Entity, type LibrarySettings } from '@shared/model'
import { Dialog, DialogActions } from '@renderer/components/Dialog'
import { Field, FormError, TextField } from '@renderer/components/Field'
import { useEditorState } from '@renderer/editor/EditorSession'
import { annotationsKey } from '@renderer/editor/annotations/plugin'
import { useI18n } from '@renderer/i18n/I18n'
import './settings.css'
import { resolveLanguage, systemLanguages } from '@renderer/i18n/language'
import type { Messages } from '@renderer/i18n/strings'
import { useActions, useUiState } from '@renderer/store/StoreContext'
import { typeLabel } from '../annotations/describe'
import { DeskSettingsSection, useDeskSettingsForm } from '../desk/DeskSettingsSection'
import {
  checkRows,
  freeColor,
  freeKey,
  hasErrors,
  normaliseKey,
  rowsFromTypes,
  typesFromRows,
  typeUsage,
  type RowProblems,
  type TypeRow
} from './entityTypesForm'

/** Languages by their own name: a French reader finds "Français" whatever the UI speaks. */
const LANGUAGE_NAMES: Record<Exclude<UiLanguage, 'system'>, string> = {
  en: 'English',
  fr: 'Français'
}

const NO_ENTITIES: ReadonlyMap<string, Entity> = new Map()
const selectEntities = (state: Parameters<typeof annotationsKey.getState>[0]) =>
  annotationsKey.getState(state)?.layer.entities ?? NO_ENTITIES

/** How many entities of each type the open article has (unsaved ones included). */
function useTypeUsage(): Map<string, number> {
  const live = useEditorState(selectEntities, NO_ENTITIES)
  const saved = useUiState((s) => s.article.file?.entities)
  return useMemo(() => typeUsage(live.size ? live.values() : (saved ?? [])), [live, saved])
}

function problemText(t: Messages, row: TypeRow, p: RowProblems | undefined) {
  const errors: string[] = []
  if (p?.name?.kind === 'required') errors.push(t.settingsNameRequired)
  if (p?.name?.kind === 'taken') errors.push(t.settingsNameTaken)
  if (p?.key?.kind === 'invalid') errors.push(t.settingsKeyInvalid)
  if (p?.key?.kind === 'reserved') errors.push(t.settingsKeyReserved(row.key.toUpperCase()))
  if (p?.key?.kind === 'taken') errors.push(t.settingsKeyTaken(row.key.toUpperCase(), p.key.other))
  const warnings = (p?.contrast ?? []).map((c) =>
    t.settingsContrastLow(
      c.ratio.toFixed(1),
      c.theme === 'light' ? t.settingsThemeLight : t.settingsThemeDark,
      c.layers > 1
    )
  )
  return { errors, warnings }
}

/** One entity type's row: sample, name, colour, key, remove. */
function TypeRowFields(props: {
  row: TypeRow
  problems: RowProblems | undefined
  usedBy: number
  onlyOne: boolean
  onChange(row: TypeRow): void
  onRemove(): void
}) {
  const { t } = useI18n()
  const { row, problems, usedBy, onlyOne, onChange, onRemove } = props
  const messageId = useId()
  const { errors, warnings } = problemText(t, row, problems)
  const notes = [...errors, ...warnings, ...(usedBy ? [t.settingsTypeInUse(usedBy)] : [])]
  const describedBy = notes.length ? messageId : undefined
  return (
    <li className="settings-type" data-type-id={row.id || undefined}>
      <div className="settings-type-fields">
        {/* What a mention of this type looks like on the page. */}
        <span
          className="settings-sample"
          style={{ '--sample': row.color } as CSSProperties}
          aria-hidden="true"
        >
          Aa
        </span>
        <input
          className="settings-type-name"
          type="text"
          value={row.name}
          maxLength={40}
          aria-label={t.settingsTypeName(row.label)}
          aria-invalid={problems?.name ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange({ ...row, name: e.target.value })}
        />
        <input
          className="settings-type-colour"
          type="color"
          value={row.color}
          aria-label={t.settingsTypeColour(row.label)}
          aria-describedby={describedBy}
          onChange={(e) => onChange({ ...row, color: e.target.value })}
        />
        <input
          className="settings-type-key"
          type="text"
          value={row.key.toUpperCase()}
          size={2}
          autoComplete="off"
          spellCheck={false}
          aria-label={t.settingsTypeKey(row.label)}
          aria-invalid={problems?.key ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange({ ...row, key: normaliseKey(e.target.value) })}
        />
        <button
          type="button"
          className="icon-button"
          aria-label={t.settingsRemoveType(row.label)}
          title={t.settingsRemoveType(row.label)}
          disabled={usedBy > 0 || onlyOne}
          onClick={onRemove}
        >
          <svg className="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.4" fill="none" />
          </svg>
        </button>
      </div>
      {notes.length > 0 && (
        <ul id={messageId} className="settings-type-notes">
          {errors.map((text) => (
            <li key={text} className="settings-error">
              {text}
            </li>
          ))}
          {warnings.map((text) => (
            <li key={text} className="settings-warning">
              {text}
            </li>
          ))}
          {usedBy > 0 && <li className="settings-info">{t.settingsTypeInUse(usedBy)}</li>}
        </ul>
      )}
    </li>
  )
}

/** The settings dialog; render it while it is open. */
export function SettingsDialog(props: { onClose(): void }) {
  const { t } = useI18n()
  const actions = useActions()
  const settings = useUiState((s) => s.settings)
  const usage = useTypeUsage()
  const [initial] = useState<LibrarySettings>(settings)
  const [authorName, setAuthorName] = useState(initial.authorName)
  const [organisationName, setOrganisationName] = useState(initial.organisationName)
  const [language, setLanguage] = useState<UiLanguage>(initial.language)
  // Built-in types show their name in the UI language until renamed ("Personne" in French);
  // saved unchanged, they keep the name stored in the library.
  const [rows, setRows] = useState<TypeRow[]>(() =>
    rowsFromTypes(initial.entityTypes).map((row) => {
      const shown = typeLabel(row.id, initial.entityTypes, t)
      return { ...row, name: shown, label: shown }
    })
  )
  const [added, setAdded] = useState(0)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const problems = useMemo(() => checkRows(rows), [rows])
  const desk = useDeskSettingsForm()
  const ids = { profile: useId(), types: useId(), typesHint: useId() }
  const systemName = LANGUAGE_NAMES[resolveLanguage('system', systemLanguages())]

  function change(index: number, row: TypeRow) {
    setRows((old) => old.map((r, i) => (i === index ? row : r)))
  }

  function addType() {
    const n = added + 1
    setAdded(n)
    const label = t.settingsNewType(n)
    setRows((old) => [
      ...old,
      { rowKey: `new-${n}`, id: '', name: '', color: freeColor(old), key: freeKey(old), label }
    ])
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (hasErrors(problems)) {
      setFailure(t.settingsFixErrors)
      return
    }
    setBusy(true)
    setFailure(null)
    if (desk.addressInvalid) {
      desk.reveal()
      setBusy(false)
      setFailure(t.settingsFixErrors)
      return
    }
    const deskSaved = await desk.save()
    if (deskSaved && !deskSaved.ok) {
      setBusy(false)
      setFailure(t.deskSaveFailed(deskSaved.error.message))
      return
    }
    const result = await actions.updateSettings({
      authorName: authorName.trim(),
      organisationName: organisationName.trim(),
      language,
      entityTypes: typesFromRows(
        rows.map((row) => {
          const saved = initial.entityTypes.find((x) => x.id === row.id)
          return saved && row.name === row.label && row.label !== saved.name
            ? { ...row, name: saved.name }
            : row
        })
      )
    })
    setBusy(false)
    if (result.ok) props.onClose()
    else setFailure(t.settingsSaveFailed(result.error.message))
  }

  return (
    <Dialog title={t.settingsHeading} onClose={props.onClose}>
      <form className="dialog-form settings-form" onSubmit={(e) => void submit(e)} noValidate>
        <section className="settings-section" aria-labelledby={ids.profile}>
          <h3 id={ids.profile} className="settings-heading">
            {t.settingsProfileHeading}
          </h3>
          <TextField
            label={t.settingsProfileName}
            hint={t.settingsProfileHint}
            value={authorName}
            onValue={setAuthorName}
            maxLength={80}
            autoComplete="name"
          />
          <TextField
            label={t.settingsOrganisationLabel}
            hint={t.settingsOrganisationHint}
            value={organisationName}
            onValue={setOrganisationName}
            maxLength={120}
            autoComplete="organization"
          />
        </section>

        <section className="settings-section">
          <h3 className="settings-heading">{t.settingsLanguageHeading}</h3>
          <Field label={t.settingsLanguageLabel}>
            {(control) => (
              <select
                {...control}
                className="select"
                value={language}
                onChange={(e) => setLanguage(UiLanguage.parse(e.target.value))}
              >
                <option value="system">{t.settingsLanguageSystem(systemName)}</option>
                <option value="en" lang="en">
                  {LANGUAGE_NAMES.en}
                </option>
                <option value="fr" lang="fr">
                  {LANGUAGE_NAMES.fr}
                </option>
              </select>
            )}
          </Field>
        </section>

        <section
          className="settings-section"
          aria-labelledby={ids.types}
          aria-describedby={ids.typesHint}
        >
          <h3 id={ids.types} className="settings-heading">
            {t.settingsTypesHeading}
          </h3>
          <p id={ids.typesHint} className="field-hint">
            {t.settingsTypesHint}
          </p>
          <div className="settings-type-columns" aria-hidden="true">
            <span />
            <span>{t.settingsColumnName}</span>
            <span>{t.settingsColumnColour}</span>
            <span>{t.settingsColumnKey}</span>
            <span />
          </div>
          <ul className="settings-types" aria-labelledby={ids.types}>
            {rows.map((row, index) => (
              <TypeRowFields
                key={row.rowKey}
                row={row}
                problems={problems.get(row.rowKey)}
                usedBy={row.id ? (usage.get(row.id) ?? 0) : 0}
                onlyOne={rows.length === 1}
                onChange={(next) => change(index, next)}
                onRemove={() => setRows((old) => old.filter((r) => r !== row))}
              />
            ))}
          </ul>
          <div>
            <button type="button" className="button button-small" onClick={addType}>
              {t.settingsAddType}
            </button>
          </div>
        </section>

        {/* Last, so the library's own settings stay where their readers know them. */}
        <DeskSettingsSection form={desk} />

        <FormError message={failure} />
        <DialogActions
          cancel={{ label: t.panelCancel, onClick: props.onClose }}
          confirm={{ label: t.settingsSave, disabled: busy }}
        />
      </form>
    </Dialog>
  )
}
