/**
 * Issue 2: importing .txt, .md and .html files. Good files become articles on disk; a hostile
 * page's scripts never run; binary and oversized files are refused with a clear message and
 * write nothing.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { TestInfo } from '@playwright/test'
import { MAX_IMPORT_BYTES } from '../../src/shared/contract'
import { articleTitled, filesIn } from './support/disk'
import { expect, test } from './support/host'
import { articleButton, articleView, blocks, importInput } from './support/ui'

const FIXTURES = join(import.meta.dirname, 'fixtures')

const GOOD_FILES = [
  {
    file: 'council-budget.txt',
    format: 'txt',
    blocks: [
      { type: 'headline', text: 'City council adopts a 2.4 billion dollar budget' },
      {
        type: 'paragraph',
        text: "The council voted 11 to 4 on Tuesday evening to adopt next year's operating budget, after a debate that ran past midnight."
      },
      {
        type: 'paragraph',
        text: '"This budget keeps every library branch open," said the mayor, Ana Ribeiro, speaking to reporters after the vote.'
      },
      {
        type: 'paragraph',
        text: 'The opposition called the spending on road repairs insufficient and promised to raise it again in the spring.'
      }
    ]
  },
  {
    file: 'harbour-cleanup.md',
    format: 'md',
    blocks: [
      { type: 'headline', text: 'Harbour clean-up ahead of schedule' },
      {
        type: 'paragraph',
        text: 'The port authority says 80 % of the contaminated sediment has been removed, six months early.'
      },
      { type: 'heading', text: 'What comes next' },
      {
        type: 'paragraph',
        text: 'Dredging resumes in March, according to a press release from the authority.'
      },
      {
        type: 'paragraph',
        text: '"We expect the harbour to reopen to swimmers by 2027," said Dr. Ines Kowalski, the project\'s lead engineer.'
      }
    ]
  },
  {
    file: 'wind-farm.html',
    format: 'html',
    blocks: [
      { type: 'headline', text: 'Offshore wind farm approved after three-year review' },
      {
        type: 'paragraph',
        text: 'Regulators approved a 1.2 gigawatt wind farm off the northern coast on Monday.'
      },
      {
        type: 'paragraph',
        text: 'The developer, Northwind Energy, expects construction to begin next summer and to employ 900 people.'
      },
      { type: 'heading', text: 'Fishing groups object' },
      {
        type: 'paragraph',
        text: 'Local fishing cooperatives say the turbines will close traditional fishing grounds & plan to appeal.'
      }
    ]
  }
]

for (const good of GOOD_FILES) {
  test(`imports ${good.file} as an article on disk`, async ({ page, library }) => {
    const title = good.blocks[0].text
    await importInput(page).setInputFiles(join(FIXTURES, good.file))
    await expect(articleButton(page, title)).toHaveAttribute('aria-current', 'page')
    await expect(articleView(page).getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(blocks(page, 'paragraph')).toHaveText(
      good.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text)
    )
    await expect(blocks(page, 'heading')).toHaveCount(
      good.blocks.filter((b) => b.type === 'heading').length
    )

    const saved = await articleTitled(library, title)
    expect(saved.blocks).toEqual(good.blocks)
    expect(saved.article.origin).toMatchObject({
      kind: 'import',
      fileName: good.file,
      format: good.format
    })
  })
}

test('a hostile HTML file is imported as text only: none of its scripts run', async ({
  page,
  library
}) => {
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  const titleBefore = await page.title()

  await importInput(page).setInputFiles(join(FIXTURES, 'hostile.html'))
  const headline = 'Mayor denies wrongdoing in procurement case'
  await expect(articleView(page).getByRole('heading', { level: 1 })).toHaveText(headline)
  const view = articleView(page)
  // The escaped markup in the page's text stays visible text, not markup.
  await expect(view).toContainText(
    "<script>window.__pwned = 'escaped text'</script> appeared in the court filing"
  )
  await view.getByText('public', { exact: false }).first().hover()
  // Event handlers (img onerror, onload) would fire asynchronously: give them the chance.
  await page.waitForTimeout(500)

  expect(await page.evaluate('typeof window.__pwned')).toBe('undefined')
  expect(await page.title()).toBe(titleBefore)
  expect(requests.filter((url) => url.includes('pwned'))).toEqual([])
  for (const selector of [
    'script',
    'iframe',
    'object',
    'embed',
    'svg script',
    'a[href^="javascript:"]'
  ]) {
    await expect(view.locator(selector), selector).toHaveCount(0)
  }
  for (const attribute of ['onerror', 'onload', 'onmouseover']) {
    await expect(page.locator(`body [${attribute}]`), attribute).toHaveCount(0)
  }
  const saved = await articleTitled(library, headline)
  expect(JSON.stringify(saved.blocks)).not.toMatch(/onerror|onload|javascript:|<iframe|<svg/)
  expect(saved.blocks.map((b) => b.text)).toContain(
    'Investigators seized documents at city hall last month.'
  )
})

/** Writes a file for the picker; paths are much faster than buffers for large files. */
async function fileFor(testInfo: TestInfo, name: string, bytes: Buffer): Promise<string> {
  const path = testInfo.outputPath(name)
  await writeFile(path, bytes)
  return path
}

test('a binary file is refused with a clear message and writes nothing', async ({
  page,
  library
}, testInfo) => {
  const before = await filesIn(library, 'articles')
  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52
  ])
  await importInput(page).setInputFiles(await fileFor(testInfo, 'scan.txt', png))
  const alert = page.getByRole('alert').filter({ hasText: 'scan.txt' })
  await expect(alert).toBeVisible()
  await expect(alert).toContainText(/binary/i)
  await expect(articleButton(page, 'scan.txt')).toHaveCount(0)
  expect(await filesIn(library, 'articles')).toEqual(before)
})

test('an oversized file is refused with a clear message and writes nothing', async ({
  page,
  library
}, testInfo) => {
  const before = await filesIn(library, 'articles')
  const huge = Buffer.alloc(MAX_IMPORT_BYTES + 1024, 'a')
  await importInput(page).setInputFiles(await fileFor(testInfo, 'huge.txt', huge))
  const alert = page.getByRole('alert').filter({ hasText: 'huge.txt' })
  await expect(alert).toBeVisible({ timeout: 15_000 })
  await expect(alert).toContainText(/too large|larger than|largest file|5(\.0)? MB/i)
  expect(await filesIn(library, 'articles')).toEqual(before)
})
