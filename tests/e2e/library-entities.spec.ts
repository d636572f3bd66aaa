/**
 * One registry of entities for the library. Jason Droege tagged in the sample article is
 * offered by the link picker (K) in a second article; renaming him once from his entity page
 * renames him in both article files on disk; "Droege", tagged as a separate person in both
 * articles, merged into him from its entity page, moves its mentions in both files.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { ARTICLE_SCHEMA_VERSION, type ArticleFile } from '../../src/shared/model'
import { expect, test } from './support/host'
import { openSample, readingView, selectText, toolButton } from './annotate.helpers'
import { libraryPane } from './support/ui'

test.describe.configure({ timeout: 120_000 })

const SECOND = 'Droege répond aux clients'
const SECOND_TEXT = 'Jason Droege a répondu aux clients. Droege a insisté sur l’indépendance.'

/** A second article, older than the sample so the sample still opens first. */
function secondArticle(): ArticleFile {
  const at = '2020-01-01T00:00:00.000Z'
  return {
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    article: {
      id: 'droege-suite',
      title: SECOND,
      language: 'fr',
      origin: { kind: 'paste' },
      createdAt: at,
      updatedAt: at
    },
    blocks: [
      { type: 'headline', text: SECOND },
      { type: 'paragraph', text: SECOND_TEXT }
    ],
    entities: [],
    annotations: []
  }
}

/** Restarts the app with `file` added to the library's articles. */
async function restartWith(
  restart: (whileStopped?: () => Promise<void>) => Promise<Page>,
  library: string,
  file: ArticleFile
): Promise<Page> {
  return restart(async () => {
    await mkdir(join(library, 'articles'), { recursive: true })
    await writeFile(join(library, 'articles', `${file.article.id}.json`), JSON.stringify(file))
  })
}

/** Every article file on disk, by title. */
async function filesByTitle(library: string): Promise<Map<string, ArticleFile>> {
  const folder = join(library, 'articles')
  const files = new Map<string, ArticleFile>()
  for (const name of await readdir(folder)) {
    if (!name.endsWith('.json') || name.startsWith('.')) continue
    const file = JSON.parse(await readFile(join(folder, name), 'utf8')) as ArticleFile
    files.set(file.article.title, file)
  }
  return files
}

/** Waits until `check` holds for both article files on disk. */
async function bothFiles(
  library: string,
  check: (sample: ArticleFile, second: ArticleFile) => void
): Promise<[ArticleFile, ArticleFile]> {
  let last: [ArticleFile, ArticleFile] | null = null
  await expect
    .poll(
      async () => {
        const files = await filesByTitle(library)
        const second = files.get(SECOND)
        const sample = [...files.values()].find((f) => f.article.title !== SECOND)
        if (!sample || !second) return 'missing'
        last = [sample, second]
        try {
          check(sample, second)
          return true
        } catch (error) {
          return String(error)
        }
      },
      { timeout: 15_000 }
    )
    .toBe(true)
  return last!
}

/** The entity of a file a mention of `text` points at. */
function entityOfMention(file: ArticleFile, text: string) {
  const mention = file.annotations.find((a) => a.kind === 'mention' && a.target.exact === text)
  if (!mention || mention.kind !== 'mention') throw new Error(`no mention of ${text}`)
  const entity = file.entities.find((e) => e.id === mention.entityId)
  if (!entity) throw new Error(`the mention of ${text} names no entity`)
  return entity
}

async function openEntityPage(page: Page, query: string, name: string) {
  const search = libraryPane(page).getByRole('searchbox', { name: 'Search the library' })
  await search.fill(query)
  await libraryPane(page)
    .getByRole('region', { name: 'Search results' })
    .getByRole('button', { name: `Everything about ${name}` })
    .first()
    .click()
  const dialog = page.getByRole('dialog', { name })
  await expect(dialog).toBeVisible()
  return dialog
}

