/**
 * Tests of `npm run export` and `npm run reanchor` on temporary files: most cases run the
 * commands in-process (the same functions the scripts call, with the exit code and output
 * captured); the "end to end" ones spawn the real scripts, as a newsroom pipeline would.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importNative, parseNativeDocument } from '../../src/shared/export/native'
import { parseCsv } from '../../src/shared/export/csvReader.testkit'
import { runExport } from '../../scripts/cli/exportCommand'
import { runReanchor } from '../../scripts/cli/reanchorCommand'
import { FIXTURE_PATH } from '../../scripts/fixture/scaleAiMeta'

const root = resolve(import.meta.dirname, '../..')
const fixturePath = resolve(root, FIXTURE_PATH)
const fixture = readFileSync(fixturePath, 'utf8')
const tsx = resolve(root, 'node_modules/.bin/tsx')
let dir = ''

/** Runs one of the commands in-process; returns its exit code and output. */
function run(script: 'export' | 'reanchor', args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const io = { out: (line: string) => out.push(line), err: (line: string) => err.push(line) }
  const code = script === 'export' ? runExport(args, io) : runReanchor(args, io)
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

/** Spawns one of the real scripts with tsx; returns its exit code and output. */
function spawnScript(script: 'export' | 'reanchor', args: string[]) {
  const result = spawnSync(
    tsx,
    ['--tsconfig', resolve(root, 'tsconfig.json'), resolve(root, `scripts/${script}.ts`), ...args],
    {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000
    }
  )
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const withoutExportTime = (text: string) => text.replace(/"exportedAt": "[^"]+"/, '')

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsroom-cli-'))
  const library = join(dir, 'library', 'articles')
  mkdirSync(library, { recursive: true })
  const article = importNative(fixture)
  writeFileSync(join(library, 'scale-ai-meta.json'), JSON.stringify(article, null, 2))
  const other = {
    ...article,
    article: { ...article.article, id: 'other', title: 'Scale AI, la suite' }
  }
  writeFileSync(join(library, 'other.json'), JSON.stringify(other, null, 2))
  writeFileSync(join(library, 'damaged.json'), '{ not json')
})

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('npm run export', { timeout: 120_000 }, () => {
  it('re-exports the fixture in the native format identically but for the export time', () => {
    const out = join(dir, 'again.newsroom.json')
    const { code, stdout } = run('export', [
      '--in',
      fixturePath,
      '--format',
      'native',
      '--out',
      out
    ])
    expect(code).toBe(0)
    expect(stdout).toContain('80 annotations, 21 entities')
    expect(withoutExportTime(readFileSync(out, 'utf8'))).toBe(withoutExportTime(fixture))
  })

  it('exports W3C JSON-LD', () => {
    const out = join(dir, 'scale.jsonld')
    expect(run('export', ['--in', fixturePath, '--format', 'w3c', '--out', out]).code).toBe(0)
    const collection = JSON.parse(readFileSync(out, 'utf8'))
    expect(collection.type).toBe('AnnotationCollection')
    expect(collection.first.items).toHaveLength(80)
  })

  it('exports CSV into a folder or with a prefix', () => {
    const folder = join(dir, 'csv') + '/'
    expect(run('export', ['--in', fixturePath, '--format', 'csv', '--out', folder]).code).toBe(0)
    expect(parseCsv(readFileSync(join(folder, 'quotes.csv'), 'utf8'))).toHaveLength(1 + 7)
    expect(parseCsv(readFileSync(join(folder, 'entities.csv'), 'utf8'))).toHaveLength(1 + 66)
    const prefix = join(dir, 'scale-ai.csv')
    expect(run('export', ['--in', fixturePath, '--format', 'csv', '--out', prefix]).code).toBe(0)
    expect(existsSync(join(dir, 'scale-ai.quotes.csv'))).toBe(true)
    expect(existsSync(join(dir, 'scale-ai.entities.csv'))).toBe(true)
  })

  it('exports from a library by id, by title and by words of the title, skipping damaged files', () => {
    const library = join(dir, 'library')
    const byId = join(dir, 'by-id.newsroom.json')
    expect(
      run('export', [
        '--library',
        library,
        '--article',
        'scale-ai-meta',
        '--format',
        'native',
        '--out',
        byId
      ]).code
    ).toBe(0)
    expect(withoutExportTime(readFileSync(byId, 'utf8'))).toBe(withoutExportTime(fixture))
    const byTitle = join(dir, 'by-title.jsonld')
    const title = 'scale ai PROMET son indépendance malgré la participation de 14,3 G$ de Meta'
    expect(
      run('export', ['--library', library, '--article', title, '--format', 'w3c', '--out', byTitle])
        .code
    ).toBe(0)
    const byWords = join(dir, 'by-words.newsroom.json')
    expect(
      run('export', [
        '--library',
        library,
        '--article',
        'la suite',
        '--format',
        'native',
        '--out',
        byWords
      ]).code
    ).toBe(0)
    expect(parseNativeDocument(readFileSync(byWords, 'utf8')).article.id).toBe('other')
  })

  it('refuses an ambiguous or unknown article and lists the candidates', () => {
    const library = join(dir, 'library')
    const out = join(dir, 'never.json')
    const ambiguous = run('export', [
      '--library',
      library,
      '--article',
      'Scale AI',
      '--format',
      'native',
      '--out',
      out
    ])
    expect(ambiguous.code).toBe(1)
    expect(ambiguous.stderr).toContain('Several articles match')
    const unknown = run('export', [
      '--library',
      library,
      '--article',
      'Nothing like it',
      '--format',
      'native',
      '--out',
      out
    ])
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('scale-ai-meta')
    expect(existsSync(out)).toBe(false)
  })

  it('refuses invalid JSON, writes nothing and leaves an existing output alone', () => {
    const bad = join(dir, 'bad.newsroom.json')
    writeFileSync(bad, '{"format": "newsroom-annotations",')
    const out = join(dir, 'kept.jsonld')
    writeFileSync(out, 'previous content')
    const { code, stderr } = run('export', ['--in', bad, '--format', 'w3c', '--out', out])
    expect(code).toBe(1)
    expect(stderr).toContain('not valid JSON')
    expect(stderr).toContain('Nothing was written')
    expect(readFileSync(out, 'utf8')).toBe('previous content')
  })

  it('names schema violations with their JSON paths', () => {
    const json = JSON.parse(fixture)
    json.annotations[3].target.start = 'x'
    const bad = join(dir, 'violation.newsroom.json')
    writeFileSync(bad, JSON.stringify(json))
    const out = join(dir, 'violation.out.json')
    const { code, stderr } = run('export', ['--in', bad, '--format', 'native', '--out', out])
    expect(code).toBe(1)
    expect(stderr).toContain('$.annotations[3].target.start')
    expect(existsSync(out)).toBe(false)
  })

  it('rejects bad usage with exit code 2', () => {
    expect(
      run('export', ['--in', fixturePath, '--format', 'pdf', '--out', join(dir, 'x')]).code
    ).toBe(2)
    expect(run('export', ['--in', fixturePath, '--format', 'native']).code).toBe(2)
    expect(run('export', ['--bogus']).code).toBe(2)
  })
})

