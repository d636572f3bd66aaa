/**
 * Editing a canonical entity from the panel: its name (the old one stays an alias, so the
 * mentions already tagged still match it), its type, its aliases, its Wikidata id and, for
 * money, percentages and dates, its normalised value. An entity of the library's registry
 * is changed there, for every article that uses it (the registry's copy is what every
 * article keeps); any other is one undoable step through the engine's `updateEntity`; a
 * value that does not read is refused with the reason.
 */
import { useState, type FormEvent } from 'react'
import { Dialog, DialogActions } from '@renderer/components/Dialog'
import { Field, FormError, TextField } from '@renderer/components/Field'
import { updateEntity } from '@renderer/editor/annotations/commands/updateEntity'
import { useI18n } from '@renderer/i18n/I18n'
import { VALUE_KIND_OF_TYPE, fractionOf } from '@shared/annotations/values'
import { readValueInput, valueInputOf, type ValueInput } from '@shared/annotations/valueInput'
import { formatNumber } from '@shared/suggest/figureFormat'
import type { RequestOf } from '@shared/contract'
import type { EntityValue } from '@shared/model'
import { useApi } from '@renderer/apiContext'
import { useActions, useUiState } from '@renderer/store/StoreContext'
import { flushAll } from '../closeFlush'
import { typeLabel } from '../describe'
import { runCommand, useEditorView, useLayer } from '../components/dialogKit'
import { EntityValueFields } from './EntityValueFields'

const WIKIDATA_ID = /^Q[1-9]\d*$/

type LibraryPatch = Omit<RequestOf<'updateLibraryEntity'>, 'id'>

/**
 * Aliases from the text area: one per line (a comma or semicolon followed by a space also
 * separates), blanks dropped. A comma inside a figure does not: "14,3 G$" is one alias.
 */
export function parseAliases(text: string): string[] {
  return text
    .split(/\n|[,;]\s|;/)
    .map((a) => a.trim())
    .filter(Boolean)
}

/** The entity dialog; render it while it is open. */
export function EntityDialog(props: { entityId: string; onClose(): void }) {
  const { t, language } = useI18n()
  const view = useEditorView()
  const layer = useLayer()
  const types = useUiState((s) => s.settings.entityTypes)
  const openId = useUiState((s) => s.article.id)
  const api = useApi()
  const actions = useActions()
  const entity = layer.entities.get(props.entityId)
  const [name, setName] = useState(entity?.name ?? '')
  const [type, setType] = useState(entity?.type ?? types[0]?.id ?? 'other')
  const [aliases, setAliases] = useState(entity?.aliases.join('\n') ?? '')
  const [wikidata, setWikidata] = useState(entity?.wikidataId ?? '')
  const [valueInput, setValueInput] = useState<ValueInput>(valueInputOf(entity?.value))
  const [error, setError] = useState<string | null>(null)
  const wikidataId = wikidata.trim().toUpperCase()
  const wikidataBad = wikidataId !== '' && !WIKIDATA_ID.test(wikidataId)
  const nameMissing = name.trim() === ''
  // A type removed from the settings since still shows, so saving does not change it.
  const typeIds = types.some((x) => x.id === type)
    ? types.map((x) => x.id)
    : [type, ...types.map((x) => x.id)]

  // The value fields follow the type chosen in the dialog: money, percentage or date.
  const valueKind = VALUE_KIND_OF_TYPE[type] as 'money' | 'percentage' | 'date' | undefined
  const reading = valueKind ? readValueInput(valueKind, valueInput, language) : undefined
  // 'incomplete' is said on saving only: while typing, a half-filled form is normal.
  const valueProblem =
    reading && !reading.ok && reading.problem !== 'incomplete' ? reading.problem : null
  const fraction =
    reading?.ok && reading.value?.kind === 'percentage'
      ? formatNumber(fractionOf(reading.value), language, 6)
      : ''

  if (!entity) return null

  /** Pending saves go first, then main rewrites every article; the editor reads it again. */
  async function saveInLibrary(registryId: string, patch: LibraryPatch): Promise<void> {
    await flushAll()
    const result = await api.updateLibraryEntity({ id: registryId, ...patch })
    if (!result.ok) return setError(result.error.message)
    if (openId) await actions.reloadArticle(openId)
    props.onClose()
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (nameMissing) return setError(t.panelNameRequired)
    if (wikidataBad) return setError(t.panelWikidataInvalid)
    if (reading && !reading.ok) return setError(t.panelValueProblems[reading.problem])
    // A type without a value kind leaves the value as it is.
    const value: EntityValue | null | undefined = reading?.ok ? reading.value : undefined
    const patch = {
      name: name.trim(),
      type,
      aliases: parseAliases(aliases),
      wikidataId: wikidataId || null,
      ...(value !== undefined ? { value } : {})
    }
    const unchanged =
      patch.name === entity!.name &&
      patch.type === entity!.type &&
      patch.aliases.join('\n') === entity!.aliases.join('\n') &&
      (patch.wikidataId ?? undefined) === entity!.wikidataId &&
      JSON.stringify(value ?? undefined) === JSON.stringify(entity!.value)
    if (!unchanged && entity!.registryId) {
      // A rename keeps the old name as an alias, as it does in one article. Values are not
      // in the registry: a registry entity has none to change.
      const renamed = patch.name !== entity!.name && !patch.aliases.includes(entity!.name)
      void saveInLibrary(entity!.registryId, {
        name: patch.name,
        type: patch.type,
        aliases: renamed ? [...patch.aliases, entity!.name] : patch.aliases,
        wikidataId: patch.wikidataId ?? ''
      })
      return
    }
    // Saving what was there closes without an empty undo step.
    if (unchanged || runCommand(view, updateEntity(props.entityId, patch))) props.onClose()
    else setError(t.panelEditRefused)
  }

  return (
    <Dialog title={t.panelEditEntityHeading} onClose={props.onClose}>
      <form className="dialog-form" onSubmit={submit} noValidate>
        <TextField
          label={t.panelEntityNameLabel}
          hint={t.panelEntityNameHint}
          invalid={nameMissing}
          value={name}
          onValue={setName}
        />
        <Field label={t.panelEntityTypeLabel}>
          {(control) => (
            <select
              {...control}
              className="select"
              value={type}
              onChange={(e) => setType(e.target.value)}
            >
              {typeIds.map((id) => (
                <option key={id} value={id}>
                  {typeLabel(id, types, t)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          label={t.panelAliasesLabel}
          hint={t.panelAliasesHint}
          className="panel-aliases-input"
          rows={3}
          value={aliases}
          onValue={setAliases}
        />
        <TextField
          label={t.panelWikidataLabel}
          hint={t.panelWikidataHint}
          error={wikidataBad ? t.panelWikidataInvalid : null}
          spellCheck={false}
          autoComplete="off"
          value={wikidata}
          onValue={setWikidata}
        />
        {valueKind && (
          <EntityValueFields
            kind={valueKind}
            input={valueInput}
            onInput={(next) => {
              setValueInput(next)
              setError(null)
            }}
            problem={valueProblem}
            fraction={fraction}
            t={t}
          />
        )}
        <FormError message={error} />
        <DialogActions
          cancel={{ label: t.panelCancel, onClick: props.onClose }}
          confirm={{ label: t.panelSave }}
        />
      </form>
    </Dialog>
  )
}