test('an entity made in one article is offered in the next, renamed and merged once for both', async ({
  page,
  library,
  restart
}, testInfo) => {
  await openSample(page)
  page = await restartWith(restart, library, secondArticle())
  await openSample(page)

  // Article 1: Jason Droege, and "Droege" alone as another person.
  await selectText(page, 'Jason Droege', { block: 'standfirst' })
  await page.keyboard.press('p')
  await expect(page.getByText('Tagged “Jason Droege” as Person.')).toBeVisible()
  await selectText(page, 'Droege', { block: 'standfirst', nth: 1 })
  await page.keyboard.press('p')
  await expect(page.getByText('Tagged “Droege” as Person.')).toBeVisible()

  // Article 2: the picker offers the person made in article 1.
  await libraryPane(page).getByRole('button', { name: SECOND, exact: true }).click()
  await expect(readingView(page).getByRole('heading', { level: 1 })).toHaveText(SECOND)
  await selectText(page, 'Jason Droege')
  await page.keyboard.press('k')
  const link = page.getByRole('dialog', { name: 'Link to an entity' })
  await link.getByRole('combobox', { name: 'Entity' }).fill('jas')
  await expect(link.getByRole('option', { name: 'Jason Droege (Person)' })).toBeVisible()
  await link.getByRole('combobox', { name: 'Entity' }).press('Enter')
  await link.getByRole('button', { name: 'Link', exact: true }).click()
  await expect(link).toBeHidden()
  // "Droege" alone: after the headline's and the one in "Jason Droege".
  await selectText(page, 'Droege', { nth: 2 })
  await toolButton(page, 'Person').click()

  const [sample0, second0] = await bothFiles(library, (sample, second) => {
    expect(second.annotations).toHaveLength(2)
    expect(entityOfMention(second, 'Jason Droege').registryId).toBe(
      entityOfMention(sample, 'Jason Droege').registryId
    )
    expect(entityOfMention(second, 'Droege').registryId).toBe(
      entityOfMention(sample, 'Droege').registryId
    )
  })
  const jason = entityOfMention(sample0, 'Jason Droege').registryId!
  const droege = entityOfMention(second0, 'Droege').registryId!
  expect(jason).not.toBe(droege)

  // Rename once, from the entity page: both files on disk follow.
  const pageOfJason = await openEntityPage(page, 'jason droege', 'Jason Droege')
  await pageOfJason.getByRole('button', { name: 'Edit in every article' }).click()
  await pageOfJason.getByRole('textbox', { name: 'Name', exact: true }).fill('Jason R. Droege')
  await pageOfJason
    .getByRole('textbox', { name: 'Description' })
    .fill('PDG intérimaire de Scale AI')
  await pageOfJason.getByRole('button', { name: 'Save in every article' }).click()
  // The page follows him under his new name.
  const renamed = page.getByRole('dialog', { name: 'Jason R. Droege' })
  await expect(renamed.getByRole('status')).toHaveText('Changed in 2 articles.')
  await expect(renamed.getByText('PDG intérimaire de Scale AI', { exact: true })).toBeVisible()
  await bothFiles(library, (sample, second) => {
    for (const file of [sample, second]) {
      const copy = entityOfMention(file, 'Jason Droege')
      expect(copy).toMatchObject({ name: 'Jason R. Droege', registryId: jason })
      expect(copy.description).toBe('PDG intérimaire de Scale AI')
      expect(copy.aliases).toContain('Jason Droege')
    }
  })
  await renamed.getByRole('button', { name: 'Close' }).click()

  // Merge "Droege" into him: the mentions of "Droege" in both files move.
  const pageOfDroege = await openEntityPage(page, 'droege', 'Droege')
  await pageOfDroege.getByRole('button', { name: 'Merge into…' }).click()
  const picker = pageOfDroege.getByRole('combobox', { name: 'The entity it is the same as' })
  await picker.fill('jason')
  await expect(pageOfDroege.getByRole('option', { name: 'Jason R. Droege (Person)' })).toBeVisible()
  await testInfo.attach('merge form', {
    body: await pageOfDroege.screenshot(),
    contentType: 'image/png'
  })
  await picker.press('Enter')
  await pageOfDroege.getByRole('button', { name: 'Merge', exact: true }).click()
  const merged = page.getByRole('dialog', { name: 'Jason R. Droege' })
  await expect(merged.getByRole('status')).toHaveText('Changed in 2 articles.')
  await bothFiles(library, (sample, second) => {
    for (const file of [sample, second]) {
      expect(entityOfMention(file, 'Droege')).toMatchObject({
        name: 'Jason R. Droege',
        registryId: jason
      })
      expect(file.entities.some((e) => e.registryId === droege)).toBe(false)
      expect(file.annotations.filter((a) => a.kind === 'mention')).toHaveLength(2)
    }
  })
  // The page of the merged entity now shows every mention, from both articles.
  await expect(merged.getByRole('region', { name: 'Mentions' }).getByRole('listitem')).toHaveCount(
    4
  )
  await testInfo.attach('entity page after the merge', {
    body: await merged.screenshot(),
    contentType: 'image/png'
  })
})

/** The registry on disk (`entities.json`): its records. */
async function registryRecords(library: string): Promise<{ id: string; name: string }[]> {
  try {
    const text = await readFile(join(library, 'entities.json'), 'utf8')
    return (JSON.parse(text) as { entities: { id: string; name: string }[] }).entities
  } catch {
    return []
  }
}

