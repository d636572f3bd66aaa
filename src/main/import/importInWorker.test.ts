import { describe, expect, it } from 'vitest'
import { AppError, MAX_IMPORT_BYTES } from '@shared/contract'
import { workerImportParser } from './importInWorker'
import { parseImport } from './parseImport'
import { nestedDivs, starRun } from './pathological.testkit'

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

/** Counts event-loop turns while `work` runs: a blocked main thread gets none. */
async function turnsDuring<T>(work: Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0
  let running = true
  const tick = (): void => {
    if (!running) return
    turns += 1
    setTimeout(tick, 10)
  }
  tick()
  const result = await work
  running = false
  return { result, turns }
}

// From the sources every worker loads its code through tsx: seconds on a busy machine.
describe('workerImportParser', { timeout: 30_000 }, () => {
  it('gives the same article as parsing in this thread', async () => {
    const parse = workerImportParser()
    const html = utf8(
      '<html lang="fr"><body><article><h1>Titre</h1><script>x=1</script><p>Texte &eacute;.</p>' +
        '</article></body></html>'
    )
    const markdown = utf8('# Titre\n\nUn *paragraphe* <script>alert(1)</script>.')
    expect(await parse('page.html', html)).toEqual(parseImport('page.html', html))
    expect(await parse('note.md', markdown)).toEqual(parseImport('note.md', markdown))
  })

  it('passes on the typed errors of parseImport', async () => {
    const parse = workerImportParser()
    const binary = await parse('x.txt', new Uint8Array([1, 0, 2]))
    expect(binary).toBeInstanceOf(AppError)
    expect((binary as AppError).code).toBe('unsupported')
    const big = await parse('big.txt', new Uint8Array(MAX_IMPORT_BYTES + 1))
    expect((big as AppError).code).toBe('too-large')
  })

  it.each([
    ['160,000 nested <div>', 'nested.html', nestedDivs(160_000)],
    ['a 2 MB run of "*a"', 'stars.md', starRun(2 * 1024 * 1024)]
  ])('refuses %s over budget while this thread keeps running', async (_label, name, text) => {
    const parse = workerImportParser({ timeBudgetMs: 1_000 })
    const { result, turns } = await turnsDuring(parse(name, utf8(text)))
    expect(result).toBeInstanceOf(AppError)
    expect((result as AppError).code).toBe('too-large')
    expect((result as AppError).message).toContain(`"${name}"`)
    // About 100 turns of 10 ms in the second the worker was given; a blocked thread gets 1.
    expect(turns).toBeGreaterThan(20)
  })

  it('parses files one after another beyond its concurrency, each within budget', async () => {
    const parse = workerImportParser({ concurrency: 1 })
    const names = ['a.txt', 'b.txt']
    const results = await Promise.all(names.map((n) => parse(n, utf8(`${n}\n\nTexte.`))))
    expect(results.map((r) => (r instanceof AppError ? r.code : r.title))).toEqual(names)
  })
})
