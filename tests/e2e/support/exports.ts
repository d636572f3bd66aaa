/**
 * Where an export lands in an end-to-end spec. In the desktop app an export would stop at the
 * Save dialog: the app is launched with NEWSROOM_EXPORT_DIR (read from the environment the
 * fixture passes on), which writes every export into a temporary folder instead. The web host
 * writes to `<library>/exports`.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './host'
import type { HostKind } from './host'
import { toolButton } from '../annotate.helpers'

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

/**
 * Exports the open article in one format through the Export dialog (with the article's
 * address, which ClaimReview asks for) and returns the paths the dialog says it wrote.
 */
export async function exportAs(
  page: Page,
  format: string,
  count: number,
  url?: string
): Promise<string[]> {
  await toolButton(page, 'Export').click()
  const dialog = page.getByRole('dialog', { name: 'Export article' })
  await dialog.getByRole('radio', { name: format }).check()
  if (url) await dialog.getByRole('textbox', { name: 'Address of the published article' }).fill(url)
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  const status = dialog.getByRole('status')
  await expect(status).toContainText(`Exported ${count} ${count === 1 ? 'file' : 'files'}:`)
  const paths = await status.getByRole('listitem').locator('code').allTextContents()
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
  return paths
}
