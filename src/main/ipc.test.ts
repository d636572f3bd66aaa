import { beforeEach, describe, expect, it, vi } from 'vitest'
import {
  CHANNELS,
  WINDOW_CHANNELS,
  ipcChannel,
  ipcWindowChannel,
  type ContractHandlers
} from '@shared/contract'

// Only the registration is under test here: ipcMain is replaced by a table of handlers.
const registered = new Map<string, (event: unknown, request: unknown) => Promise<unknown>>()
vi.mock('electron', () => ({
  ipcMain: {
    handle: (name: string, fn: (event: unknown, request: unknown) => Promise<unknown>) => {
      if (registered.has(name)) throw new Error(`second handler for ${name}`)
      registered.set(name, fn)
    },
    removeHandler: (name: string) => registered.delete(name)
  }
}))
const { registerIpc } = await import('./ipc')

const origin = { rendererDirUrl: 'file:///app/out/renderer/' }
const appEvent = {
  senderFrame: { url: 'file:///app/out/renderer/index.html', parent: null },
  sender: { id: 1 }
}
const foreignEvent = {
  senderFrame: { url: 'https://evil.example/', parent: null },
  sender: { id: 2 }
}

const handlers = new Proxy({} as ContractHandlers, {
  get: (_target, channel: string) => {
    if (channel === 'openExternal')
      return async ({ url }: { url: string }) => ({ opened: url.startsWith('https:') })
    return async () => {
      throw new Error(`boom in ${channel}`)
    }
  }
})
const readyToClose = vi.fn(async ({ flushed }: { flushed: boolean }) => ({ closing: flushed }))

let dispose: () => void
beforeEach(() => {
  dispose?.()
  readyToClose.mockClear()
  dispose = registerIpc({ handlers, windowHandlers: { readyToClose }, origin })
})

describe('registerIpc', () => {
  it('registers exactly one handler per contract row and window row', () => {
    expect([...registered.keys()].sort()).toEqual(
      [...CHANNELS.map(ipcChannel), ...WINDOW_CHANNELS.map(ipcWindowChannel)].sort()
    )
  })

  it('answers the app page through dispatch', async () => {
    const call = registered.get(ipcChannel('openExternal'))!
    await expect(call(appEvent, { url: 'https://example.com/' })).resolves.toEqual({
      ok: true,
      value: { opened: true }
    })
    await expect(call(appEvent, { url: 'javascript:alert(1)' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-input' }
    })
  })

  it('refuses a foreign page, a sub-frame and a destroyed frame', async () => {
    const call = registered.get(ipcChannel('openExternal'))!
    const subFrame = { ...appEvent, senderFrame: { ...appEvent.senderFrame, parent: {} } }
    for (const event of [foreignEvent, subFrame, { senderFrame: null, sender: {} }]) {
      await expect(call(event, { url: 'https://example.com/' })).resolves.toMatchObject({
        ok: false,
        error: { code: 'forbidden' }
      })
    }
  })

  it('turns a throwing handler into a typed internal error', async () => {
    const call = registered.get(ipcChannel('listLibrary'))!
    await expect(call(appEvent, {})).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: 'boom in listLibrary' }
    })
  })

  it('routes readyToClose with its sender, after checking input and origin', async () => {
    const call = registered.get(ipcWindowChannel('readyToClose'))!
    await expect(call(appEvent, { flushed: true })).resolves.toEqual({
      ok: true,
      value: { closing: true }
    })
    expect(readyToClose).toHaveBeenCalledWith({ flushed: true }, appEvent.sender)
    await expect(call(appEvent, { flushed: 'yes' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-input' }
    })
    await expect(call(foreignEvent, { flushed: true })).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' }
    })
    expect(readyToClose).toHaveBeenCalledTimes(1)
  })
})
