/**
 * One end-to-end suite, two hosts (docs/ARCHITECTURE.md, "Tests"):
 * - `chromium-host`: the built renderer in a Chromium, talking to the real main-process
 *   handlers and the real library on disk through the loopback web host;
 * - `electron`: the built app itself through `_electron.launch`, wherever an Electron binary
 *   exists; elsewhere every test of this project is reported as skipped, with the reason.
 * The specs in tests/e2e are written once against the fixture in tests/e2e/support/host.ts.
 * Run `npm run build` first: both hosts use what is in out/.
 */
import { defineConfig } from '@playwright/test'
import { findChromium } from './tests/e2e/support/binaries'

const chromium = findChromium()

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e',
  globalSetup: './tests/e2e/support/global-setup.ts',
  // Two cores: one test at a time keeps timings honest and the machine responsive.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  // On CI, a failed test runs once more; a test that passes only then is reported as flaky
  // (by name in the list, counted in .ci/run's summary), never as passed. The desk specs run
  // several real processes (desk servers, Redis, app hosts) on two cores, where a rare timing
  // failure must not hide the run's result, and must not go unseen either.
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  // Reference pictures (`toHaveScreenshot`) are committed beside the specs, one set for
  // Chromium, taken with the fonts CI installs (Debian's fonts-dejavu-core and
  // fonts-liberation). The tolerance (0.2% of the pixels) absorbs anti-aliasing, not a
  // changed layout, colour or label (a button renamed in a dialog changes about 0.7%).
  snapshotPathTemplate: 'tests/e2e/screenshots/{testFileName}/{arg}{ext}',
  expect: {
    timeout: 5_000,
    toHaveScreenshot: {
      maxDiffPixelRatio: 0.002,
      animations: 'disabled',
      caret: 'hide'
    }
  },
  reporter: [
    ['list'],
    // Read by .ci/run for its closing summary line.
    ['json', { outputFile: 'test-results/e2e-results.json' }]
  ],
  use: {
    locale: 'en-US',
    timezoneId: 'UTC',
    viewport: { width: 1440, height: 900 },
    actionTimeout: 10_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure'
  },
  projects: [
    {
      name: 'chromium-host',
      use: {
        browserName: 'chromium',
        launchOptions: {
          // Debian's /usr/bin/chromium where Playwright's own browser is missing (it cannot
          // be downloaded on the build machines); Playwright's own wherever it is installed.
          executablePath: chromium.executablePath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run'
          ]
        }
      }
    },
    {
      name: 'electron',
      // The browser settings above do not apply: the fixture launches the app itself.
      use: {}
    }
  ]
})
