/**
 * `npm run suggest` on temporary files: in-process over each input format, and once as the
 * real script a pipeline would spawn.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runSuggest } from '../../scripts/cli/suggestCommand'
import { FIXTURE_PATH } from '../../scripts/fixture/scaleAiMeta'
import type { SuggestionsDocument } from '@shared/suggest/document'

const root = resolve(import.meta.dirname, '../..')
let dir = ''

function run(args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = runSuggest(
    args,
    { out: (l) => out.push(l), err: (l) => err.push(l) },
    new Date('2025-06-20T09:00:00Z')
  )
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

const read = (path: string): SuggestionsDocument => JSON.parse(readFileSync(path, 'utf8'))

const ARTICLE =
  'Northwind buys a stake in Baltic Grid\n\nNorthwind Energy will pay $2.4bn for a 40% stake, which values Baltic Grid at $7bn. "This is the missing piece of our strategy," said Mette Lindholm on Monday.'

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'suggest-cli-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('npm run suggest', { timeout: 120_000 }, () => {
  it('writes the suggestions of a .txt article, dated by --date', () => {
    writeFileSync(join(dir, 'a.txt'), ARTICLE)
    const out = join(dir, 'a.json')
    const r = run(['--in', join(dir, 'a.txt'), '--out', out, '--date', '2025-06-18'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('1 quotes')
    const doc = read(out)
    expect(doc.format).toBe('newsroom-suggestions')
    expect(doc.language).toBe('en')
    expect(doc.quotes[0].speaker?.name).toBe('Mette Lindholm')
    expect(doc.entities.find((e) => e.type === 'date')?.value).toEqual({
      kind: 'date',
      date: '2025-06-16'
    })
    const [check] = doc.checks
    expect(check.verdict).toBe('disagrees')
    expect(check.explanation).toContain('6 billion dollars')
    expect([...doc.text].slice(check.spans[0].start, check.spans[0].end).join('')).toBe('$2.4bn')
  })

  it('reads .md and .html with the app’s importer, dated today by default', () => {
    writeFileSync(join(dir, 'b.md'), `# Headline\n\n${ARTICLE.split('\n\n')[1]}`)
    writeFileSync(
      join(dir, 'c.html'),
      `<html lang="fr"><body><h1>Titre</h1><p>« Nous ne vendrons jamais cette usine », a déclaré Jean Dupont en avril.</p></body></html>`
    )
    expect(run(['--in', join(dir, 'b.md'), '--out', join(dir, 'b.json')]).code).toBe(0)
    expect(read(join(dir, 'b.json')).articleDate).toBe('2025-06-20')
    expect(run(['--in', join(dir, 'c.html'), '--out', join(dir, 'c.json')]).code).toBe(0)
    const html = read(join(dir, 'c.json'))
    expect(html.language).toBe('fr')
    expect(html.article.title).toBe('Titre')
    expect(html.quotes[0].speaker?.name).toBe('Jean Dupont')
  })

  it('does not suggest again what a native export has annotated', () => {
    const out = join(dir, 'n.json')
    expect(run(['--in', resolve(root, FIXTURE_PATH), '--out', out]).code).toBe(0)
    const doc = read(out)
    expect(doc.quotes).toEqual([])
    expect(doc.entities).toEqual([])
  })

  it('refuses bad usage and unreadable input, writing nothing', () => {
    const out = join(dir, 'never.json')
    expect(run(['--in', join(dir, 'a.txt')]).code).toBe(2)
    expect(run(['--in', join(dir, 'a.txt'), '--out', out, '--date', 'June']).code).toBe(2)
    const missing = run(['--in', join(dir, 'missing.txt'), '--out', out])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('does not exist')
    writeFileSync(join(dir, 'x.pdf'), 'not an article')
    expect(run(['--in', join(dir, 'x.pdf'), '--out', out]).stderr).toContain('not a file type')
    writeFileSync(
      join(dir, 'w3c.json'),
      JSON.stringify({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'AnnotationCollection'
      })
    )
    expect(run(['--in', join(dir, 'w3c.json'), '--out', out]).stderr).toContain('W3C')
    expect(existsSync(out)).toBe(false)
  })

  it('runs as the real script', () => {
    const out = join(dir, 'spawned.json')
    const result = spawnSync(
      resolve(root, 'node_modules/.bin/tsx'),
      [
        '--tsconfig',
        resolve(root, 'tsconfig.json'),
        resolve(root, 'scripts/suggest.ts'),
        '--in',
        join(dir, 'a.txt'),
        '--out',
        out,
        '--date',
        '2025-06-18'
      ],
      { cwd: dir, encoding: 'utf8', timeout: 60_000 }
    )
    expect(result.status).toBe(0)
    expect(read(out).quotes).toHaveLength(1)
  })
})
