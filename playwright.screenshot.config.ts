/**
 * `npm run screenshot`: writes the README picture (docs/screenshot.png) from the annotated
 * article test of annotate-screenshot.spec.ts, in Chromium over the real main-process
 * handlers. The ordinary run (`npm test`) checks the same view but writes nothing into the
 * repository: only this configuration names a file, in `metadata.readmeScreenshot`.
 */
import { defineConfig } from '@playwright/test'
import base from './playwright.config'

export default defineConfig({
  ...base,
  testMatch: 'annotate-screenshot.spec.ts',
  grep: /as the README shows it/,
  projects: base.projects?.filter((project) => project.name === 'chromium-host'),
  outputDir: 'test-results/screenshot',
  reporter: 'list',
  metadata: { readmeScreenshot: 'docs/screenshot.png' }
})
