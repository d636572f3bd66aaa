/**
 * The loopback web host: the built renderer and the real main-process handlers over the real
 * library on disk, served to a browser on 127.0.0.1. It exists for machines without the
 * Electron binary (the end-to-end tests, `npm run dev:web`); it never imports electron.
 */
import { folderTarget } from '../exchange/exportTarget'
import { webHostExportFolder } from '../exchange/launch'
import { Desk } from '../desk/Desk'
import { deskSettingsPath } from '../desk/deskSettingsFile'
import { createHandlers } from '../handlers'
import { Library } from '../library'
import { listenContractServer, type WebHostLog } from './http'

/** What {@link startWebHost} needs. */
export interface WebHostOptions {
  /** The library folder (created when missing). */
  folder: string
  /** The built renderer (out/renderer). */
  rendererDir: string
  /** 0 (the default) lets the system pick a free port. */
  port?: number
  /** Per-run secret; a fresh random one when omitted. */
  token?: string
  log?: WebHostLog
  /** Where exports are written (there is no Save dialog); default `<folder>/exports`. */
  exportDir?: string
  /**
   * The app's own data (the desk settings with their access token), kept out of the library
   * folder; default `<folder>.user-data` beside it.
   */
  userDataDir?: string
}

/** A running web host. */
export interface WebHost {
  /** Address to open, token included (`http://127.0.0.1:PORT/?token=...`). */
  url: string
  port: number
  token: string
  /** The library folder it serves. */
  folder: string
  /** Stops answering and lets go of the library. */
  close(): Promise<void>
}

/** Opens the library at `folder` and serves it with the renderer on a loopback port. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const log: WebHostLog = options.log ?? ((message) => console.error(`[web-host] ${message}`))
  const library = await Library.open({ folder: options.folder, log })
  const desk = await Desk.open({
    library,
    settingsFile: deskSettingsPath(options.userDataDir ?? `${options.folder}.user-data`),
    log
  })
  const handlers = createHandlers({
    library,
    desk,
    exportTarget: folderTarget(options.exportDir ?? webHostExportFolder(library.folder)),
    // A browser tab has no system browser to hand links to; say so instead of pretending.
    openExternal: async (url: string) => {
      log(`openExternal is not available in the web host; not opening ${url}`)
      return false
    }
  })
  const server = await listenContractServer({
    handlers,
    rendererDir: options.rendererDir,
    port: options.port,
    token: options.token,
    log
  })
  return {
    url: server.url,
    port: server.port,
    token: server.token,
    folder: options.folder,
    close: async () => {
      await server.close()
      await desk.close()
      // Pending writes finish before the caller (a test's restart) touches the files.
      await library.close()
    }
  }
}
