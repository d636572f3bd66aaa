/**
 * What the entity page changes for the whole library, through the registry: edit (rename,
 * other names, description, Wikidata id), merge into another entity, split some articles off
 * into a new one. Main rewrites every article concerned; pending saves of the open article
 * go out first and the article is read again afterwards, so the editor shows the change and
 * no save of the old copy lands after it.
 */
import { useMemo, useState, type FormEvent } from 'react'
import type { ResponseOf, Result } from '@shared/contract'
import type { Entity } from '@shared/model'
import { useApi } from '@renderer/apiContext'
import { FormError, TextField } from '@renderer/components/Field'
import { useI18n } from '@renderer/i18n/I18n'
import { useActions, useUiState } from '@renderer/store/StoreContext'
import { flushAll } from '../annotations/closeFlush'
import { EntityCombobox, type EntityChoice } from '../annotations/components/EntityCombobox'
import { useLibraryEntities } from '../annotations/components/libraryEntities'
import { parseAliases } from '../annotations/panel/EntityDialog'

type Page = ResponseOf<'entityPage'>
type Change = ResponseOf<'updateLibraryEntity'>
type Mode = 'edit' | 'merge' | 'split' | null

/** The buttons and, when one is chosen, its form. `onChanged` gets the entity's key now. */
export function LibraryEntityActions(props: {
  page: Page
  onChanged(key: string, message: string): void
}) {
  const { t } = useI18n()
  const api = useApi()
  const actions = useActions()
  const openId = useUiState((s) => s.article.id)
  const types = useUiState((s) => s.settings.entityTypes)
  const [mode, setMode] = useState<Mode>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const { page } = props

  async function run(call: () => Promise<Result<Change>>): Promise<void> {
    setBusy(true)
    setError(null)
    await flushAll()
    const result = await call()
    setBusy(false)
    if (!result.ok) return setError(t.entityChangeFailed(result.error.message))
    if (openId) await actions.reloadArticle(openId)
    await actions.loadLibrary()
    setMode(null)
    const { articles, failed, entity } = result.value
    const note = failed.length ? ` ${t.entityNotRewritten(failed.length)}` : ''
    props.onChanged(entity.id, `${t.entityChanged(articles)}${note}`)
  }

  return (
    <section className="entity-actions" aria-label={t.entityActions}>
      <div className="entity-action-buttons" role="group" aria-label={t.entityActions}>
        {(['edit', 'merge', 'split'] as const).map((m) => (
          <button
            key={m}
            type="button"
            className="button"
            aria-pressed={mode === m}
            onClick={() => {
              setError(null)
              setMode(mode === m ? null : m)
            }}
          >
            {m === 'edit'
              ? t.entityEditAction
              : m === 'merge'
                ? t.entityMergeAction
                : t.entitySplitAction}
          </button>
        ))}
      </div>
      {mode === 'edit' && (
        <EditForm
          page={page}
          busy={busy}
          onCancel={() => setMode(null)}
          onSubmit={(patch) => run(() => api.updateLibraryEntity({ id: page.key, ...patch }))}
        />
      )}
      {mode === 'merge' && (
        <MergeForm
          page={page}
          busy={busy}
          types={types}
          onCancel={() => setMode(null)}
          onSubmit={(keepId) => run(() => api.mergeLibraryEntities({ keepId, goneId: page.key }))}
        />
      )}
      {mode === 'split' && (
        <SplitForm
          page={page}
          busy={busy}
          onCancel={() => setMode(null)}
          onSubmit={(articleIds, name) =>
            run(() => api.splitLibraryEntity({ id: page.key, articleIds, name }))
          }
        />
      )}
      <FormError message={error} />
    </section>
  )
}

function FormButtons(props: { busy: boolean; confirm: string; onCancel(): void }) {
  const { t } = useI18n()
  return (
    <div className="dialog-actions">
      <button type="button" className="button" onClick={props.onCancel}>
        {t.entityCancel}
      </button>
      <button type="submit" className="button button-primary" disabled={props.busy}>
        {props.confirm}
      </button>
    </div>
  )
}

