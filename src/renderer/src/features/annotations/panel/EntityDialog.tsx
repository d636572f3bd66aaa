/**
 * Editing a canonical entity from the panel: its name (the old one stays an alias, so the
 * mentions already tagged still match it), its type, its aliases and its Wikidata id. An
 * entity of the library's registry is changed there, for every article that uses it (the
 * registry's copy is what every article keeps); any other is one undoable step through the
 * engine's `updateEntity`.
 */
import { useState, type FormEvent } from 'react'
import { Dialog, DialogActions } from '@renderer/components/Dialog'
import { Field, FormError, TextField } from '@renderer/components/Field'
import { updateEntity } from '@renderer/editor/annotations/commands/updateEntity'
import { useT } from '@renderer/i18n/I18n'
import type { RequestOf } from '@shared/contract'
import { useApi } from '@renderer/apiContext'
import { useActions, useUiState } from '@renderer/store/StoreContext'
import { flushAll } from '../closeFlush'
import { typeLabel } from '../describe'
import { runCommand, useEditorView, useLayer } from '../components/dialogKit'

const WIKIDATA_ID = /^Q[1-9]\d*$/

type LibraryPatch = Omit<RequestOf<'updateLibraryEntity'>, 'id'>

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
  const openId = useUiState((s) => s.article.id)
  const api = useApi()
  const actions = useActions()
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
    if (!unchanged && entity!.registryId) {
      // A rename keeps the old name as an alias, as it does in one article.
      const renamed = patch.name !== entity!.name && !patch.aliases.includes(entity!.name)
      const aliases = renamed ? [...patch.aliases, entity!.name] : patch.aliases
      void saveInLibrary(entity!.registryId, {
        ...patch,
        aliases,
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
        <FormError message={error} />
        <DialogActions
          cancel={{ label: t.panelCancel, onClick: props.onClose }}
          confirm={{ label: t.panelSave }}
        />
      </form>
    </Dialog>
  )
}
