/**
 * Issue 3, step 7: undo and redo (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y) for every annotation action:
 * tagging, linking, quoting, adding a note, editing and deleting. What the screen shows and
 * what the file holds go back and forth together.
 */
import { expect, test, type Page } from './support/host'
import {
  QUOTE,
  drawn,
  expectAllAnchored,
  onDisk,
  openSample,
  selectText,
  toolButton,
  type StoredArticle
} from './annotate.helpers'

// Long flows, many writes to disk: room for a busy machine.
test.describe.configure({ timeout: 90_000 })

/**
 * A short fingerprint of the file: kinds with their text and the entity names. Aliases are
 * left out: once learnt, an alias belongs to the library's registry of entities, which an
 * undo in one article does not take back (checked on its own below).
 */
function summary(file: StoredArticle): string[] {
  const entities = file.entities.map((e) => `entity:${e.name}`)
  const annotations = file.annotations.map((a) => {
    const extra =
      a.kind === 'quote' ? `:${a.status}` : a.kind === 'source-note' ? `:${a.title}` : ''
    return `${a.kind}:${a.target.exact}${extra}`
  })
  return [...entities, ...annotations].sort()
}

async function screenSummary(page: Page): Promise<string[]> {
  return (await drawn(page)).map((d) => `${d.kind}:${d.text}`).sort()
}

test('each annotation action is undone with Ctrl+Z, redone with Ctrl+Shift+Z or Ctrl+Y', async ({
  page,
  library
}) => {
  await openSample(page)
  const states: string[][] = []
  const screens: string[][] = []
  const record = async (expectedCount: number) => {
    const file = await onDisk(library, (f) => expect(f.annotations).toHaveLength(expectedCount))
    expectAllAnchored(file)
    states.push(summary(file))
    screens.push(await screenSummary(page))
  }
  await record(0)

  // 1. Tag a person.
  await selectText(page, 'Jason Droege', { block: 'standfirst' })
  await page.keyboard.press('p')
  await record(1)
  // 2. Link "Droege" (adds the alias).
  await selectText(page, 'Droege', { block: 'standfirst', nth: 1 })
  await page.keyboard.press('k')
  const link = page.getByRole('dialog', { name: 'Link to an entity' })
  await link.getByRole('combobox', { name: 'Entity' }).fill('Jason')
  await link.getByRole('combobox', { name: 'Entity' }).press('Enter')
  await link.getByRole('button', { name: 'Link', exact: true }).click()
  await record(2)
  // 3. Quote, with the existing speaker.
  await selectText(page, QUOTE)
  await page.keyboard.press('q')
  const quote = page.getByRole('dialog', { name: 'Quote' })
  await quote.getByRole('combobox', { name: 'Speaker' }).fill('Jason Droege')
  await quote.getByRole('combobox', { name: 'Speaker' }).press('Enter')
  await quote.getByRole('button', { name: 'Save quote' }).click()
  await record(3)
  // 4. A source note.
  await selectText(page, 'une entreprise indépendante')
  await page.keyboard.press('n')
  const note = page.getByRole('dialog', { name: 'Source note' })
  await note.getByLabel('Title').fill('Note aux clients')
  await note.getByRole('button', { name: 'Save source note' }).click()
  await record(4)
  // 5. Edit the quote's status through "What's here".
  await selectText(page, 'sans équivoque')
  await page.keyboard.press('i')
  await page
    .getByRole('dialog', { name: 'Annotations here' })
    .getByRole('button', { name: /^Edit Quote/ })
    .click()
  const edit = page.getByRole('dialog', { name: 'Edit quote' })
  await edit.getByRole('radio', { name: 'Disputed', exact: true }).check()
  await edit.getByRole('button', { name: 'Save quote' }).click()
  await expect(edit).toBeHidden()
  await onDisk(library, (f) =>
    expect(f.annotations.find((a) => a.kind === 'quote')?.status).toBe('disputed')
  )
  await record(4)
  // 6. Delete the note.
  await selectText(page, 'indépendante', { context: 'une entreprise indépendante' })
  await page.keyboard.press('i')
  const here = page.getByRole('dialog', { name: 'Annotations here' })
  await here.getByRole('button', { name: /^Delete Source note/ }).click()
  await page.keyboard.press('Escape')
  await expect(here).toBeHidden()
  await record(3)

  // Undo all six, one Ctrl+Z each, checking screen and disk at each step.
  const counts = [0, 1, 2, 3, 4, 4, 3]
  for (let step = 6; step >= 1; step--) {
    await page.keyboard.press('Control+z')
    const expected = states[step - 1]
    await onDisk(library, (f) => {
      expect(f.annotations).toHaveLength(counts[step - 1])
      expect(summary(f)).toEqual(expected)
    })
    await expect.poll(() => screenSummary(page)).toEqual(screens[step - 1])
    if (step === 2) {
      // The link is undone, its mention gone; the alias it taught the library stays.
      await onDisk(library, (f) => expect(f.entities[0]?.aliases).toEqual(['Droege']))
    }
  }
  await expect(toolButton(page, 'Undo')).toBeDisabled()

  // Redo them, alternating the two redo keys.
  for (let step = 1; step <= 6; step++) {
    await page.keyboard.press(step % 2 ? 'Control+Shift+z' : 'Control+y')
    const expected = states[step]
    await onDisk(library, (f) => expect(summary(f)).toEqual(expected))
    await expect.poll(() => screenSummary(page)).toEqual(screens[step])
  }
  await expect(toolButton(page, 'Redo')).toBeDisabled()

  // The toolbar's buttons do the same.
  await toolButton(page, 'Undo').click()
  await onDisk(library, (f) => expect(summary(f)).toEqual(states[5]))
  await toolButton(page, 'Redo').click()
  await onDisk(library, (f) => expect(summary(f)).toEqual(states[6]))
})
