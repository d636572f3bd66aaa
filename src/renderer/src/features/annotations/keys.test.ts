import { describe, expect, it } from 'vitest'
import { defaultLibrarySettings, type LibrarySettings } from '@shared/model'
import type { ArticleFeatureContext } from '../types'
import { createAnnotateActions } from './annotateActions'
import { commandForKey } from './keys'
import { AnnotateSession } from './session'
import { RESERVED_KEYS } from './shortcuts'

function sessionWith(settings: LibrarySettings): AnnotateSession {
  const ctx = { settings: () => settings } as unknown as ArticleFeatureContext
  return new AnnotateSession(ctx)
}

describe('single keys', () => {
  it('run the fixed actions first, then the entity types of the settings as they are now', () => {
    const settings = defaultLibrarySettings()
    const session = sessionWith(settings)
    const actions = createAnnotateActions(session)
    expect(commandForKey('q', actions, session)).toBe(actions.quote)
    expect(commandForKey('?', actions, session)).toBe(actions.help)
    expect(commandForKey('p', actions, session)).not.toBeNull()
    expect(commandForKey('w', actions, session)).toBeNull()
    // A key changed in the settings is followed at the next key press.
    settings.entityTypes = settings.entityTypes.map((t) =>
      t.id === 'person' ? { ...t, key: 'w' } : t
    )
    expect(commandForKey('w', actions, session)).not.toBeNull()
    expect(commandForKey('p', actions, session)).toBeNull()
  })

  it('reserve the fixed actions’ letters, which no default entity type uses', () => {
    expect([...RESERVED_KEYS].sort()).toEqual(['a', 'i', 'k', 'n', 'q', 't'])
    const keys = defaultLibrarySettings().entityTypes.map((t) => t.key)
    expect(keys.filter((k) => RESERVED_KEYS.includes(k))).toEqual([])
  })
})