test('an entity tagged in an open article is linked at once: edited without reopening, it changes in the library, and another open article offers it', async ({
  page,
  library,
  restart
}) => {
  await openSample(page)
  page = await restartWith(restart, library, secondArticle())
  // Another window, open on the second article before the person exists anywhere.
  const other = await page.context().newPage()
  await other.goto(page.url())
  await libraryPane(other).getByRole('button', { name: SECOND, exact: true }).click()
  await expect(readingView(other).getByRole('heading', { level: 1 })).toHaveText(SECOND)

  await openSample(page)
  await selectText(page, 'Jason Droege', { block: 'standfirst' })
  await page.keyboard.press('p')
  await expect(page.getByText('Tagged “Jason Droege” as Person.')).toBeVisible()
  await expect
    .poll(async () => (await registryRecords(library)).map((r) => r.name), { timeout: 10_000 })
    .toContain('Jason Droege')
  const [record] = (await registryRecords(library)).filter((r) => r.name === 'Jason Droege')

  // Edited in the same editor, never reopened: the change is the library's, for every article.
  await page.getByRole('tab', { name: 'Entities' }).click()
  await page.getByRole('button', { name: 'Edit Jason Droege', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit entity' })
  await dialog.getByLabel('Canonical name').fill('Jason R. Droege')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  await expect
    .poll(async () => (await registryRecords(library)).filter((r) => /Droege/.test(r.name)), {
      timeout: 10_000
    })
    .toEqual([expect.objectContaining({ id: record.id, name: 'Jason R. Droege' })])

  // The other open article's picker offers him, under the library's name.
  await selectText(other, 'Jason Droege')
  await other.keyboard.press('k')
  const link = other.getByRole('dialog', { name: 'Link to an entity' })
  await link.getByRole('combobox', { name: 'Entity' }).fill('jas')
  await expect(link.getByRole('option', { name: 'Jason R. Droege (Person)' })).toBeVisible()
  await other.close()
})

test('Split off… moves the mentions chosen in any article to a new entity, in the registry and every file', async ({
  page,
  library,
  restart
}, testInfo) => {
  await openSample(page)
  // The second article names him twice; the second "Droege" is someone else.
  const file = secondArticle()
  const text = `${SECOND}\n\n${SECOND_TEXT}`
  const mention = (id: string, exact: string, from: number) => {
    const start = text.indexOf(exact, from)
    return {
      id,
      kind: 'mention' as const,
      entityId: 'jd',
      target: { start, end: start + exact.length, exact, prefix: '', suffix: '' },
      orphaned: false,
      createdBy: 'test',
      createdAt: file.article.createdAt,
      updatedBy: 'test',
      updatedAt: file.article.createdAt
    }
  }
  const paragraph = text.indexOf(SECOND_TEXT)
  file.entities = [{ id: 'jd', type: 'person', name: 'Jason Droege', aliases: [] }]
  file.annotations = [
    mention('m1', 'Jason Droege', paragraph),
    mention('m2', 'Droege', text.indexOf('Droege a insisté'))
  ]
  page = await restartWith(restart, library, file)
  await openSample(page)
  await selectText(page, 'Jason Droege', { block: 'standfirst' })
  await page.keyboard.press('p')
  await expect(page.getByText('Tagged “Jason Droege” as Person.')).toBeVisible()
  const [sample0] = await bothFiles(library, (sample) =>
    expect(entityOfMention(sample, 'Jason Droege').registryId).toBeTruthy()
  )
  const jason = entityOfMention(sample0, 'Jason Droege').registryId!

  const pageOfJason = await openEntityPage(page, 'jason droege', 'Jason Droege')
  await pageOfJason.getByRole('button', { name: 'Split off…' }).click()
  // Each choice starts with its own words, then the passage around them.
  await pageOfJason
    .getByRole('group', { name: SECOND })
    .getByRole('checkbox', { name: /^Droege — / })
    .check()
  await pageOfJason
    .getByRole('textbox', { name: 'Name of the other entity' })
    .fill('Jason Droege (homonyme)')
  await pageOfJason.screenshot({ path: testInfo.outputPath('split-form.png') })
  await pageOfJason.getByRole('button', { name: 'Split off', exact: true }).click()
  await expect(pageOfJason.getByRole('status')).toHaveText('Changed in 1 article.')

  await bothFiles(library, (sample, second) => {
    const other = entityOfMention(second, 'Droege')
    expect(other).toMatchObject({ name: 'Jason Droege (homonyme)' })
    expect(other.registryId).not.toBe(jason)
    expect(entityOfMention(second, 'Jason Droege').registryId).toBe(jason)
    expect(entityOfMention(sample, 'Jason Droege').registryId).toBe(jason)
    expect(second.annotations).toHaveLength(2)
  })
  const records = await registryRecords(library)
  expect(records.map((r) => r.name)).toEqual(
    expect.arrayContaining(['Jason Droege', 'Jason Droege (homonyme)'])
  )
})
