/**
 * `npm run export -- --format claimreview`: the organisation comes from the library's settings
 * (or --organisation), the article's address from --url; without them nothing is written and
 * the message says what is missing.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newClaim, targetOf } from '../../src/shared/annotations/factory'
import { defaultLibrarySettings } from '../../src/shared/model'
import { exportNative, importNative } from '../../src/shared/export/native'
import { plainText } from '../../src/shared/text'
import { runExport } from '../../scripts/cli/exportCommand'
import { FIXTURE_PATH } from '../../scripts/fixture/scaleAiMeta'

const CLAIM = 'représente le deuxième plus important investissement de Meta'
const URL = 'https://news.example.org/scale-ai-meta'
let dir = ''

function run(args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = runExport(args, { out: (l) => out.push(l), err: (l) => err.push(l) })
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsroom-claimreview-'))
  const article = importNative(
    readFileSync(resolve(import.meta.dirname, '../..', FIXTURE_PATH), 'utf8')
  )
  const text = plainText(article.blocks)
  const start = [...text.slice(0, text.indexOf(CLAIM))].length
  const claim = newClaim(
    targetOf(text, { start, end: start + [...CLAIM].length }),
    { verdict: 'mostly-true', status: 'verified' },
    { author: 'Ana', id: 'claim-second' }
  )
  const file = { ...article, annotations: [...article.annotations, claim] }
  mkdirSync(join(dir, 'library', 'articles'), { recursive: true })
  writeFileSync(join(dir, 'library', 'articles', 'scale-ai-meta.json'), JSON.stringify(file))
  writeFileSync(
    join(dir, 'library', 'library.json'),
    JSON.stringify({ ...defaultLibrarySettings(), organisationName: 'Le Desk Vérif' })
  )
  writeFileSync(join(dir, 'claim.newsroom.json'), exportNative(file))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('npm run export -- --format claimreview', () => {
  it('signs the reviews with the library’s organisation', () => {
    const out = join(dir, 'from-library.jsonld')
    const args = ['--library', join(dir, 'library'), '--article', 'scale-ai-meta']
    const result = run([...args, '--format', 'claimreview', '--url', URL, '--out', out])
    expect(result.code).toBe(0)
    const [review] = JSON.parse(readFileSync(out, 'utf8'))
    expect(review).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: CLAIM,
      author: { name: 'Le Desk Vérif' },
      reviewRating: { alternateName: 'Plutôt vrai' }
    })
  })

  it('asks for the organisation of a file outside a library, and writes nothing without it', () => {
    const out = join(dir, 'from-file.jsonld')
    const input = ['--in', join(dir, 'claim.newsroom.json'), '--format', 'claimreview']
    const refused = run([...input, '--url', URL, '--out', out])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('organisation: is empty')
    expect(existsSync(out)).toBe(false)
    expect(run([...input, '--url', URL, '--organisation', 'Desk', '--out', out]).code).toBe(0)
    expect(JSON.parse(readFileSync(out, 'utf8'))[0].author.name).toBe('Desk')
    expect(run([...input, '--organisation', 'Desk', '--out', out]).code).toBe(2)
  })
})
