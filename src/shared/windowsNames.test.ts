import { describe, expect, it } from 'vitest'
import { fileStem } from './export'
import { isWindowsReservedName } from './windowsNames'

describe('isWindowsReservedName', () => {
  it('knows the device names in any case, with or without an extension', () => {
    for (const name of ['CON', 'nul', 'com1', 'Com1', 'LPT9', 'aux.backup', 'prn.json', 'COM¹']) {
      expect(isWindowsReservedName(name), name).toBe(true)
    }
    for (const name of ['console', 'nullable', 'com10', 'conference', 'my-con', 'article']) {
      expect(isWindowsReservedName(name), name).toBe(false)
    }
  })

  it('keeps export file names off them', () => {
    expect(fileStem('Con')).toBe('con-article')
    expect(fileStem('NUL')).toBe('nul-article')
    expect(fileStem('Con game')).toBe('con-game')
  })
})
