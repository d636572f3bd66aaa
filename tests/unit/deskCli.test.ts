/**
 * Tests of `npm run report` and `npm run queue` on temporary files: in-process runs of the
 * functions the scripts call, and one spawn of each real script as a pipeline would.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runQueue, QUEUE_CSV_HEADER } from '../../scripts/cli/queueCommand'
import { runReport } from '../../scripts/cli/reportCommand'
import { FIXTURE_PATH } from '../../scripts/fixture/scaleAiMeta'
import { parseCsv } from '../../src/shared/export/csvReader.testkit'
import { followUpArticle, scaleAiArticle } from './deskArticles'

const root = resolve(import.meta.dirname, '../..')
const tsx = resolve(root, 'node_modules/.bin/tsx')
let dir = ''
let library = ''

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsroom-desk-cli-'))
  library = join(dir, 'library')
  mkdirSync(join(library, 'articles'), { recursive: true })
  for (const file of [scaleAiArticle(), followUpArticle('needs-checking')]) {
    writeFileSync(join(library, 'articles', `${file.article.id}.json`), JSON.stringify(file))
  }
  writeFileSync(join(library, 'articles', 'broken.json'), '{ "schemaVersion": 1, ')
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

function run(command: 'report' | 'queue', args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const io = { out: (line: string) => out.push(line), err: (line: string) => err.push(line) }
  const code =
    command === 'report'
      ? runReport(args, io, () => new Date('2026-06-21T09:00:00Z'))
      : runQueue(args, io)
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

function spawnScript(script: 'report' | 'queue', args: string[]) {
  return spawnSync(
    tsx,
    ['--tsconfig', resolve(root, 'tsconfig.json'), resolve(root, `scripts/${script}.ts`), ...args],
    { cwd: dir, encoding: 'utf8', timeout: 60_000 }
  )
}

describe('npm run report', () => {
  it('writes the fixture’s report in French, with its quotes by speaker and sources', () => {
    const out = join(dir, 'report.fr.html')
    const result = run('report', [
      '--in',
      resolve(root, FIXTURE_PATH),
      '--out',
      out,
      '--language',
      'fr'
    ])
    expect(result).toMatchObject({ code: 0 })
    const html = readFileSync(out, 'utf8')
    expect(html).toContain('<html lang="fr">')
    expect(html).toContain('Citations par locuteur')
    expect(html).toContain('Jason Droege')
    expect(html.match(/<li id="S\d+">/g)).toHaveLength(7)
    expect(html).not.toMatch(/<script/i)
  })

  it('finds the article in a library, and refuses a bad language with the usage', () => {
    const out = join(dir, 'follow.html')
    expect(run('report', ['--library', library, '--article', 'follow-up', '--out', out]).code).toBe(
      0
    )
    expect(readFileSync(out, 'utf8')).toContain('Scale reste indépendante')
    const refused = run('report', ['--in', 'x.json', '--out', out, '--language', 'de'])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('--language must be en or fr')
  })

  it('runs as a script', () => {
    const out = join(dir, 'spawned.html')
    const result = spawnScript('report', ['--in', resolve(root, FIXTURE_PATH), '--out', out])
    expect(result.status).toBe(0)
    expect(readFileSync(out, 'utf8')).toContain('Quotes by speaker')
  }, 60_000)
})

describe('npm run queue', () => {
  it('lists what is still to check across the library as JSON, skipping a damaged file', () => {
    const result = run('queue', ['--library', library, '--format', 'json'])
    expect(result.code).toBe(0)
    const queue = JSON.parse(result.stdout) as { total: number; items: { articleId: string }[] }
    expect(queue.total).toBe(8)
    expect(new Set(queue.items.map((i) => i.articleId))).toEqual(
      new Set(['scale-ai-meta', 'follow-up'])
    )
    expect(result.stderr).toContain('broken.json')
  })

  it('writes CSV with a header and one row per item, and filters by status', () => {
    const out = join(dir, 'queue.csv')
    expect(run('queue', ['--library', library, '--format', 'csv', '--out', out]).code).toBe(0)
    const rows = parseCsv(readFileSync(out, 'utf8'))
    expect(rows[0]).toEqual([...QUEUE_CSV_HEADER])
    expect(rows.slice(1).filter((r) => r.length > 1)).toHaveLength(8)
    const verified = run('queue', [
      '--library',
      library,
      '--format',
      'json',
      '--status',
      'verified'
    ])
    expect(JSON.parse(verified.stdout).total).toBe(0)
    expect(run('queue', ['--library', library, '--format', 'xml']).code).toBe(2)
  })

  it('runs as a script', () => {
    const result = spawnScript('queue', ['--library', library, '--format', 'csv'])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('Scale reste indépendante')
  }, 60_000)
})
