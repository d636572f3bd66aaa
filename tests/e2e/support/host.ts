/**
 * The fixture every spec uses, so one spec runs on both hosts:
 * - `page`: the app's window, opened on a fresh library;
 * - `library`: that library's folder (real files on disk, for assertions);
 * - `restart(whileStopped?)`: stops the app, runs `whileStopped` (to damage a file, say), starts
 *   it again on the same library and returns the page to use from then on (in Electron the
 *   window is a new one).
 *
 * On `chromium-host` the app is the built renderer in Chromium, served with the real handlers
 * by the loopback web host, started in this process from the built out/main/web-host.js (what
 * `npm run dev:web` runs). On `electron` it is the built app, launched with `_electron`; where
 * no Electron binary exists every test is skipped with the reason, never dropped silently.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  _electron,
  test as base,
  type Browser,
  type ElectronApplication,
  type Page,
  type TestInfo
} from '@playwright/test'
import type { WebHost, WebHostOptions } from '../../../src/main/web-host/server'
import { findElectron, NO_ELECTRON } from './binaries'

/** The two hosts the suite runs on (the Playwright project names). */
export type HostKind = 'chromium-host' | 'electron'

const ROOT = resolve(import.meta.dirname, '../../..')
const BUILT_WEB_HOST = join(ROOT, 'out/main/web-host.js')
const BUILT_MAIN = join(ROOT, 'out/main/index.js')
const BUILT_RENDERER = join(ROOT, 'out/renderer')
const BUILD_FIRST = 'is missing: run "npm run build" before the end-to-end tests'

interface AppUnderTest {
  page: Page
  restart(whileStopped?: () => Promise<void>): Promise<Page>
}

interface Fixtures {
  /** Which host this test runs on. */
  hostKind: HostKind
  /** The library folder the app uses (it may not exist until the app creates it). */
  library: string
  /** Restarts the app on the same library; use the returned page afterwards. */
  restart: (whileStopped?: () => Promise<void>) => Promise<Page>
  app: AppUnderTest
}

interface WorkerFixtures {
  hostBrowser: Browser | null
}

type StartWebHost = (options: WebHostOptions) => Promise<WebHost>

let startWebHostPromise: Promise<StartWebHost> | undefined

/** The built web host module, loaded once per worker (what ships, not the TS source). */
function loadWebHost(): Promise<StartWebHost> {
  if (!existsSync(BUILT_WEB_HOST)) throw new Error(`${BUILT_WEB_HOST} ${BUILD_FIRST}`)
  startWebHostPromise ??= import(pathToFileURL(BUILT_WEB_HOST).href).then(
    (module: { startWebHost: StartWebHost }) => module.startWebHost
  )
  return startWebHostPromise
}

