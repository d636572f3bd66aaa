import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ipcWindowChannel, type ContractHandlers } from '@shared/contract'

// The desktop Open dialog is a window row that only Electron's main implements: registered
// always, answering 'unsupported' where no handler was given.
const registered = new Map<string, (event: unknown, request: unknown) => Promise<unknown>>()
vi.mock('electron', () => ({
  ipcMain: {
    handle: (name: string, fn: (event: unknown, request: unknown) => Promise<unknown>) => {
      registered.set(name, fn)
    },
    removeHandler: (name: string) => registered.delete(name)
  }
}))
const { registerIpc } = await import('../ipc')

const origin = { rendererDirUrl: 'file:///app/out/renderer/' }
const appEvent = {
  senderFrame: { url: 'file:///app/out/renderer/index.html', parent: null },
  sender: { id: 1 }
}
const handlers = {} as ContractHandlers
const readyToClose = async () => ({ closing: true })

beforeEach(() => registered.clear())

describe('the openAnnotationFile window row', () => {
  it('answers unsupported when the host has no Open dialog', async () => {
    registerIpc({ handlers, windowHandlers: { readyToClose }, origin })
    const call = registered.get(ipcWindowChannel('openAnnotationFile'))!
    expect(await call(appEvent, {})).toMatchObject({ ok: false, error: { code: 'unsupported' } })
  })

  it('hands the sender to the dialog and checks the answer', async () => {
    const openAnnotationFile = vi.fn(async () => ({
      cancelled: false as const,
      fileName: 'a.jsonld',
      text: '{}'
    }))
    registerIpc({ handlers, windowHandlers: { readyToClose, openAnnotationFile }, origin })
    const call = registered.get(ipcWindowChannel('openAnnotationFile'))!
    expect(await call(appEvent, {})).toEqual({
      ok: true,
      value: { cancelled: false, fileName: 'a.jsonld', text: '{}' }
    })
    expect(openAnnotationFile).toHaveBeenCalledWith({}, appEvent.sender)
    const foreign = { ...appEvent, senderFrame: { url: 'https://evil.example/', parent: null } }
    expect(await call(foreign, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(openAnnotationFile).toHaveBeenCalledTimes(1)
  })
})
