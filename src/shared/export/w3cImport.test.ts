import { describe, expect, it } from 'vitest'
import type { ArticleFile } from '../model'
import { articleFromNative, parseNativeDocument } from './native'
import { FormatError } from './problems'
import { ANNO_CONTEXT } from './w3cVocabulary'
import { exportW3c } from './w3cExport'
import { applyW3c, importW3c } from './w3cImport'
// The fixture as text, through Vite's ?raw import: src/shared tests stay free of node:fs.
import FIXTURE from '../../../tests/fixtures/scale-ai-meta.annotated.newsroom.json?raw'

const doc = parseNativeDocument(FIXTURE)
const article = articleFromNative(doc)

/** True for an entity that speaks a quote or a claim of the fixture. */
function isSpeaker(id: string): boolean {
  return article.annotations.some(
    (a) => (a.kind === 'quote' || a.kind === 'claim') && a.speakerId === id
  )
}

/** The article with no annotations, as a W3C file would be applied to it. */
function bare(file: ArticleFile): ArticleFile {
  return { ...file, entities: [], annotations: [] }
}

describe('W3C import', () => {
  it('restores entities and annotations exactly on the same text', () => {
    const { file, report } = importW3c(exportW3c(article), bare(article))
    expect(file).toEqual(article)
    expect(report).toMatchObject({ total: 80, exact: 80, fuzzy: 0, orphan: 0 })
  })

  it('re-anchors by quote on a corrected text and reports orphans', () => {
    const corrected: ArticleFile = structuredClone(bare(article))
    corrected.blocks = [{ type: 'headline', text: 'Mise à jour' }, ...corrected.blocks]
    const p = corrected.blocks.findIndex((b) => b.text.startsWith('L’entente'))
    corrected.blocks[p] = {
      ...corrected.blocks[p],
      text: corrected.blocks[p].text.replace(
        ' Malgré cet investissement considérable, Meta n’a pas l’intention d’occuper un siège au conseil d’administration, ce qui renforce l’image d’indépendance de Scale.',
        ''
      )
    }
    const { file, report } = importW3c(exportW3c(article), corrected)
    expect(report.orphan).toBe(2)
    expect(report.exact).toBe(78)
    expect(file.annotations.filter((a) => a.orphaned).map((a) => a.target.exact)).toEqual([
      'Meta',
      'Scale'
    ])
    const points = [...file.blocks.map((b) => b.text).join('\n\n')]
    for (const a of file.annotations.filter((x) => !x.orphaned)) {
      expect(points.slice(a.target.start, a.target.end).join('')).toBe(a.target.exact)
    }
  })

  it('reads files that embed each entity node in the items (written before IRIs)', () => {
    // How the app wrote W3C files before: every mention's body and every speaker spelled
    // out its entity's node, and `entities` listed them again.
    const older = JSON.parse(exportW3c(article))
    const nodes = new Map(
      (older.entities as { id: string }[]).map((node) => [node.id, node] as const)
    )
    for (const item of older.first.items) {
      if (typeof item.speaker === 'string') item.speaker = nodes.get(item.speaker)
      for (const body of item.body) {
        if (typeof body.source === 'string' && nodes.has(body.source))
          body.source = nodes.get(body.source)
      }
    }
    expect(JSON.stringify(older)).not.toContain('"source":"urn:newsroom-annotator:entity:')
    const { file, report } = applyW3c(older, bare(article))
    expect(file).toEqual(article)
    expect(report.exact).toBe(80)
    // Nor does it need the list when the items carry the nodes.
    delete older.entities
    const kept = new Set(article.annotations.map((a) => (a.kind === 'mention' ? a.entityId : '')))
    expect(
      applyW3c(older, bare(article))
        .file.entities.map((e) => e.id)
        .sort()
    ).toEqual(
      article.entities
        .filter((e) => kept.has(e.id) || isSpeaker(e.id))
        .map((e) => e.id)
        .sort()
    )
  })

  it('refuses a mention whose entity IRI the file does not describe, with its path', () => {
    const broken = JSON.parse(exportW3c(article))
    broken.entities = broken.entities.filter(
      (e: { id: string }) => e.id !== 'urn:newsroom-annotator:entity:meta'
    )
    const i = broken.first.items.findIndex((item: { id: string }) =>
      item.id.endsWith(':mention-meta-01')
    )
    expect(() => applyW3c(broken, bare(article))).toThrow(
      `$.first.items[${i}].body: names urn:newsroom-annotator:entity:meta, an entity the file does not describe`
    )
  })

  it('reads annotations made by other tools from their motivation', () => {
    const foreign = {
      '@context': ANNO_CONTEXT,
      type: 'AnnotationCollection',
      first: {
        items: [
          {
            id: 'https://example.org/anno/1',
            type: 'Annotation',
            motivation: 'commenting',
            body: { type: 'TextualBody', value: 'Check this figure' },
            target: {
              source: 'x',
              selector: {
                type: 'TextQuoteSelector',
                exact: '29 milliards de dollars',
                prefix: 'valorise la firme de labellisation de données d’IA à '
              }
            }
          }
        ]
      }
    }
    const { file, report } = applyW3c(foreign, bare(article))
    expect(report.exact).toBe(1)
    expect(file.annotations[0]).toMatchObject({
      kind: 'source-note',
      text: 'Check this figure',
      id: 'https://example.org/anno/1'
    })
    expect(file.annotations[0].target.exact).toBe('29 milliards de dollars')
  })

  it('refuses what it cannot read, with paths', () => {
    const broken = JSON.parse(exportW3c(article))
    delete broken.first.items[2].target.selector
    broken.first.items[4].target.selector = [{ type: 'TextPositionSelector', start: 0, end: 4 }]
    let error: unknown
    try {
      applyW3c(broken, bare(article))
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(FormatError)
    expect((error as FormatError).message).toContain('$.first.items[2].target.selector')
    expect(() =>
      applyW3c({ ...broken, '@context': 'http://example.org/other' }, bare(article))
    ).toThrow(FormatError)
  })

  it('refuses invalid JSON', () => {
    expect(() => importW3c('{', bare(article))).toThrow(/not valid JSON/)
  })
})
