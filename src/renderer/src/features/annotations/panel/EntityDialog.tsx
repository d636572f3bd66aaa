/**
 * Editing a canonical entity from the panel: its name (the old one stays an alias, so the
 * mentions already tagged still match it), its type, its aliases and its Wikidata id. One
 * undoable step through the engine's `updateEntity`.
 */
import { useId, useState, type FormEvent } from 'react'
import { Dialog } from '@renderer/components/Dialog'
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
  const ids = {
    name: useId(),
    nameHint: useId(),
    type: useId(),
    aliases: useId(),
    aliasesHint: useId(),
    wikidata: useId(),
    wikidataHint: useId()
  }
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
        <div className="field">
          <label htmlFor={ids.name}>{t.panelEntityNameLabel}</label>
          <input
            id={ids.name}
            type="text"
            value={name}
            aria-invalid={nameMissing || undefined}
            aria-describedby={ids.nameHint}
            onChange={(e) => setName(e.target.value)}
          />
          <p id={ids.nameHint} className="field-hint">
            {t.panelEntityNameHint}
          </p>
        </div>
        <div className="field">
          <label htmlFor={ids.type}>{t.panelEntityTypeLabel}</label>
          <select
            id={ids.type}
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
        </div>
        <div className="field">
          <label htmlFor={ids.aliases}>{t.panelAliasesLabel}</label>
          <textarea
            id={ids.aliases}
            className="panel-aliases-input"
            value={aliases}
            rows={3}
            aria-describedby={ids.aliasesHint}
            onChange={(e) => setAliases(e.target.value)}
          />
          <p id={ids.aliasesHint} className="field-hint">
            {t.panelAliasesHint}
          </p>
        </div>
        <div className="field">
          <label htmlFor={ids.wikidata}>{t.panelWikidataLabel}</label>
          <input
            id={ids.wikidata}
            type="text"
            value={wikidata}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={wikidataBad || undefined}
            aria-describedby={ids.wikidataHint}
            onChange={(e) => setWikidata(e.target.value)}
          />
          <p id={ids.wikidataHint} className="field-hint">
            {wikidataBad ? t.panelWikidataInvalid : t.panelWikidataHint}
          </p>
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={props.onClose}>
            {t.panelCancel}
          </button>
          <button type="submit" className="button button-primary">
            {t.panelSave}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
