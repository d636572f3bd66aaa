import { describe, expect, it, vi } from 'vitest'
import {
  CHANNELS,
  EVENT_NAMES,
  WINDOW_CHANNELS,
  eventMethodName,
  ipcChannel,
  ipcEventChannel,
  ipcWindowChannel
} from '@shared/contract'

// The preload runs against a fake electron: what it exposes, and what it does with calls.
type Listener = (event: unknown, payload: unknown) => void
const exposed: Record<string, Record<string, (...args: unknown[]) => unknown>> = {}
const listeners = new Map<string, Set<Listener>>()
const invoke = vi.fn(async (name: string, request: unknown): Promise<unknown> => ({
  ok: true,
  value: { name, request }
}))
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: Record<string, (...args: unknown[]) => unknown>) => {
      exposed[key] = value
    }
  },
  ipcRenderer: {
    invoke: (name: string, request: unknown) => invoke(name, request),
    on: (name: string, listener: Listener) => {
      if (!listeners.has(name)) listeners.set(name, new Set())
      listeners.get(name)!.add(listener)
    },
    removeListener: (name: string, listener: Listener) => listeners.get(name)?.delete(listener)
  }
}))
await import('./index')
const api = exposed.newsroom

function emit(name: string, payload: unknown): void {
  for (const listener of listeners.get(name) ?? []) listener({ sender: 'secret' }, payload)
}

describe('preload bridge', () => {
  it('exposes exactly one method per channel and event, and nothing generic', () => {
    const expected = [...CHANNELS, ...WINDOW_CHANNELS, ...EVENT_NAMES.map(eventMethodName)]
    expect(Object.keys(api).sort()).toEqual(expected.sort())
    expect(api).not.toHaveProperty('invoke')
    expect(api).not.toHaveProperty('send')
  })

  it('forwards each call to its own IPC channel', async () => {
    await expect(api.listLibrary({})).resolves.toEqual({
      ok: true,
      value: { name: ipcChannel('listLibrary'), request: {} }
    })
    await api.readyToClose({ flushed: true })
    expect(invoke).toHaveBeenLastCalledWith(ipcWindowChannel('readyToClose'), { flushed: true })
  })

  it('turns a rejected invoke into a Result', async () => {
    invoke.mockRejectedValueOnce(new Error('No handler registered'))
    await expect(api.getSettings({})).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: 'No handler registered' }
    })
  })

  it('hands listeners only valid payloads, and unsubscribes', () => {
    const seen: unknown[] = []
    const unsubscribe = api.onMenuCommand((payload: unknown) => seen.push(payload)) as () => void
    emit(ipcEventChannel('menuCommand'), { command: 'newArticle' })
    emit(ipcEventChannel('menuCommand'), { command: 'rm -rf' })
    unsubscribe()
    emit(ipcEventChannel('menuCommand'), { command: 'importArticle' })
    expect(seen).toEqual([{ command: 'newArticle' }])
    expect(listeners.get(ipcEventChannel('menuCommand'))?.size).toBe(0)
  })

  it('refuses a subscription without a function', () => {
    expect(() => api.onBeforeClose('nope')).toThrow(TypeError)
  })
})
