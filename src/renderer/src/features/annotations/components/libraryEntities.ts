/**
 * The library's registry of entities as the open article's pickers see it: the article's own
 * entities first, then every registry entity the article does not use yet, so a person tagged
 * in one article is offered in the next. A registry entity picked here is copied into the
 * article (with its registry id) by the command that uses it.
 */
import { useEffect, useState } from 'react'
import type { ResponseOf } from '@shared/contract'
import { foldForSearch } from '@shared/annotations/fold'
import type { Entity } from '@shared/model'
import { useApi } from '@renderer/apiContext'

type Listing = ResponseOf<'libraryEntities'>['entities']

/** The last listing read, per API: a dialog opens with it at once and refreshes it. */
const lastRead = new WeakMap<object, { listing: Listing; json: string }>()

/**
 * The registry's entities, read once `enabled` (the picker has something typed in it: a
 * dialog that is only clicked through never waits on them). A dialog starts from the last listing
 * and re-renders only when the listing changed: a re-render landing under a click (on a
 * radio button of the same dialog, measured in the panel's end-to-end spec) can swallow it.
 */
export function useLibraryEntities(enabled = true): Listing {
  const api = useApi()
  const [entities, setEntities] = useState<Listing>(() => lastRead.get(api)?.listing ?? [])
  useEffect(() => {
    if (!enabled) return
    let stale = false
    void api.libraryEntities({}).then((result) => {
      // A library that cannot list its registry still offers the article's own entities.
      if (!result.ok) return
      const json = JSON.stringify(result.value.entities)
      if (lastRead.get(api)?.json === json) return
      lastRead.set(api, { listing: result.value.entities, json })
      if (!stale) setEntities(result.value.entities)
    })
    return () => {
      stale = true
    }
  }, [api, enabled])
  return entities
}

/** `type` and folded name: how the registry itself links an entity tagged by its name. */
const nameKey = (type: string, name: string): string => `${type}\u0000${foldForSearch(name)}`

/**
 * The article's entities, then the registry's it does not have yet (as entities to copy). An
 * entity tagged in this article since it opened has no registry id yet (the Library links it
 * when it saves); its name and type already say which record it is, so that record is not
 * offered a second time.
 */
export function withLibraryEntities(own: readonly Entity[], library: Listing): Entity[] {
  const linked = new Set(own.map((e) => e.registryId).filter(Boolean))
  const named = new Set(own.map((e) => nameKey(e.type, e.name)))
  const offered: Entity[] = library
    .filter((r) => !linked.has(r.id) && !named.has(nameKey(r.type, r.name)))
    .map((r) => ({
      id: r.id,
      type: r.type,
      name: r.name,
      aliases: r.aliases,
      registryId: r.id,
      ...(r.description ? { description: r.description } : {}),
      ...(r.wikidataId ? { wikidataId: r.wikidataId } : {})
    }))
  return [...own, ...offered]
}
