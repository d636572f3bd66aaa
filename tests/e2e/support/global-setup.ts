/**
 * Gives the Electron project a display on Linux machines without one (CI): starts Xvfb and
 * sets DISPLAY, which the test workers inherit. Nothing happens where no Electron binary
 * exists (those tests are skipped) or a display is already there.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { findElectron, NO_ELECTRON } from './binaries'

async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (check()) return true
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return check()
}

/** Playwright runs the returned function as the global teardown. */
export default async function globalSetup(): Promise<(() => Promise<void>) | undefined> {
  if (!findElectron()) {
    console.log(`electron project: ${NO_ELECTRON}; its tests are reported as skipped.`)
    return undefined
  }
  if (process.platform !== 'linux' || process.env.DISPLAY) return undefined
  let display = 99
  while (existsSync(`/tmp/.X11-unix/X${display}`) || existsSync(`/tmp/.X${display}-lock`)) display++
  let xvfb: ChildProcess
  try {
    xvfb = spawn('Xvfb', [`:${display}`, '-screen', '0', '1440x900x24', '-nolisten', 'tcp'], {
      stdio: 'ignore'
    })
  } catch (error) {
    console.warn(`Could not start Xvfb (${String(error)}); the Electron tests need a display.`)
    return undefined
  }
  let failed = false
  xvfb.on('error', () => {
    failed = true
  })
  const up = await waitFor(() => failed || existsSync(`/tmp/.X11-unix/X${display}`), 10_000)
  if (!up || failed) {
    console.warn('Xvfb did not start (apt-get install xvfb); the Electron tests need a display.')
    xvfb.kill()
    return undefined
  }
  process.env.DISPLAY = `:${display}`
  return async () => {
    xvfb.kill()
  }
}
