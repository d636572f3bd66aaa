import { describe, expect, it } from 'vitest'
import { DeskSettingsChange, deskAddressProblem } from './deskSchemas'

describe('desk addresses', () => {
  it('takes ws:// and wss:// addresses, and none at all', () => {
    expect(deskAddressProblem('wss://desk.example-newsroom.org')).toBeNull()
    expect(deskAddressProblem('ws://127.0.0.1:1234')).toBeNull()
    expect(deskAddressProblem('  ')).toBeNull()
  })

  it('says what is wrong with anything else', () => {
    expect(deskAddressProblem('https://desk.example.org')).toMatch(/wss:\/\/.*not https:/)
    expect(deskAddressProblem('desk.example.org')).toMatch(/must look like wss:\/\//)
    expect(DeskSettingsChange.safeParse({ url: 'file:///etc', name: 'Ana' }).success).toBe(false)
  })

  it('trims what the editor typed', () => {
    const parsed = DeskSettingsChange.parse({ url: ' wss://d.org ', name: ' Ana ', token: ' t ' })
    expect(parsed).toEqual({ url: 'wss://d.org', name: 'Ana', token: 't' })
  })
})
