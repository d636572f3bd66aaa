/**
 * Finds the programs the two end-to-end hosts drive, without downloading anything: the build
 * machines cannot fetch Playwright's browser or the Electron binary, a user's machine may have
 * either.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { chromium } from '@playwright/test'

/** The Chromium the `chromium-host` project launches. */
export interface ChromiumChoice {
  /** Undefined means Playwright's own browser, which is installed. */
  executablePath: string | undefined
  description: string
}

const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable'
]

/**
 * `PLAYWRIGHT_CHROMIUM_PATH` when set, else Playwright's own browser when it is installed,
 * else the system's Chromium (Debian's /usr/bin/chromium on the build machines).
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumChoice {
  const forced = env.PLAYWRIGHT_CHROMIUM_PATH
  if (forced) return { executablePath: forced, description: `${forced} (PLAYWRIGHT_CHROMIUM_PATH)` }
  let own: string | undefined
  try {
    own = chromium.executablePath()
  } catch {
    own = undefined
  }
  if (own && existsSync(own)) return { executablePath: undefined, description: own }
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path))
  if (system) return { executablePath: system, description: system }
  // Let Playwright fail with its own message, which says how to install a browser.
  return { executablePath: undefined, description: 'none found' }
}

/** Why the Electron project's tests are skipped where there is no binary. */
export const NO_ELECTRON = 'no Electron binary on this machine'

/**
 * The Electron binary, or null when this machine has none. It never calls
 * `require('electron')`: from Electron 42 on, that starts a download when the binary is
 * missing, which hangs or fails where only the npm registry is reachable.
 */
export function findElectron(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.ELECTRON_EXEC_PATH)
    return existsSync(env.ELECTRON_EXEC_PATH) ? env.ELECTRON_EXEC_PATH : null
  let packageDir: string
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  } catch {
    return null
  }
  const pathFile = join(packageDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const relative = readFileSync(pathFile, 'utf8').trim()
  const dist = env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist')
  const binary = join(dist, relative)
  return existsSync(binary) ? binary : null
}
