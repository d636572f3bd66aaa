/**
 * Where an export lands in an end-to-end spec. In the desktop app an export would stop at the
 * Save dialog: the app is launched with NEWSROOM_EXPORT_DIR (read from the environment the
 * fixture passes on), which writes every export into a temporary folder instead. The web host
 * writes to `<library>/exports`.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from './host'
import type { HostKind } from './host'

/**
 * Sets NEWSROOM_EXPORT_DIR to a fresh folder for the spec file's tests (restored and removed
 * afterwards) and returns where a host's exports land.
 */
export function exportsFolder(prefix: string): (hostKind: HostKind, library: string) => string {
  let desktopExports = ''
  let envBefore: string | undefined
  test.beforeAll(async () => {
    desktopExports = await mkdtemp(join(tmpdir(), `newsroom-e2e-${prefix}-`))
    envBefore = process.env.NEWSROOM_EXPORT_DIR
    process.env.NEWSROOM_EXPORT_DIR = desktopExports
  })
  test.afterAll(async () => {
    if (envBefore === undefined) delete process.env.NEWSROOM_EXPORT_DIR
    else process.env.NEWSROOM_EXPORT_DIR = envBefore
    await rm(desktopExports, { recursive: true, force: true })
  })
  return (hostKind, library) =>
    hostKind === 'electron' ? desktopExports : join(library, 'exports')
}