describe('npm run reanchor', { timeout: 120_000 }, () => {
  const article = importNative(fixture)
  const corrected = article.blocks
    .map((b) => b.text)
    .join('\n\n')
    .replace('environ 14 milliards de dollars', 'environ 13,8 milliards de dollars')
    .replace('Alexandr Wang, âgé de 28 ans,', 'Alexandr Wang, 28 ans,')
    .replace(
      ' Malgré cet investissement considérable, Meta n’a pas l’intention d’occuper un siège au conseil d’administration, ce qui renforce l’image d’indépendance de Scale.',
      ''
    )

  it('re-anchors a native file on a corrected text and prints the figures', () => {
    const text = join(dir, 'corrected.txt')
    writeFileSync(text, corrected)
    const out = join(dir, 'reanchored.newsroom.json')
    const { code, stdout } = run('reanchor', ['--in', fixturePath, '--text', text, '--out', out])
    expect(code).toBe(0)
    expect(stdout).toContain('77 exact, 1 fuzzy, 2 orphaned (of 80)')
    const doc = parseNativeDocument(readFileSync(out, 'utf8'))
    expect(doc.annotations.filter((a) => a.orphaned).map((a) => a.id)).toEqual([
      'mention-meta-09',
      'mention-scale-ai-10'
    ])
    expect(doc.text).toBe(corrected)
  })

  it('re-anchors a W3C file the same way', () => {
    const w3c = join(dir, 'for-reanchor.jsonld')
    expect(run('export', ['--in', fixturePath, '--format', 'w3c', '--out', w3c]).code).toBe(0)
    const text = join(dir, 'corrected.txt')
    writeFileSync(text, corrected)
    const out = join(dir, 'from-w3c.newsroom.json')
    const { code, stdout } = run('reanchor', ['--in', w3c, '--text', text, '--out', out])
    expect(code).toBe(0)
    expect(stdout).toContain('77 exact, 1 fuzzy, 2 orphaned (of 80)')
    const doc = parseNativeDocument(readFileSync(out, 'utf8'))
    expect(doc.article.id).toBe('scale-ai-meta')
    expect(doc.entities).toHaveLength(21)
  })

  it('refuses a missing text file and writes nothing', () => {
    const out = join(dir, 'none.newsroom.json')
    const { code, stderr } = run('reanchor', [
      '--in',
      fixturePath,
      '--text',
      join(dir, 'missing.txt'),
      '--out',
      out
    ])
    expect(code).toBe(1)
    expect(stderr).toContain('does not exist')
    expect(existsSync(out)).toBe(false)
  })
})