/** Keeps the page's own errors, so a failing test says what broke in the app. */
function watchPage(page: Page, errors: string[]): Page {
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`)
  })
  return page
}

/**
 * After a test: on failure, attach the page's errors and a screenshot; on success, still fail
 * the test if the app threw an uncaught exception along the way (a crash the assertions
 * happened not to see).
 */
async function finishTest(testInfo: TestInfo, page: Page | undefined, errors: string[]) {
  if (testInfo.status === testInfo.expectedStatus) {
    const uncaught = errors.filter((line) => line.startsWith('page error:'))
    if (uncaught.length) throw new Error(`The app threw during the test:\n${uncaught.join('\n')}`)
    return
  }
  if (errors.length) await testInfo.attach('page-errors.txt', { body: errors.join('\n') })
  if (page && !page.isClosed()) {
    const shot = await page.screenshot({ fullPage: true }).catch(() => null)
    if (shot) await testInfo.attach('failure.png', { body: shot, contentType: 'image/png' })
  }
}

/** `test` with the host fixtures; specs import `test` and `expect` from here. */
export const test = base.extend<Fixtures, WorkerFixtures>({
  // Playwright reads a fixture's dependencies from its first parameter: none here.
  // eslint-disable-next-line no-empty-pattern
  hostKind: async ({}, use, testInfo) => {
    await use(testInfo.project.name === 'electron' ? 'electron' : 'chromium-host')
  },

  // Launched only by the chromium-host project, so the Electron project never needs a browser.
  hostBrowser: [
    async ({ playwright, launchOptions }, use, workerInfo) => {
      if (workerInfo.project.name === 'electron') {
        await use(null)
        return
      }
      const browser = await playwright.chromium.launch(launchOptions)
      await use(browser)
      await browser.close()
    },
    { scope: 'worker' }
  ],

  // eslint-disable-next-line no-empty-pattern
  library: async ({}, use) => {
    const root = await mkdtemp(join(tmpdir(), 'newsroom-e2e-'))
    await use(join(root, 'library'))
    await rm(root, { recursive: true, force: true })
  },

  app: async ({ hostKind, hostBrowser, library, locale, viewport, timezoneId }, use, testInfo) => {
    const errors: string[] = []
    if (hostKind === 'electron') {
      const binary = findElectron()
      testInfo.skip(!binary, NO_ELECTRON)
      if (!existsSync(BUILT_MAIN)) throw new Error(`${BUILT_MAIN} ${BUILD_FIRST}`)
      const userData = await mkdtemp(join(tmpdir(), 'newsroom-e2e-user-data-'))
      const launch = () =>
        _electron.launch({
          executablePath: binary ?? undefined,
          args: [
            // Chromium refuses to run as root (CI) with its sandbox on.
            ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
            BUILT_MAIN,
            `--library=${library}`,
            `--user-data-dir=${userData}`,
            `--lang=${locale ?? 'en-US'}`
          ],
          env: { ...process.env, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US' },
          timeout: 30_000
        })
      let electronApp: ElectronApplication = await launch()
      let page = watchPage(await electronApp.firstWindow(), errors)
      await page.waitForLoadState('domcontentloaded')
      await use({
        get page() {
          return page
        },
        restart: async (whileStopped) => {
          await electronApp.close()
          await whileStopped?.()
          electronApp = await launch()
          page = watchPage(await electronApp.firstWindow(), errors)
          await page.waitForLoadState('domcontentloaded')
          return page
        }
      })
      try {
        await finishTest(testInfo, page, errors)
      } finally {
        await electronApp.close().catch(() => undefined)
        await rm(userData, { recursive: true, force: true })
      }
      return
    }

    if (!hostBrowser) throw new Error('the chromium-host project has no browser')
    if (!existsSync(join(BUILT_RENDERER, 'index.html'))) {
      throw new Error(`${BUILT_RENDERER} ${BUILD_FIRST}`)
    }
    const startWebHost = await loadWebHost()
    const hostLog: string[] = []
    const start = () =>
      startWebHost({
        folder: library,
        rendererDir: BUILT_RENDERER,
        log: (line) => hostLog.push(line)
      })
    let host = await start()
    const context = await hostBrowser.newContext({
      locale: locale ?? 'en-US',
      viewport: viewport ?? { width: 1440, height: 900 },
      timezoneId
    })
    const page = watchPage(await context.newPage(), errors)
    await page.goto(host.url)
    await use({
      page,
      restart: async (whileStopped) => {
        await host.close()
        await whileStopped?.()
        host = await start()
        await page.goto(host.url)
        return page
      }
    })
    if (hostLog.length) errors.push(...hostLog.map((line) => `web host: ${line}`))
    try {
      await finishTest(testInfo, page, errors)
    } finally {
      await context.close()
      await host.close()
    }
  },

  page: async ({ app }, use) => {
    await use(app.page)
  },

  restart: async ({ app }, use) => {
    await use((whileStopped) => app.restart(whileStopped))
  }
})

export { expect } from '@playwright/test'

/** Playwright's types, re-exported so specs import everything from the fixture. */
export type { Page, TestInfo } from '@playwright/test'
