/**
 * The desk's end-to-end setting: a real desk server process (as `npm run desk` starts it)
 * and several app hosts, each a real web host (the built out/main/web-host.js) with its own
 * library folder and user data, each in its own browser context, as editors on different
 * machines are.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { test as base, type Browser, type BrowserContext, type Page } from '@playwright/test'
import {
  startDesk,
  startRedis,
  writeUsers,
  type DeskProcess,
  type Running
} from '../../../src/desk-server/processes.testkit'
import type { WebHost, WebHostOptions } from '../../../src/main/web-host/server'
import { expect } from './host'
import { pasteArticle } from './ui'

const ROOT = resolve(import.meta.dirname, '../../..')
const BUILT_WEB_HOST = join(ROOT, 'out/main/web-host.js')
const BUILT_RENDERER = join(ROOT, 'out/renderer')

export const ANA = { name: 'Ana Ruiz', token: 'ana-token-0123456789abc', role: 'editor' as const }
export const BEN = { name: 'Ben Okafor', token: 'ben-token-0123456789abc', role: 'editor' as const }
export const RITA = {
  name: 'Rita Sousa',
  token: 'rita-token-0123456789ab',
  role: 'read-only' as const
}

/** One editor's app: its web host, library folder and page. */
export interface EditorApp {
  library: string
  host: WebHost
  context: BrowserContext
  page: Page
  log: string[]
}

/** A desk server and the editors' apps, all stopped by `close`. */
export class DeskSetting {
  readonly root: string
  desk: DeskProcess | null = null
  /** More desk processes sharing the first one's articles through Redis. */
  readonly others: DeskProcess[] = []
  redis: (Running & { url: string }) | null = null
  readonly apps: EditorApp[] = []

  private constructor(root: string) {
    this.root = root
  }

  /** A desk server; with `processes` over 1, that many over one real redis-server. */
  static async start(processes = 1): Promise<DeskSetting> {
    const setting = new DeskSetting(await mkdtemp(join(tmpdir(), 'newsroom-desk-e2e-')))
    writeUsers(join(setting.root, 'users.json'), [ANA, BEN, RITA])
    if (processes > 1) setting.redis = await startRedis()
    setting.desk = await setting.startServer()
    for (let i = 1; i < processes; i++) setting.others.push(await setting.launch())
    return setting
  }

  private launch(port?: number): Promise<DeskProcess> {
    return startDesk({
      // Processes over Redis share one database (see docs/desk.md).
      dataDir: join(this.root, 'desk-data'),
      usersFile: join(this.root, 'users.json'),
      ...(this.redis ? { redisUrl: this.redis.url } : {}),
      ...(port ? { port } : {})
    })
  }

  /** Starts the desk server (again, on the same port and data after a stop). */
  async startServer(port?: number): Promise<DeskProcess> {
    this.desk = await this.launch(port)
    return this.desk
  }

  get url(): string {
    if (!this.desk) throw new Error('no desk server')
    return this.desk.url
  }

  /** A new editor's app in its own browser context, on a library folder of its own. */
  async open(browser: Browser, name: string): Promise<EditorApp> {
    if (!existsSync(BUILT_WEB_HOST)) throw new Error('run "npm run build" first')
    const module = (await import(pathToFileURL(BUILT_WEB_HOST).href)) as {
      startWebHost: (options: WebHostOptions) => Promise<WebHost>
    }
    const library = join(this.root, name, 'library')
    const log: string[] = []
    const host = await module.startWebHost({
      folder: library,
      userDataDir: join(this.root, name, 'user-data'),
      rendererDir: BUILT_RENDERER,
      log: (line) => log.push(line)
    })
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    await page.goto(host.url)
    const app = { library, host, context, page, log }
    this.apps.push(app)
    return app
  }

  /** The end of every process' log (the app hosts', the desk servers'), for a failed test. */
  logs(): string {
    const tail = (text: string) => text.slice(-4_000)
    const parts = this.apps.map(
      (app, i) => `app ${i + 1} (${app.library}):\n${tail(app.log.join('\n'))}`
    )
    const desks = [this.desk, ...this.others].filter((d): d is DeskProcess => d !== null)
    desks.forEach((desk, i) => parts.push(`desk process ${i + 1}:\n${tail(desk.output())}`))
    return parts.join('\n\n')
  }

