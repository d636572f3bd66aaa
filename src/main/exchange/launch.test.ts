import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportDirOverride, webHostExportFolder } from './launch'

describe('exportDirOverride', () => {
  it('takes the flag over the environment, resolved against the working folder', () => {
    expect(exportDirOverride(['--export-dir=out'], { NEWSROOM_EXPORT_DIR: '/env' }, '/work')).toBe(
      resolve('/work', 'out')
    )
    expect(exportDirOverride(['--export-dir', '/abs'], {}, '/work')).toBe(resolve('/abs'))
    expect(exportDirOverride([], { NEWSROOM_EXPORT_DIR: 'env' }, '/work')).toBe(
      resolve('/work', 'env')
    )
  })

  it('is absent when nothing or only blanks are given (the Save dialog is used)', () => {
    expect(exportDirOverride([], {}, '/work')).toBeUndefined()
    expect(exportDirOverride([], { NEWSROOM_EXPORT_DIR: '  ' }, '/work')).toBeUndefined()
  })

  it('puts the web host exports in the library folder', () => {
    expect(webHostExportFolder('/lib')).toBe(join('/lib', 'exports'))
  })
})
