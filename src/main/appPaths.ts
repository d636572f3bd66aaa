/**
 * Where the app keeps its things, decided from the command line and the environment. Pure (no
 * electron import) so it can be unit tested; index.ts applies the result.
 */
import { join, resolve } from 'node:path'

/** What the launch arguments and environment ask for. */
export interface LaunchOptions {
  /** Overrides Electron's userData folder (tests use it to isolate runs). */
  userDataDir?: string
  /** The library folder, when not the default `<userData>/library`. */
  libraryFolder?: string
  /** Problems worth telling the user about (an empty flag value, for instance). */
  warnings: string[]
}

type Env = Record<string, string | undefined>

/**
 * Reads `--user-data-dir=DIR` / `NEWSROOM_USER_DATA` and `--library=DIR` / `NEWSROOM_LIBRARY`.
 * A flag wins over the environment; relative paths are resolved against `cwd`. The space form
 * (`--library DIR`) is accepted too, since shells and test runners produce both.
 */
export function parseLaunchOptions(
  argv: readonly string[],
  env: Env,
  cwd = process.cwd()
): LaunchOptions {
  const warnings: string[] = []
  const pick = (flag: string, envName: string): string | undefined => {
    const fromFlag = flagValue(argv, flag)
    const raw = fromFlag ?? env[envName]
    const source = fromFlag !== undefined ? `--${flag}` : envName
    if (raw === undefined) return undefined
    if (raw.trim() === '') {
      warnings.push(`${source} is empty; using the default folder instead.`)
      return undefined
    }
    return resolve(cwd, raw)
  }
  return {
    userDataDir: pick('user-data-dir', 'NEWSROOM_USER_DATA'),
    libraryFolder: pick('library', 'NEWSROOM_LIBRARY'),
    warnings
  }
}

/** The last value given for `--name=value` or `--name value`, if any. */
export function flagValue(argv: readonly string[], name: string): string | undefined {
  let value: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--') break
    if (arg.startsWith(`--${name}=`)) value = arg.slice(name.length + 3)
    else if (arg === `--${name}` && i + 1 < argv.length && !argv[i + 1].startsWith('--')) {
      value = argv[++i]
    }
  }
  return value
}

/** The library folder to open: the one asked for, else `<userData>/library`. */
export function libraryFolder(options: LaunchOptions, userData: string): string {
  return options.libraryFolder ?? join(userData, 'library')
}

/** The log file of the main process. */
export function mainLogFile(userData: string): string {
  return join(userData, 'logs', 'main.log')
}

/** Where the window remembers its size and position. */
export function windowStateFile(userData: string): string {
  return join(userData, 'window-state.json')
}

/**
 * The dev server the renderer comes from under `electron-vite dev`, or undefined. Only an
 * unpackaged app honours it, and only a loopback http URL: anything else would let an
 * environment variable point the privileged bridge at a foreign page.
 */
export function devServerUrl(env: Env, isPackaged: boolean): string | undefined {
  const raw = env.ELECTRON_RENDERER_URL
  if (isPackaged || !raw) return undefined
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return undefined
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
  return url.protocol === 'http:' && loopback ? url.href : undefined
}
