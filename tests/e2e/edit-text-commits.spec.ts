/**
 * Issue 9: a key typed in "Edit text" makes no React commit. Around every commit React saves
 * and restores the selection by walking the focused editable element, here the whole
 * article, which on a long one cost tens of milliseconds a key; so what changes with each
 * key (the text, offsets mapped, a new editor state) must reach no React state. Commits are
 * counted through React's devtools hook, which the production build calls on every commit.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './support/host'
import { openSample, selectText, toolButton } from './annotate.helpers'

interface CountingWindow {
  reactCommits: number
}

/** The commits React made so far in the page. */
const commits = (page: Page) =>
  page.evaluate(() => (window as unknown as CountingWindow).reactCommits)

/**
 * Waits until the editor's listeners have heard of the last key: they hear after the next
 * frame is painted (EditorSession), then React renders whatever changed.
 */
async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let i = 0; i < 2; i++)
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))
  })
}

test('keys typed in Edit text make no React commit once Undo is on', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as CountingWindow & { __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown }
    w.reactCommits = 0
    w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      renderers: new Map(),
      inject: () => 1,
      checkDCE() {},
      onScheduleFiberRoot() {},
      onCommitFiberUnmount() {},
      onPostCommitFiberRoot() {},
      onCommitFiberRoot() {
        w.reactCommits++
      }
    }
  })
  // The host opened the page already: load it again with the hook in place before React.
  await page.reload()
  await openSample(page)
  await selectText(page, 'PDG', { context: 'le PDG de Meta, Mark' })
  await page.keyboard.press('F2')
  await expect(page.locator('.ProseMirror')).toHaveAttribute('contenteditable', 'true')
  await page.keyboard.press('ArrowLeft')
  // The first key turns Undo on: the toolbar changes, once.
  await page.keyboard.type('x')
  await expect(toolButton(page, 'Undo')).toBeEnabled()
  await settled(page)
  const before = await commits(page)
  expect(before).toBeGreaterThan(0)

  // Faster than the panel's pause (it takes the new text 300 ms after the last key).
  await page.keyboard.type('yzw', { delay: 30 })
  await settled(page)
  await expect(page.locator('.ProseMirror')).toContainText('le xyzwPDG de Meta')
  expect(await commits(page)).toBe(before)
})