describe('end to end: the scripts themselves', { timeout: 180_000 }, () => {
  it('npm run export writes W3C JSON-LD', () => {
    const out = join(dir, 'via-npm.jsonld')
    const result = spawnSync(
      'npm',
      ['run', '-s', 'export', '--', '--in', fixturePath, '--format', 'w3c', '--out', out],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 60_000
      }
    )
    expect(result.status).toBe(0)
    expect(JSON.parse(readFileSync(out, 'utf8')).first.items).toHaveLength(80)
  })

  it('scripts/export.ts writes the two CSV files', () => {
    const { code, stdout } = spawnScript('export', [
      '--in',
      fixturePath,
      '--format',
      'csv',
      '--out',
      'e2e'
    ])
    expect(code).toBe(0)
    expect(stdout).toContain('e2e.quotes.csv')
    expect(parseCsv(readFileSync(join(dir, 'e2e.entities.csv'), 'utf8'))).toHaveLength(1 + 66)
  })

  it('scripts/export.ts exits non-zero on a bad file and writes nothing', () => {
    const bad = join(dir, 'e2e-bad.newsroom.json')
    writeFileSync(bad, '[1, 2')
    const { code, stderr } = spawnScript('export', [
      '--in',
      bad,
      '--format',
      'native',
      '--out',
      'e2e-out.json'
    ])
    expect(code).toBe(1)
    expect(stderr).toContain('not valid JSON')
    expect(existsSync(join(dir, 'e2e-out.json'))).toBe(false)
  })

  it('scripts/reanchor.ts prints the figures', () => {
    const text = join(dir, 'e2e-corrected.txt')
    writeFileSync(
      text,
      importNative(fixture)
        .blocks.map((b) => b.text)
        .join('\n\n')
        .replace('28 ans', '29 ans')
    )
    const { code, stdout } = spawnScript('reanchor', [
      '--in',
      fixturePath,
      '--text',
      text,
      '--out',
      'e2e.newsroom.json'
    ])
    expect(code).toBe(0)
    expect(stdout).toContain('79 exact, 1 fuzzy, 0 orphaned (of 80)')
    expect(
      parseNativeDocument(readFileSync(join(dir, 'e2e.newsroom.json'), 'utf8')).annotations
    ).toHaveLength(80)
  })
})
