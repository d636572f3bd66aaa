import { describe, expect, it } from 'vitest'
import type { DeskOverview } from '@shared/desk/deskSchemas'
import { deskChanges } from './deskWatch'

function overview(libraryRevision: number, remoteRevision: number): DeskOverview {
  return {
    configured: true,
    libraryRevision,
    articles: [
      {
        id: 'a1',
        status: { state: 'synced' },
        remoteRevision,
        readOnly: false,
        present: [],
        canUndo: false,
        canRedo: false
      }
    ]
  }
}

describe('what the window does when the desk moves', () => {
  it('reloads the open article when others’ changes were written to it, and only then', () => {
    expect(deskChanges(overview(0, 0), overview(1, 1), 'a1')).toEqual({
      relist: true,
      reloadOpen: true
    })
    expect(deskChanges(overview(1, 1), overview(1, 1), 'a1')).toEqual({
      relist: false,
      reloadOpen: false
    })
    // Another article changed: the list is read again, the open one stays.
    expect(deskChanges(overview(0, 0), overview(1, 1), 'other')).toEqual({
      relist: true,
      reloadOpen: false
    })
  })

  it('does nothing on the first answer', () => {
    expect(deskChanges(null, overview(3, 3), 'a1')).toEqual({ relist: false, reloadOpen: false })
  })
})
