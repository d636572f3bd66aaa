/**
 * Issue 9: in "Edit text" a typed character is inserted by the editor in the task after the
 * key, not by the browser inside it (editText.ts says why). What an editor sees must not
 * change: every key lands, in the order typed, where the caret was when it was pressed, even
 * when a caret move or a click comes before the editor has inserted the key before it.
 */
import { expect, test } from './support/host'
import { openSample, selectText, toolButton } from './annotate.helpers'
import { articleView } from './support/ui'

interface InputWindow {
  typedByBrowser: string[]
}

test('typed keys are inserted by the editor, in order, where the caret was', async ({ page }) => {
  await openSample(page)
  // Text the browser inserts itself announces itself with a `beforeinput` event.
  await page.evaluate(() => {
    const w = window as unknown as InputWindow
    w.typedByBrowser = []
    addEventListener(
      'beforeinput',
      (event) => {
        if ((event as InputEvent).inputType === 'insertText')
          w.typedByBrowser.push((event as InputEvent).data ?? '')
      },
      { capture: true }
    )
  })
  await selectText(page, 'PDG', { context: 'le PDG de Meta, Mark' })
  await page.keyboard.press('F2')
  const view = articleView(page).locator('.ProseMirror')
  await expect(view).toHaveAttribute('contenteditable', 'true')
  await page.keyboard.press('ArrowLeft')

  // Keys sent straight after each other, with a caret move between them: the move must come
  // after the keys typed before it.
  await page.keyboard.type('ab')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.type('c')
  await page.keyboard.press('End')
  await page.keyboard.type('!')
  await expect(view).toContainText('le acbPDG de Meta')
  await expect(view).toContainText('!')
  const typed = await page.evaluate(() => (window as unknown as InputWindow).typedByBrowser)
  expect(typed).toEqual([])

  // Undo takes the typing back, the last place typed at first, as when the browser typed.
  await expect(toolButton(page, 'Undo')).toBeEnabled()
  await page.keyboard.press('Control+z')
  await expect(view).not.toContainText('!')
  await expect(view).toContainText('le acbPDG de Meta')
  for (let undo = 0; undo < 3; undo++) {
    if ((await view.textContent())?.includes('le PDG de Meta, Mark')) break
    await page.keyboard.press('Control+z')
  }
  await expect(view).toContainText('le PDG de Meta, Mark')
})
