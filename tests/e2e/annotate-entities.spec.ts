/**
 * Issue 3, steps 2 and 3: entity mentions linked to canonical entities. "Jason Droege" is
 * tagged as a person with P; "Droege" is linked to him through the type-ahead picker (K),
 * which adds the alias; "Meta" tagged with O, then "Tag all" offers its other occurrences,
 * counted, with checkboxes, and tags them in one step that one Ctrl+Z reverts. Every entity
 * type of the settings has its button and its key.
 */
import { expect, test } from './support/host'
import {
  drawn,
  entityNamed,
  expectAllAnchored,
  expectQuotes,
  onDisk,
  openSample,
  plainTextOf,
  scaleAiFile,
  selectText,
  toolButton
} from './annotate.helpers'

// Long flows, many writes to disk: room for a busy machine.
test.describe.configure({ timeout: 90_000 })

/** Whole-word occurrences of a word in the article's plain text. */
function countWord(text: string, word: string): number {
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}_])${word}(?![\\p{L}\\p{N}_])`, 'gu'))]
    .length
}

test('P tags a person, K links "Droege" to Jason Droege, P again reuses the entity', async ({
  page,
  library
}) => {
  await openSample(page)
  await selectText(page, 'Jason Droege', { block: 'standfirst' })
  await page.keyboard.press('p')
  await expect(page.getByText('Tagged “Jason Droege” as Person.')).toBeVisible()

  // "Droege a souligné…": link the surname to the same person, picked by typing.
  await selectText(page, 'Droege', { block: 'standfirst', nth: 1 })
  await page.keyboard.press('k')
  const dialog = page.getByRole('dialog', { name: 'Link to an entity' })
  await expect(dialog).toBeVisible()
  const picker = dialog.getByRole('combobox', { name: 'Entity' })
  await picker.fill('jas')
  await expect(dialog.getByRole('option', { name: 'Jason Droege (Person)' })).toBeVisible()
  await picker.press('Enter')
  await dialog.getByRole('button', { name: 'Link', exact: true }).click()
  await expect(dialog).toBeHidden()

  // The second "Jason Droege" (first paragraph) is tagged with P and links to the same person.
  await selectText(page, 'Jason Droege', { block: 'paragraph' })
  await toolButton(page, 'Person').click()

  const file = await onDisk(library, (f) => expect(f.annotations).toHaveLength(3))
  expect(file.entities).toHaveLength(1)
  const droege = entityNamed(file, 'Jason Droege')
  expect(droege.type).toBe('person')
  expect(droege.aliases).toEqual(['Droege'])
  const mentions = [...file.annotations].sort((a, b) => a.target.start - b.target.start)
  expect(mentions.every((m) => m.kind === 'mention' && m.entityId === droege.id)).toBe(true)
  expectQuotes(file, mentions[0], 'Jason Droege')
  expectQuotes(file, mentions[1], 'Droege')
  expectQuotes(file, mentions[2], 'Jason Droege')
  expect(mentions[1].target.suffix.startsWith(' a souligné')).toBe(true)

  // Drawn as person mentions, in the person colour class.
  const shown = await drawn(page, 'mention')
  expect(shown.map((d) => d.text)).toEqual(['Jason Droege', 'Droege', 'Jason Droege'])
})

test('Tag all offers the other "Meta"s, counted, with checkboxes; one undo reverts', async ({
  page,
  library
}) => {
  await openSample(page)
  const total = countWord(plainTextOf(await scaleAiFile(library)), 'Meta')
  expect(total).toBeGreaterThan(8)

  await selectText(page, 'Meta', { block: 'standfirst' })
  await page.keyboard.press('o')
  await onDisk(library, (f) => expect(f.annotations).toHaveLength(1))

  // The selection is still on the tagged "Meta": A offers the others.
  await page.keyboard.press('a')
  const dialog = page.getByRole('dialog', { name: 'Tag all “Meta”' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByText('Mentions of Meta (Organisation)')).toBeVisible()
  const others = total - 1
  await expect(dialog.getByText(`${others} occurrences found.`)).toBeVisible()
  const boxes = dialog.getByRole('checkbox')
  await expect(boxes).toHaveCount(others)
  for (const box of await boxes.all()) await expect(box).toBeChecked()
  // One of them is left out by the annotator.
  await boxes.last().uncheck()
  await dialog.getByRole('button', { name: `Tag ${others - 1} mentions` }).click()
  await expect(dialog).toBeHidden()

  let file = await onDisk(library, (f) => expect(f.annotations).toHaveLength(total - 1))
  const meta = entityNamed(file, 'Meta')
  expect(meta.type).toBe('organisation')
  expect(file.annotations.every((a) => a.kind === 'mention' && a.entityId === meta.id)).toBe(true)
  for (const a of file.annotations) expectQuotes(file, a, 'Meta')
  expect(await drawn(page, 'mention')).toHaveLength(total - 1)

  // One Ctrl+Z takes the whole "Tag all" back, one redo brings it again.
  await page.keyboard.press('Control+z')
  await expect.poll(async () => (await drawn(page, 'mention')).length).toBe(1)
  await onDisk(library, (f) => expect(f.annotations).toHaveLength(1))
  await page.keyboard.press('Control+Shift+z')
  await expect.poll(async () => (await drawn(page, 'mention')).length).toBe(total - 1)
  file = await onDisk(library, (f) => expect(f.annotations).toHaveLength(total - 1))
  expectAllAnchored(file)
})

test('Tag all on untagged words asks for the type and creates the entity in the same step', async ({
  page,
  library
}) => {
  await openSample(page)
  const total = countWord(plainTextOf(await scaleAiFile(library)), 'OpenAI')
  expect(total).toBe(2)
  await selectText(page, 'OpenAI')
  await toolButton(page, 'Tag all').click()
  const dialog = page.getByRole('dialog', { name: 'Tag all “OpenAI”' })
  await dialog.getByLabel('Tag them as').selectOption({ label: 'Organisation' })
  await expect(dialog.getByText('2 occurrences found.')).toBeVisible()
  await dialog.getByRole('button', { name: 'Tag 2 mentions' }).click()
  const file = await onDisk(library, (f) => expect(f.annotations).toHaveLength(2))
  expect(entityNamed(file, 'OpenAI').type).toBe('organisation')
  for (const a of file.annotations) expectQuotes(file, a, 'OpenAI')

  // Entity and mentions go back together.
  await page.keyboard.press('Control+z')
  await onDisk(library, (f) => {
    expect(f.annotations).toHaveLength(0)
    expect(f.entities).toHaveLength(0)
  })
})

test('every entity type has a button showing its key, and each key tags with its type', async ({
  page,
  library
}) => {
  await openSample(page)
  const cases: [string, string, string, string][] = [
    ['Person', 'P', 'Alexandr Wang', 'person'],
    ['Organisation', 'O', 'Scale AI', 'organisation'],
    ['Place', 'L', 'Google', 'place'],
    ['Money', 'M', '14,3 milliards de dollars', 'money'],
    ['Percentage', 'C', '49 %', 'percentage'],
    ['Date', 'D', 'mai 2024', 'date'],
    ['Product', 'R', 'WhatsApp', 'product'],
    ['Event', 'E', 'la course à l’IA', 'event'],
    ['Other', 'X', 'superintelligence', 'other']
  ]
  for (const [name, key, text, type] of cases) {
    const button = toolButton(page, name)
    await expect(button).toHaveAttribute('aria-keyshortcuts', key)
    await expect(button).toHaveAttribute('title', `Tag the selection as: ${name} (${key})`)
    await expect(button.locator('kbd')).toHaveText(key)
    await selectText(page, text)
    await page.keyboard.press(key.toLowerCase())
    await onDisk(library, (f) => expect(f.entities.find((e) => e.name === text)?.type).toBe(type))
  }
  const file = await scaleAiFile(library)
  expect(file.annotations).toHaveLength(cases.length)
  expectAllAnchored(file)
  // Money and percentages carry their normalised value.
  const money = entityNamed(file, '14,3 milliards de dollars') as unknown as { value?: unknown }
  expect(money.value).toEqual({ kind: 'money', amount: 14.3e9, currency: 'USD' })
})