function EditForm(props: {
  page: Page
  busy: boolean
  onCancel(): void
  onSubmit(patch: {
    name: string
    aliases: string[]
    description: string
    wikidataId: string
  }): void
}) {
  const { t } = useI18n()
  const [name, setName] = useState(props.page.name)
  const [aliases, setAliases] = useState(props.page.aliases.join('\n'))
  const [description, setDescription] = useState(props.page.description ?? '')
  const [wikidata, setWikidata] = useState(props.page.wikidataId ?? '')
  const wikidataBad = wikidata.trim() !== '' && !/^Q[1-9]\d*$/i.test(wikidata.trim())
  function submit(event: FormEvent) {
    event.preventDefault()
    if (!name.trim() || wikidataBad) return
    const renamed = name.trim() !== props.page.name
    const others = parseAliases(aliases)
    // A rename keeps the old name among the other names, as renaming in an article does.
    const kept =
      renamed && !others.includes(props.page.name) ? [...others, props.page.name] : others
    props.onSubmit({
      name: name.trim(),
      aliases: kept,
      description: description.trim(),
      wikidataId: wikidata.trim().toUpperCase()
    })
  }
  return (
    <form className="dialog-form entity-action-form" onSubmit={submit} noValidate>
      <TextField
        label={t.entityNameLabel}
        value={name}
        onValue={setName}
        invalid={!name.trim()}
        data-autofocus
      />
      <TextField label={t.entityAliasesLabel} rows={3} value={aliases} onValue={setAliases} />
      <TextField
        label={t.entityDescriptionLabel}
        rows={2}
        value={description}
        onValue={setDescription}
      />
      <TextField
        label={t.entityWikidataLabel}
        value={wikidata}
        onValue={setWikidata}
        invalid={wikidataBad}
        spellCheck={false}
        autoComplete="off"
      />
      <FormButtons busy={props.busy} confirm={t.entitySave} onCancel={props.onCancel} />
    </form>
  )
}

function MergeForm(props: {
  page: Page
  busy: boolean
  types: Parameters<typeof EntityCombobox>[0]['types']
  onCancel(): void
  onSubmit(keepId: string): void
}) {
  const { t } = useI18n()
  const registry = useLibraryEntities()
  const [query, setQuery] = useState('')
  const [choice, setChoice] = useState<EntityChoice | null>(null)
  const [error, setError] = useState<string | null>(null)
  const others = useMemo<Entity[]>(
    () =>
      registry
        .filter((e) => e.id !== props.page.key)
        .map((e) => ({
          id: e.id,
          type: e.type,
          name: e.name,
          aliases: e.aliases,
          registryId: e.id
        })),
    [registry, props.page.key]
  )
  function submit(event: FormEvent) {
    event.preventDefault()
    if (choice?.kind !== 'entity') return setError(t.entityPickOne)
    props.onSubmit(choice.entity.id)
  }
  return (
    <form className="dialog-form entity-action-form" onSubmit={submit} noValidate>
      <EntityCombobox
        label={t.entityMergeLabel}
        hint={t.entityMergeHint(props.page.name)}
        entities={others}
        types={props.types}
        preferType={props.page.type}
        query={query}
        onQueryChange={(q) => {
          setQuery(q)
          setError(null)
        }}
        choice={choice}
        onChoose={setChoice}
        error={error}
        autoFocus
      />
      <FormButtons busy={props.busy} confirm={t.entityMergeConfirm} onCancel={props.onCancel} />
    </form>
  )
}

function SplitForm(props: {
  page: Page
  busy: boolean
  onCancel(): void
  onSubmit(articleIds: string[], name: string): void
}) {
  const { t } = useI18n()
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set())
  const [name, setName] = useState('')
  function submit(event: FormEvent) {
    event.preventDefault()
    if (!chosen.size || !name.trim()) return
    props.onSubmit([...chosen], name.trim())
  }
  return (
    <form className="dialog-form entity-action-form" onSubmit={submit} noValidate>
      <fieldset className="entity-split-articles">
        <legend>{t.entitySplitLegend}</legend>
        {props.page.articles.map((a) => (
          <label key={a.id} className="checkbox">
            <input
              type="checkbox"
              checked={chosen.has(a.id)}
              onChange={(e) => {
                const next = new Set(chosen)
                if (e.target.checked) next.add(a.id)
                else next.delete(a.id)
                setChosen(next)
              }}
            />
            {a.title}
          </label>
        ))}
      </fieldset>
      <TextField label={t.entitySplitName} value={name} onValue={setName} />
      <FormButtons busy={props.busy} confirm={t.entitySplitConfirm} onCancel={props.onCancel} />
    </form>
  )
}
