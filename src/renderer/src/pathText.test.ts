import { describe, expect, it } from 'vitest'
import { childPath, inLibrary, isAbsolutePath, parentPath } from './pathText'

describe('paths', () => {
  it('joins with the folder’s own separator', () => {
    expect(childPath('/home/ed/Library', 'backups')).toBe('/home/ed/Library/backups')
    expect(childPath('/home/ed/Library/', 'backups')).toBe('/home/ed/Library/backups')
    expect(childPath('C:\\Users\\ed\\Library', 'backups')).toBe('C:\\Users\\ed\\Library\\backups')
  })

  it('takes the folder part of a path', () => {
    expect(parentPath('quarantine/broken.2025.json')).toBe('quarantine')
    expect(parentPath('C:\\lib\\quarantine\\x.json')).toBe('C:\\lib\\quarantine')
    expect(parentPath('x.json')).toBe('x.json')
  })

  it('tells absolute paths from relative ones', () => {
    expect(isAbsolutePath('/lib')).toBe(true)
    expect(isAbsolutePath('D:\\lib')).toBe(true)
    expect(isAbsolutePath('\\\\server\\share')).toBe(true)
    expect(isAbsolutePath('quarantine/x.json')).toBe(false)
  })

  it('resolves a library-relative path against the folder', () => {
    expect(inLibrary('/lib', 'quarantine')).toBe('/lib/quarantine')
    expect(inLibrary('/lib', '/elsewhere/quarantine')).toBe('/elsewhere/quarantine')
    expect(inLibrary('', 'quarantine')).toBe('quarantine')
  })
})
