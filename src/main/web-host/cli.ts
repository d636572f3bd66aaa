/**
 * Command line of the loopback web host, built to out/main/web-host.js and run with plain
 * Node (`npm run dev:web`): serves the built renderer and a library folder on 127.0.0.1.
 *
 *   node out/main/web-host.js [--library DIR] [--port N] [--renderer DIR]
 *
 * It prints the address to open and, for scripts, a `NEWSROOM_WEB_HOST_URL=` line. Importing
 * the module starts nothing: the end-to-end fixture imports {@link startWebHost} from it.
 */
import { realpathSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { flagValue } from '../appPaths'
import { startWebHost } from './server'

export { startWebHost, type WebHost, type WebHostOptions } from './server'

/** Prefix of the machine-readable line carrying the address. */
export const URL_LINE_PREFIX = 'NEWSROOM_WEB_HOST_URL='

const USAGE = `Usage: node out/main/web-host.js [--library DIR] [--port N] [--renderer DIR] [--user-data DIR]

  --library DIR   library folder (default: $NEWSROOM_LIBRARY or ./.tmp/web-library)
  --user-data DIR the app's own data, such as the desk settings (default: the library folder's
                  name with .user-data, beside it)
  --port N        port on 127.0.0.1 (default: a free one)
  --renderer DIR  built renderer (default: out/renderer next to this file)`

/** The settings a command line asks for. */
export interface CliSettings {
  folder: string
  port: number
  rendererDir: string
  userDataDir?: string
}

/** Reads the flags; throws an Error with a message for the user on a bad value. */
export function parseCli(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  cwd: string,
  builtDir: string
): CliSettings {
  const folder = flagValue(argv, 'library') ?? env.NEWSROOM_LIBRARY ?? '.tmp/web-library'
  const portText = flagValue(argv, 'port') ?? '0'
  const port = Number(portText)
  if (!/^\d+$/.test(portText) || port > 65535) {
    throw new Error(`--port must be a number from 0 to 65535, not "${portText}".`)
  }
  const renderer = flagValue(argv, 'renderer')
  const userData = flagValue(argv, 'user-data')
  return {
    ...(userData ? { userDataDir: resolve(cwd, userData) } : {}),
    folder: resolve(cwd, folder),
    port,
    rendererDir: renderer ? resolve(cwd, renderer) : resolve(builtDir, '../renderer')
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE)
    return
  }
  const settings = parseCli(
    argv,
    process.env,
    process.cwd(),
    dirname(fileURLToPath(import.meta.url))
  )
  const host = await startWebHost(settings)
  console.log(`Newsroom web host: ${host.url}`)
  console.log(`Library folder: ${host.folder}`)
  console.log('Press Ctrl+C to stop.')
  console.log(`${URL_LINE_PREFIX}${host.url}`)
  const stop = () => {
    host.close().then(
      () => process.exit(0),
      () => process.exit(1)
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

/** True when this file is the script Node was started with (not imported). */
function isEntryPoint(): boolean {
  const script = process.argv[1]
  if (!script) return false
  try {
    return pathToFileURL(realpathSync(script)).href === import.meta.url
  } catch {
    return false
  }
}

if (isEntryPoint()) {
  main().catch((error: unknown) => {
    console.error(
      `Newsroom web host could not start: ${error instanceof Error ? error.message : String(error)}`
    )
    process.exit(1)
  })
}
