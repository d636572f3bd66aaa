/**
 * Offline work on the desk, with real processes: the desk server stops while A and B have the
 * article open; both tag words and B corrects the text before A's mention; each app says how
 * many changes wait. When the desk is back, both article files hold the union, every anchor on
 * exactly the words it was made on.
 */
import { expect } from './support/host'
import { bothOnTheHarbourArticle, deskTest, fileTitled, HARBOUR } from './support/desk'
import { drawnTexts, readingView, selectText } from './annotate.helpers'

const test = deskTest

test.describe.configure({ timeout: 150_000 })

const { title: TITLE } = HARBOUR

type Stored = NonNullable<Awaited<ReturnType<typeof fileTitled>>>

function textAt(file: Stored, start: number, end: number): string {
  return [...file.blocks.map((b) => b.text).join('\n\n')].slice(start, end).join('')
}

test('both annotate offline and B corrects the text; back online, both hold the union', async ({
  deskBrowser,
  setting
}) => {
  const { a, b } = await bothOnTheHarbourArticle(setting, deskBrowser)

  // The desk goes away.
  const port = setting.desk!.port
  await setting.desk!.stop()
  await expect(a.page.getByLabel('Desk status')).toContainText('Offline', { timeout: 15_000 })
  await expect(b.page.getByLabel('Desk status')).toContainText('Offline', { timeout: 15_000 })

  // A tags the mayor; B tags the date and corrects the text before A's mention.
  await selectText(a.page, 'Ines Duarte')
  await a.page.keyboard.press('p')
  await expect.poll(() => drawnTexts(a.page, 'mention')).toEqual(['Ines Duarte'])
  await selectText(b.page, 'Monday')
  await b.page.keyboard.press('d')
  await expect.poll(() => drawnTexts(b.page, 'mention')).toEqual(['Monday'])
  await b.page.keyboard.press('F2')
  await selectText(b.page, 'council', { context: 'The council voted' })
  await b.page.keyboard.type('city council')
  await b.page.keyboard.press('Escape')
  await expect(readingView(b.page)).toContainText('The city council voted')
  await expect
    .poll(async () => (await fileTitled(b.library, TITLE))?.blocks[1].text)
    .toBe('The city council voted the harbour budget on Monday.')
  await expect(a.page.getByLabel('Desk status')).toHaveText(/Offline: \d+ changes? waiting/)
  await expect(b.page.getByLabel('Desk status')).toHaveText(/Offline: \d+ changes? waiting/)

  // The desk is back: both sides hold both mentions and B's correction.
  await setting.startServer(port)
  for (const side of [a, b]) {
    await expect
      .poll(async () => (await fileTitled(side.library, TITLE))?.annotations.length, {
        timeout: 30_000
      })
      .toBe(2)
  }
  await expect
    .poll(async () => (await fileTitled(a.library, TITLE))?.blocks[1].text, { timeout: 15_000 })
    .toBe('The city council voted the harbour budget on Monday.')
  const fileA = (await fileTitled(a.library, TITLE))!
  const fileB = (await fileTitled(b.library, TITLE))!
  expect(fileB.blocks).toEqual(fileA.blocks)
  expect(fileB.annotations).toEqual(fileA.annotations)
  expect(fileA.annotations.map((x) => x.target.exact).sort()).toEqual(['Ines Duarte', 'Monday'])
  for (const x of fileA.annotations)
    expect(textAt(fileA, x.target.start, x.target.end)).toBe(x.target.exact)

  // Both windows show the union without a reload.
  for (const side of [a, b]) {
    await expect(side.page.getByLabel('Desk status')).toHaveText('Synced', { timeout: 15_000 })
    await expect
      .poll(async () => (await drawnTexts(side.page, 'mention')).sort())
      .toEqual(['Ines Duarte', 'Monday'])
  }
})
