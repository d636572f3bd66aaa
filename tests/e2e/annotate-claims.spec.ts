/**
 * Claims: V on a selection marks a claim to check. The dialog takes the status, the verdict
 * (true, mostly true, misleading, false, unverifiable), the rationale and the source notes
 * that back it; "What's here" edits it. Everything is checked in the article's file on disk.
 */
import { expect, test } from './support/host'
import { drawn, expectQuotes, onDisk, openSample, selectText, toolButton } from './annotate.helpers'

// Long flows, many writes to disk: room for a busy machine.
test.describe.configure({ timeout: 90_000 })

const CLAIM = 'représente le deuxième plus important investissement de Meta'
const NOTE_ON = 'une note adressée à la mi-juin aux clients, employés et investisseurs'

test('V marks a claim with a verdict backed by a source note; What’s here changes the verdict', async ({
  page,
  library
}) => {
  await openSample(page)
  await expect(toolButton(page, 'Claim')).toBeVisible()

  // A source note first, for the claim to cite.
  await selectText(page, NOTE_ON)
  await page.keyboard.press('n')
  const note = page.getByRole('dialog', { name: 'Source note' })
  await note.getByLabel('Title').fill('Note de Jason Droege, mi-juin 2025')
  await note.getByRole('button', { name: 'Save source note' }).click()
  await expect(note).toBeHidden()

  await selectText(page, CLAIM)
  await page.keyboard.press('v')
  const dialog = page.getByRole('dialog', { name: 'Claim to check' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('blockquote')).toHaveText(CLAIM)
  await dialog.getByRole('radio', { name: 'Verified', exact: true }).check()
  await dialog.getByRole('radio', { name: 'Mostly true', exact: true }).check()
  await dialog.getByLabel('Rationale').fill('Deuxième après WhatsApp (19 G$), par le montant.')
  await dialog.getByRole('checkbox', { name: 'Note de Jason Droege, mi-juin 2025' }).check()
  await dialog.getByRole('button', { name: 'Save claim' }).click()
  await expect(dialog).toBeHidden()

  await expect.poll(async () => (await drawn(page, 'claim')).map((d) => d.text)).toEqual([CLAIM])
  let file = await onDisk(library, (f) =>
    expect(f.annotations.filter((a) => a.kind === 'claim')).toHaveLength(1)
  )
  const noteId = file.annotations.find((a) => a.kind === 'source-note')!.id
  let claim = file.annotations.find((a) => a.kind === 'claim')!
  expectQuotes(file, claim, CLAIM)
  expect(claim).toMatchObject({
    status: 'verified',
    verdict: 'mostly-true',
    rationale: 'Deuxième après WhatsApp (19 G$), par le montant.',
    sourceNoteIds: [noteId],
    speakerId: null
  })

  // Edit through "What's here": the verdict becomes Misleading.
  await selectText(page, 'deuxième plus important')
  await page.keyboard.press('i')
  await page
    .getByRole('dialog', { name: 'Annotations here' })
    .getByRole('button', { name: /^Edit Claim/ })
    .click()
  const edit = page.getByRole('dialog', { name: 'Edit claim' })
  await expect(edit.getByRole('radio', { name: 'Mostly true', exact: true })).toBeChecked()
  await edit.getByRole('radio', { name: 'Misleading', exact: true }).check()
  await edit.getByRole('button', { name: 'Save claim' }).click()
  await expect(edit).toBeHidden()
  file = await onDisk(library, (f) =>
    expect(f.annotations.find((a) => a.kind === 'claim')?.verdict).toBe('misleading')
  )
  claim = file.annotations.find((a) => a.kind === 'claim')!
  expect(claim.sourceNoteIds).toEqual([noteId])
})
