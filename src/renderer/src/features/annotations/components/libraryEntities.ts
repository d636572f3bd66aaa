/**
 * The library's registry of entities as the open article's pickers see it: the article's own
 * entities first, then every registry entity the article does not use yet, so a person tagged
 * in one article is offered in the next. A registry entity picked here is copied into the
 * article (with its registry id) by the command that uses it.
 */
import { useEffect, useMemo, useState } from 'react'
import type { ResponseOf } from '@shared/contract'
import type { Entity } from '@shared/model'
import { useApi } from '@renderer/apiContext'

type Listing = ResponseOf<'libraryEntities'>['entities']

/** The registry's entities, read when the picker opens (empty until they arrive). */
export function useLibraryEntities(): Listing {
  const api = useApi()
  const [entities, setEntities] = useState<Listing>([])
  useEffect(() => {
    let stale = false
    void api.libraryEntities({}).then((result) => {
      // A library that cannot list its registry still offers the article's own entities.
      if (!stale && result.ok) setEntities(result.value.entities)
    })
    return () => {
      stale = true
    }
  }, [api])
  return entities
}

/** The article's entities, then the registry's it does not have yet (as entities to copy). */
export function withLibraryEntities(own: readonly Entity[], library: Listing): Entity[] {
  const linked = new Set(own.map((e) => e.registryId).filter(Boolean))
  const offered: Entity[] = library
    .filter((r) => !linked.has(r.id))
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

/** {@link withLibraryEntities} for a component, kept while its inputs do not change. */
export function useWithLibraryEntities(own: readonly Entity[]): Entity[] {
  const library = useLibraryEntities()
  return useMemo(() => withLibraryEntities(own, library), [own, library])
}
