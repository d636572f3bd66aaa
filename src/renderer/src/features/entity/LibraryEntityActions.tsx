/**
 * What the entity page changes for the whole library, through the registry: edit (rename,
 * other names, description, Wikidata id), merge into another entity, split chosen mentions
 * (in any article) off into a new one. Main rewrites every article concerned; pending saves of the open article
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
          onSubmit={(mentions, name) =>
            run(() => api.splitLibraryEntity({ id: page.key, mentions, name }))
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

/** A use of the entity that can be split off: a mention, or a quote it speaks. */
interface SplitChoice {
  key: string
  articleId: string
  annotationId: string
  /** The words of the mention or quote, first, so two in one paragraph are told apart. */
  words: string
  /** Around them, with the words marked. */
  context: { before: string; match: string; after: string } | null
}

/** The page's mentions and quotes, grouped by article in the page's order. */
function choicesByArticle(page: Page): { id: string; title: string; choices: SplitChoice[] }[] {
  const groups = new Map<string, { id: string; title: string; choices: SplitChoice[] }>()
  const add = (
    articleId: string,
    title: string,
    choice: Omit<SplitChoice, 'key' | 'articleId'>
  ) => {
    let group = groups.get(articleId)
    if (!group) groups.set(articleId, (group = { id: articleId, title, choices: [] }))
    group.choices.push({ key: `${articleId}\u0000${choice.annotationId}`, articleId, ...choice })
  }
  for (const m of page.mentions) {
    const { before, match, after } = m.passage
    add(m.articleId, m.articleTitle, {
      annotationId: m.annotationId,
      words: match,
      context: { before: `…${before.slice(-40)}`, match, after: `${after.slice(0, 40)}…` }
    })
  }
  for (const q of page.quotes) {
    add(q.articleId, q.articleTitle, {
      annotationId: q.annotationId,
      words: `« ${q.text} »`,
      context: null
    })
  }
  return [...groups.values()]
}

/**
 * Split off: the mentions (and quotes) that are someone else, chosen one by one in any
 * article, move to a new entity; the registry and every article follow.
 */
function SplitForm(props: {
  page: Page
  busy: boolean
  onCancel(): void
  onSubmit(mentions: { articleId: string; annotationId: string }[], name: string): void
}) {
  const { t } = useI18n()
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set())
  const [name, setName] = useState('')
  const groups = choicesByArticle(props.page)
  function submit(event: FormEvent) {
    event.preventDefault()
    if (!chosen.size || !name.trim()) return
    const mentions = groups
      .flatMap((g) => g.choices)
      .filter((c) => chosen.has(c.key))
      .map(({ articleId, annotationId }) => ({ articleId, annotationId }))
    props.onSubmit(mentions, name.trim())
  }
  return (
    <form className="dialog-form entity-action-form" onSubmit={submit} noValidate>
      <fieldset className="entity-split-articles">
        <legend>{t.entitySplitLegend}</legend>
        {groups.map((group) => (
          <fieldset key={group.id} className="entity-split-article">
            <legend>{group.title}</legend>
            {group.choices.map((c) => (
              <label key={c.key} className="checkbox">
                <input
                  type="checkbox"
                  checked={chosen.has(c.key)}
                  onChange={(e) => {
                    const next = new Set(chosen)
                    if (e.target.checked) next.add(c.key)
                    else next.delete(c.key)
                    setChosen(next)
                  }}
                />
                <span>
                  <strong>{c.words}</strong>
                  {c.context && (
                    <span className="entity-split-context">
                      {' — '}
                      {c.context.before}
                      <mark>{c.context.match}</mark>
                      {c.context.after}
                    </span>
                  )}
                </span>
              </label>
            ))}
          </fieldset>
        ))}
      </fieldset>
      <TextField label={t.entitySplitName} value={name} onValue={setName} />
      <FormButtons busy={props.busy} confirm={t.entitySplitConfirm} onCancel={props.onCancel} />
    </form>
  )
}
