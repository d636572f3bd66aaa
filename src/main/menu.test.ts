import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { MenuCommand } from '@shared/contract'
import { menuTemplate } from './menu'

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])
  ])
}

function build(isDev: boolean, isMac = false) {
  const send = vi.fn()
  const items = flatten(menuTemplate({ appName: 'Newsroom', isDev, isMac, send }))
  return { items, send }
}

describe('menuTemplate', () => {
  it('sends each command id from its item, with the expected accelerators', () => {
    const { items, send } = build(false)
    const byLabel = (label: string) => items.find((item) => item.label === label)
    expect(byLabel('New Article…')?.accelerator).toBe('CmdOrCtrl+N')
    expect(byLabel('Import…')?.accelerator).toBe('CmdOrCtrl+O')
    const clicked: unknown[] = []
    for (const item of items) {
      if (item.click) {
        ;(item.click as () => void)()
        clicked.push(send.mock.lastCall?.[0])
      }
    }
    expect(clicked.sort()).toEqual([...MenuCommand.options].sort())
  })

  it('has edit roles and a quit', () => {
    const roles = build(false).items.map((item) => item.role)
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'quit']))
  })

  it('offers reload and developer tools only in development', () => {
    const devRoles = ['reload', 'forceReload', 'toggleDevTools']
    expect(build(false).items.some((item) => devRoles.includes(item.role as string))).toBe(false)
    expect(build(true).items.filter((item) => devRoles.includes(item.role as string))).toHaveLength(
      3
    )
  })

  it('puts the app menu first on macOS', () => {
    const top = menuTemplate({ appName: 'Newsroom', isDev: false, isMac: true, send: () => {} })
    expect(top[0].label).toBe('Newsroom')
    expect(top.map((m) => m.label)).toEqual(['Newsroom', '&File', '&Edit', '&View', '&Help'])
  })
})
