/**
 * Issue 2: the library. The app opens on the sample article; articles are pasted, renamed and
 * moved to the trash, and everything is on disk as left after a restart.
 */
import { articleTitled, filesIn, titlesOnDisk } from './support/disk'
import { expect, test } from './support/host'
import {
  SCALE_AI_TITLE,
  articleButton,
  articleView,
  blocks,
  libraryPane,
  pasteArticle
} from './support/ui'

const STANDFIRST_START = 'Le PDG intérimaire de Scale AI, Jason Droege, a publiquement affirmé'
const FIRST_PARAGRAPH_START = 'Scale AI entend tracer sa propre voie'
const LAST_PARAGRAPH_START = 'Pour Scale AI, qui était évaluée à environ 14 milliards'

const RAIL = {
  title: 'Rail strike called off after overnight talks',
  paragraphs: [
    'Unions and the national operator reached an agreement at 4 a.m., the labour minister said.',
    'Trains will run normally from Thursday, although some regional lines may see delays.'
  ]
}

test('opens on the Scale AI article, set as headline, standfirst, six paragraphs and source', async ({
  page,
  library
}) => {
  const view = articleView(page)
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
  await expect(view.getByRole('heading', { level: 1 })).toHaveText(SCALE_AI_TITLE)
  await expect(blocks(page, 'headline')).toHaveCount(1)
  await expect(view.locator('p.standfirst')).toHaveCount(1)
  await expect(view.locator('p.standfirst')).toContainText(STANDFIRST_START)
  const paragraphs = view.locator('p[data-block="paragraph"]')
  await expect(paragraphs).toHaveCount(6)
  await expect(paragraphs.first()).toContainText(FIRST_PARAGRAPH_START)
  await expect(paragraphs.last()).toContainText(LAST_PARAGRAPH_START)
  await expect(view.locator('p.source')).toHaveCount(1)
  await expect(view.locator('p.source')).toContainText('Source')
  // The scrape's navigation junk is gone, and the duplicated headline is not a paragraph.
  const text = await view.innerText()
  for (const junk of ['menu', 'close', 'Latest News']) {
    expect(text.split('\n').map((line) => line.trim())).not.toContain(junk)
  }
  expect(text).not.toContain('Latest News')
  expect(text.split(SCALE_AI_TITLE).length - 1).toBe(1)
  await expect(articleButton(page, SCALE_AI_TITLE)).toHaveAttribute('aria-current', 'page')
  // And it is a real article file in the library.
  const sample = await articleTitled(library, SCALE_AI_TITLE)
  expect(sample.blocks.filter((b) => b.type === 'paragraph')).toHaveLength(6)

  // The page runs under the strict policy the build injects (no inline script or style).
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  expect(csp).toContain("default-src 'none'")
  expect(csp).toContain("script-src 'self'")
  expect(csp).not.toContain('unsafe-')

  // The README screenshot shows the annotated article: annotate-screenshot.spec.ts takes it.
})

test('a pasted article opens and is saved on disk with its blocks', async ({ page, library }) => {
  await pasteArticle(
    page,
    RAIL.title,
    [RAIL.title, '', ...RAIL.paragraphs.flatMap((p) => [p, ''])].join('\n')
  )
  await expect(articleButton(page, RAIL.title)).toHaveAttribute('aria-current', 'page')
  await expect(articleView(page).getByRole('heading', { level: 1 })).toHaveText(RAIL.title)
  await expect(blocks(page, 'paragraph')).toHaveText(RAIL.paragraphs)

  const saved = await articleTitled(library, RAIL.title)
  expect(saved.article.origin.kind).toBe('paste')
  expect(saved.blocks).toEqual([
    { type: 'headline', text: RAIL.title },
    ...RAIL.paragraphs.map((text) => ({ type: 'paragraph', text }))
  ])
  expect(await titlesOnDisk(library)).toEqual([RAIL.title, SCALE_AI_TITLE].sort())
})

test('rename and delete change the files on disk, and a restart finds everything as left', async ({
  page,
  library,
  restart
}) => {
  await pasteArticle(page, RAIL.title, [RAIL.title, '', ...RAIL.paragraphs].join('\n\n'))
  await expect(articleButton(page, RAIL.title)).toBeVisible()
  const second = 'Second article to delete'
  await pasteArticle(page, second, `${second}\n\nIt exists only to be moved to the trash.`)
  await expect(articleButton(page, second)).toBeVisible()
  const { fileName: railFile, article: rail } = await articleTitled(library, RAIL.title)

  // Rename: the list, the file on disk (same file, same id), nothing else touched.
  const renamed = 'Rail strike averted: deal reached overnight'
  await libraryPane(page)
    .getByRole('button', { name: `Rename ${RAIL.title}`, exact: true })
    .click()
  const renameDialog = page.getByRole('dialog')
  await renameDialog.getByLabel('Title').fill(renamed)
  await renameDialog.getByRole('button', { name: 'Rename', exact: true }).click()
  await expect(articleButton(page, renamed)).toBeVisible()
  await expect(articleButton(page, RAIL.title)).toHaveCount(0)
  await expect.poll(() => titlesOnDisk(library)).toEqual([renamed, second, SCALE_AI_TITLE].sort())
  const afterRename = await articleTitled(library, renamed)
  expect(afterRename.fileName).toBe(railFile)
  expect(afterRename.article.id).toBe(rail.id)

  // Delete asks first: nothing moves until "Move to trash" is pressed.
  const { fileName: secondFile } = await articleTitled(library, second)
  await libraryPane(page)
    .getByRole('button', { name: `Delete ${second}`, exact: true })
    .click()
  const confirm = page.getByRole('alertdialog').or(page.getByRole('dialog'))
  await expect(confirm).toBeVisible()
  expect(await filesIn(library, 'articles')).toContain(secondFile)
  expect(await filesIn(library, 'trash')).toEqual([])
  await confirm.getByRole('button', { name: 'Move to trash' }).click()
  await expect(articleButton(page, second)).toHaveCount(0)
  await expect.poll(() => filesIn(library, 'articles')).not.toContain(secondFile)
  const trash = await filesIn(library, 'trash')
  expect(trash).toHaveLength(1)
  expect(trash[0]).toContain(secondFile.replace(/\.json$/, ''))

  // A restart reads it all back from disk.
  const reopened = await restart()
  await expect(articleButton(reopened, renamed)).toBeVisible()
  await expect(articleButton(reopened, SCALE_AI_TITLE)).toBeVisible()
  await expect(articleButton(reopened, second)).toHaveCount(0)
  await expect(libraryPane(reopened).getByRole('listitem')).toHaveCount(2)
  await articleButton(reopened, renamed).click()
  await expect(articleButton(reopened, renamed)).toHaveAttribute('aria-current', 'page')
  await expect(blocks(reopened, 'paragraph')).toHaveText(RAIL.paragraphs)
})
