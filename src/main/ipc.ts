/**
 * Registers one IPC handler per row of the contract (and of the window contract). Each first
 * checks that the message comes from the app's own page, then parses, runs and checks the row
 * through `dispatch`; the renderer always gets a `Result`, never a raw exception.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import type { z } from 'zod'
import {
  CHANNELS,
  WINDOW_CHANNELS,
  parseRequest,
  dispatch,
  ipcChannel,
  ipcWindowChannel,
  windowContract,
  AppError,
  type Channel,
  type ContractHandlers,
  type Result,
  type WindowChannel,
  type WindowContract
} from '@shared/contract'
import type { MainLog } from './log'
import { isTrustedSender, type RendererOrigin } from './security'

/** The handler of one window row; it also learns which web contents asked. */
type WindowHandler<C extends WindowChannel> = (
  request: z.output<WindowContract[C]['request']>,
  sender: WebContents
) => Promise<z.output<WindowContract[C]['response']>>

/** Window rows a host may leave out; calling one then answers 'unsupported'. */
type OptionalWindowChannel = 'openAnnotationFile'

/** Handlers for the window rows; they also learn which web contents asked. */
export type WindowHandlers = {
  [C in Exclude<WindowChannel, OptionalWindowChannel>]: WindowHandler<C>
} & { [C in OptionalWindowChannel]?: WindowHandler<C> }

/** What the registration needs. */
export interface IpcOptions {
  handlers: ContractHandlers
  windowHandlers: WindowHandlers
  origin: RendererOrigin
  log?: MainLog
}

/** Registers every handler; returns a function that removes them again. */
export function registerIpc(options: IpcOptions): () => void {
  const names: string[] = []
  for (const channel of CHANNELS) names.push(registerContractRow(channel, options))
  for (const channel of WINDOW_CHANNELS) names.push(registerWindowRow(channel, options))
  return () => names.forEach((name) => ipcMain.removeHandler(name))
}

function forbidden(channel: string, event: IpcMainInvokeEvent, log?: MainLog): Result<never> {
  log?.warn(`Refused ${channel} from ${event.senderFrame?.url ?? 'a destroyed frame'}`)
  return {
    ok: false,
    error: {
      code: 'forbidden',
      message: `${channel} refused: the request did not come from the app's own page.`
    }
  }
}

function internal(channel: string, error: unknown, log?: MainLog): Result<never> {
  log?.error(`Handler for ${channel} failed unexpectedly`, error)
  const message = error instanceof Error ? error.message : String(error)
  return { ok: false, error: { code: 'internal', message } }
}

function registerContractRow<C extends Channel>(channel: C, options: IpcOptions): string {
  const name = ipcChannel(channel)
  const handler = options.handlers[channel]
  ipcMain.handle(name, async (event, request: unknown) => {
    if (!isTrustedSender(event.senderFrame, options.origin))
      return forbidden(channel, event, options.log)
    try {
      const result = await dispatch(channel, request, handler)
      if (!result.ok && result.error.code === 'internal') {
        options.log?.error(`${channel} failed: ${result.error.message}`)
      }
      return result
    } catch (error) {
      // dispatch already catches handler errors; this is the belt to its braces.
      return internal(channel, error, options.log)
    }
  })
  return name
}

function registerWindowRow<C extends WindowChannel>(channel: C, options: IpcOptions): string {
  const name = ipcWindowChannel(channel)
  const row = windowContract[channel]
  const handler = options.windowHandlers[channel] as WindowHandler<C> | undefined
  ipcMain.handle(name, async (event, request: unknown) => {
    if (!isTrustedSender(event.senderFrame, options.origin))
      return forbidden(channel, event, options.log)
    if (!handler) {
      const message = `${channel} is not available here.`
      return { ok: false, error: { code: 'unsupported', message } }
    }
    const parsed = parseRequest(channel, row.request, request)
    if (!parsed.ok) return parsed
    try {
      // With one window row TS cannot see that `parsed.value` matches `C`; the schema guarantees it.
      const value = row.response.parse(
        await handler(parsed.value as z.output<WindowContract[C]['request']>, event.sender)
      )
      return { ok: true, value }
    } catch (error) {
      if (error instanceof AppError)
        return { ok: false, error: { code: error.code, message: error.message } }
      return internal(channel, error, options.log)
    }
  })
  return name
}
