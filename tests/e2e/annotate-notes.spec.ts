/**
 * Issue 3, step 4: source notes. N on a selection opens the note dialog: the note, the kind
 * of source, a title, a URL (only http and https: anything else is a field error and nothing
 * is saved) and the date consulted. A span can carry several notes.
 */
import { expect, test } from './support/host'
import {
  drawn,
  expectQuotes,
  onDisk,
  openSample,
  readingView,
  selectText,
  toolButton
} from './annotate.helpers'

// Long flows, many writes to disk: room for a busy machine.
test.describe.configure({ timeout: 90_000 })

const SPAN = '14,3 milliards de dollars'

test('N adds a source note; a non-http URL is refused in place; a span carries two notes', async ({
  page,
  library
}) => {
  await openSample(page)
  await selectText(page, SPAN, { block: 'standfirst' })
  await page.keyboard.press('n')

  const dialog = page.getByRole('dialog', { name: 'Source note' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('blockquote')).toHaveText(SPAN)
  await expect(dialog.getByLabel('Note')).toBeFocused()
  await dialog.getByLabel('Note').fill('Montant confirmé par le communiqué conjoint du 12 juin.')
  await dialog.getByLabel('Kind of source').selectOption({ label: 'Press release' })
  await dialog.getByLabel('Title').fill('Meta et Scale AI annoncent un partenariat')
  const url = dialog.getByLabel('URL')
  await url.fill('javascript:alert(1)')
  await dialog.getByLabel('Consulted on').fill('2025-06-20')
  await dialog.getByRole('button', { name: 'Save source note' }).click()

  // Refused in place: the field says why, the dialog stays, nothing is written.
  await expect(dialog).toBeVisible()
  await expect(url).toHaveAttribute('aria-invalid', 'true')
  await expect(url).toBeFocused()
  await expect(dialog.getByText('Only http and https addresses are accepted')).toBeVisible()
  await url.fill('ftp://files.example.org/memo.pdf')
  await dialog.getByRole('button', { name: 'Save source note' }).click()
  await expect(url).toHaveAttribute('aria-invalid', 'true')
  await url.fill('https://about.fb.com/news/2025/06/scale-ai/')
  await expect(url).not.toHaveAttribute('aria-invalid', 'true')
  await dialog.getByRole('button', { name: 'Save source note' }).click()
  await expect(dialog).toBeHidden()

  // A second note on the same words, from the toolbar.
  await expect(toolButton(page, 'Source note')).toBeEnabled()
  await toolButton(page, 'Source note').click()
  const second = page.getByRole('dialog', { name: 'Source note' })
  await second.getByLabel('Note').fill('Entretien avec un porte-parole de Scale AI.')
  await second.getByLabel('Kind of source').selectOption({ label: 'Interview' })
  await second.getByLabel('URL').fill('http://example.org/entretien')
  await second.getByRole('button', { name: 'Save source note' }).click()
  await expect(second).toBeHidden()

  await expect
    .poll(async () => (await drawn(page, 'source-note')).map((d) => d.text))
    .toEqual([SPAN, SPAN])
  const file = await onDisk(library, (f) => expect(f.annotations).toHaveLength(2))
  const [memo, interview] = file.annotations
  for (const note of file.annotations) {
    expect(note.kind).toBe('source-note')
    expectQuotes(file, note, SPAN)
  }
  expect(memo).toMatchObject({
    text: 'Montant confirmé par le communiqué conjoint du 12 juin.',
    sourceKind: 'press-release',
    title: 'Meta et Scale AI annoncent un partenariat',
    url: 'https://about.fb.com/news/2025/06/scale-ai/',
    consultedAt: '2025-06-20'
  })
  expect(interview).toMatchObject({
    sourceKind: 'interview',
    url: 'http://example.org/entretien'
  })
  // The consulted date defaults to today.
  expect(interview.consultedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  // The margin marker of each note sits on the last character of the span.
  await expect(readingView(page).locator('[data-ann-marker="note-end"]')).toHaveCount(2)
})

test('every kind of source can be chosen, and Escape cancels without saving', async ({
  page,
  library
}) => {
  await openSample(page)
  await selectText(page, 'Llama 4')
  await page.keyboard.press('n')
  const dialog = page.getByRole('dialog', { name: 'Source note' })
  const kinds = dialog.getByLabel('Kind of source').locator('option')
  await expect(kinds).toHaveText([
    'Document',
    'Interview',
    'Press release',
    'Filing',
    'Web page',
    'Social post',
    'Other'
  ])
  await dialog.getByLabel('Note').fill('not kept')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(readingView(page)).toBeFocused()
  // Nothing was written: the file still has no annotation.
  await page.waitForTimeout(800)
  await onDisk(library, (f) => expect(f.annotations).toHaveLength(0))
})