  async close(): Promise<void> {
    for (const app of this.apps) {
      await app.context.close().catch(() => undefined)
      await app.host.close().catch(() => undefined)
    }
    await this.desk?.stop()
    for (const other of this.others) await other.stop()
    await this.redis?.stop()
    await rm(this.root, { recursive: true, force: true })
  }
}

/** Fills the Desk section of Settings and saves. */
export async function joinDesk(
  page: Page,
  settings: { url: string; name: string; token: string }
): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click()
  const dialog = page.getByRole('dialog', { name: 'Settings' })
  await dialog.getByLabel('Desk address').fill(settings.url)
  await dialog.getByLabel('Name on the desk').fill(settings.name)
  await dialog.getByLabel('Access token').fill(settings.token)
  await dialog.getByRole('button', { name: 'Save settings' }).click()
  await expect(dialog).toBeHidden()
}

/** An article file of an editor's library, by title, read from disk now. */
export async function fileTitled(
  library: string,
  title: string
): Promise<{
  id: string
  blocks: { type: string; text: string }[]
  annotations: { id: string; target: { start: number; end: number; exact: string } }[]
} | null> {
  const folder = join(library, 'articles')
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    if (!name.endsWith('.json')) continue
    const file = JSON.parse(await readFile(join(folder, name), 'utf8'))
    if (file.article?.title === title) return { id: file.article.id, ...file }
  }
  return null
}

const DESK_ON_WEB_HOST = 'the desk specs run on the web host'

/**
 * `test` with a desk: `setting` is a desk server (or `deskProcesses` of them over Redis) and
 * the editors' apps, stopped after the test. The desk specs run on the web host only.
 */
export const deskTest = base.extend<{
  deskProcesses: number
  setting: DeskSetting
  deskBrowser: Browser
}>({
  deskProcesses: [1, { option: true }],
  // The editors' Chromium (Debian's, as the web-host project configures it), launched only
  // once the test is known to run: on another project Playwright's own browser is absent.
  deskBrowser: async ({ playwright, launchOptions }, use, testInfo) => {
    testInfo.skip(testInfo.project.name !== 'chromium-host', DESK_ON_WEB_HOST)
    const browser = await playwright.chromium.launch(launchOptions)
    await use(browser)
    await browser.close()
  },
  setting: async ({ deskProcesses }, use, testInfo) => {
    testInfo.skip(testInfo.project.name !== 'chromium-host', DESK_ON_WEB_HOST)
    const setting = await DeskSetting.start(deskProcesses)
    await use(setting)
    if (testInfo.status !== testInfo.expectedStatus) console.log(setting.logs())
    await setting.close()
  }
})

/** Opens the article `title` from the library pane, once the desk has brought it. */
export async function openFromLibrary(page: Page, title: string): Promise<void> {
  const row = page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('listitem')
    .filter({ hasText: title })
  await row.getByRole('button', { name: title, exact: true }).click({ timeout: 15_000 })
}

/** The article the desk specs share: a headline and two short paragraphs. */
export const HARBOUR = {
  title: 'Harbour clean-up budget',
  text:
    'Harbour clean-up budget\n\nThe council voted the harbour budget on Monday.\n\n' +
    '“We will finish the clean-up before summer,” said Mayor Ines Duarte.',
  quote: 'We will finish the clean-up before summer'
}

/** How an editor's app joins the desk (by default, the Desk section of Settings only). */
type Join = (page: Page, url: string, editor: { name: string; token: string }) => Promise<void>

const joinDeskOnly: Join = (page, url, editor) => joinDesk(page, { url, ...editor })

/**
 * Ana (A) and Ben (B) on the desk, each in their own app: A pastes the harbour article and
 * shares it, B opens it from the library, and both say Synced.
 */
export async function bothOnTheHarbourArticle(
  setting: DeskSetting,
  browser: Browser,
  join: Join = joinDeskOnly
): Promise<{ a: EditorApp; b: EditorApp }> {
  const a = await setting.open(browser, 'ana')
  const b = await setting.open(browser, 'ben')
  await join(a.page, setting.url, ANA)
  await join(b.page, setting.url, BEN)
  await pasteArticle(a.page, HARBOUR.title, HARBOUR.text)
  await a.page.getByRole('button', { name: 'Share to desk' }).click()
  await openFromLibrary(b.page, HARBOUR.title)
  await expect(a.page.getByLabel('Desk status')).toHaveText('Synced', { timeout: 15_000 })
  await expect(b.page.getByLabel('Desk status')).toHaveText('Synced', { timeout: 15_000 })
  return { a, b }
}
