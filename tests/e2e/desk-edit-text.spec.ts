/**
 * Others' changes arriving while you correct the text, with real processes: one desk server
 * and two app hosts. A is in "Edit text" and has just typed a word when B's mention arrives:
 * A's article shows B's mention, A's word is kept, "Edit text" is still on, and A types on.
 * Both files end with A's corrections and B's mention on its words.
 */
import { expect } from './support/host'
import { bothOnTheHarbourArticle, deskTest, fileTitled, HARBOUR } from './support/desk'
import { drawnTexts, readingView, selectText, toolButton } from './annotate.helpers'

const test = deskTest

test.describe.configure({ timeout: 150_000 })

const { title: TITLE } = HARBOUR

test('B’s change reaches A in Edit text without losing A’s typing or the mode', async ({
  deskBrowser,
  setting
}) => {
  const { a, b } = await bothOnTheHarbourArticle(setting, deskBrowser)

  // A corrects a word in Edit text; B tags the council meanwhile.
  const view = readingView(a.page)
  await selectText(a.page, 'Monday')
  await a.page.keyboard.press('F2')
  await expect(toolButton(a.page, 'Edit text')).toHaveAttribute('aria-pressed', 'true')
  await selectText(a.page, 'Monday')
  await a.page.keyboard.type('Tuesday')
  await selectText(b.page, 'council')
  await b.page.keyboard.press('o')

  // B's mention shows in A's article; A's word and the mode stay.
  await expect.poll(() => drawnTexts(a.page, 'mention'), { timeout: 10_000 }).toEqual(['council'])
  await expect(view).toContainText('budget on Tuesday.')
  await expect(toolButton(a.page, 'Edit text')).toHaveAttribute('aria-pressed', 'true')
  await expect(view).toHaveAttribute('contenteditable', 'true')

  // A types on.
  await selectText(a.page, 'summer')
  await a.page.keyboard.type('winter')
  await expect(view).toContainText('before winter,')
  const expected = 'The council voted the harbour budget on Tuesday.'
  for (const side of [a, b]) {
    await expect
      .poll(
        async () => {
          const file = await fileTitled(side.library, TITLE)
          return [file?.blocks[1].text, file?.blocks[2].text.includes('before winter')]
        },
        { timeout: 15_000 }
      )
      .toEqual([expected, true])
    const file = (await fileTitled(side.library, TITLE))!
    expect(file.annotations.map((x) => x.target.exact)).toEqual(['council'])
  }
})
