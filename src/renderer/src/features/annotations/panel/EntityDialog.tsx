/**
 * Editing a canonical entity from the panel: its name (the old one stays an alias, so the
 * mentions already tagged still match it), its type, its aliases and its Wikidata id. One
 * undoable step through the engine's `updateEntity`.
 */
import { useState, type FormEvent } from 'react'
import { Dialog, DialogActions } from '@renderer/components/Dialog'
import { Field, FormError, TextField } from '@renderer/components/Field'
import { updateEntity } from '@renderer/editor/annotations/commands/updateEntity'
import { useT } from '@renderer/i18n/I18n'
import { useUiState } from '@renderer/store/StoreContext'
import { typeLabel } from '../describe'
import { runCommand, useEditorView, useLayer } from '../components/dialogKit'

const WIKIDATA_ID = /^Q[1-9]\d*$/

/** Aliases from the text area: one per line (commas also separate), blanks dropped. */
export function parseAliases(text: string): string[] {
  return text
    .split(/[\n,;]/)
    .map((a) => a.trim())
    .filter(Boolean)
}

/** The entity dialog; render it while it is open. */
export function EntityDialog(props: { entityId: string; onClose(): void }) {
  const t = useT()
  const view = useEditorView()
  const layer = useLayer()
  const types = useUiState((s) => s.settings.entityTypes)
  const entity = layer.entities.get(props.entityId)
  const [name, setName] = useState(entity?.name ?? '')
  const [type, setType] = useState(entity?.type ?? types[0]?.id ?? 'other')
  const [aliases, setAliases] = useState(entity?.aliases.join('\n') ?? '')
  const [wikidata, setWikidata] = useState(entity?.wikidataId ?? '')
  const [error, setError] = useState<string | null>(null)
  const wikidataId = wikidata.trim().toUpperCase()
  const wikidataBad = wikidataId !== '' && !WIKIDATA_ID.test(wikidataId)
  const nameMissing = name.trim() === ''
  // A type removed from the settings since still shows, so saving does not change it.
  const typeIds = types.some((x) => x.id === type)
    ? types.map((x) => x.id)
    : [type, ...types.map((x) => x.id)]

  if (!entity) return null

  function submit(event: FormEvent) {
    event.preventDefault()
    if (nameMissing) return setError(t.panelNameRequired)
    if (wikidataBad) return setError(t.panelWikidataInvalid)
    const patch = {
      name: name.trim(),
      type,
      aliases: parseAliases(aliases),
      wikidataId: wikidataId || null
    }
    const unchanged =
      patch.name === entity!.name &&
      patch.type === entity!.type &&
      patch.aliases.join('\n') === entity!.aliases.join('\n') &&
      (patch.wikidataId ?? undefined) === entity!.wikidataId
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
        <FormError message={error} />
        <DialogActions
          cancel={{ label: t.panelCancel, onClick: props.onClose }}
          confirm={{ label: t.panelSave }}
        />
      </form>
    </Dialog>
  )
}
