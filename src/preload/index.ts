/**
 * The bridge between the sandboxed renderer and main. It exposes `window.newsroom` with one
 * method per contract row, one per window row and one subscription per event, all generated
 * from the tables in src/shared/contract.ts. There is deliberately no generic invoke or send:
 * the page can reach exactly the channels the contract names, nothing else.
 */
import { contextBridge, ipcRenderer } from 'electron'
import {
  CHANNELS,
  EVENT_NAMES,
  WINDOW_CHANNELS,
  eventMethodName,
  events,
  ipcChannel,
  ipcEventChannel,
  ipcWindowChannel,
  type NewsroomDesktopApi,
  type Result
} from '@shared/contract'

/** Invokes a channel; a missing handler or a broken pipe still comes back as a Result. */
async function call(name: string, request: unknown): Promise<Result<unknown>> {
  try {
    return (await ipcRenderer.invoke(name, request)) as Result<unknown>
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, error: { code: 'internal', message } }
  }
}

const api: Record<string, unknown> = {}
for (const channel of CHANNELS)
  api[channel] = (request: unknown) => call(ipcChannel(channel), request)
for (const channel of WINDOW_CHANNELS)
  api[channel] = (request: unknown) => call(ipcWindowChannel(channel), request)
for (const name of EVENT_NAMES) {
  api[eventMethodName(name)] = (listener: (payload: unknown) => void) => {
    if (typeof listener !== 'function')
      throw new TypeError(`${eventMethodName(name)} needs a function`)
    // The listener sees only the checked payload, never the IpcRendererEvent (which would hand
    // the page a handle on ipcRenderer's sender).
    const relay = (_event: unknown, payload: unknown): void => {
      const parsed = events[name].safeParse(payload)
      if (parsed.success) listener(parsed.data)
    }
    ipcRenderer.on(ipcEventChannel(name), relay)
    return () => {
      ipcRenderer.removeListener(ipcEventChannel(name), relay)
    }
  }
}

contextBridge.exposeInMainWorld('newsroom', api as NewsroomDesktopApi)
