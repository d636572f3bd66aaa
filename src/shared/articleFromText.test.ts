import { describe, expect, it } from 'vitest'
import {
  articleFromScrapedText,
  blocksFromPlainText,
  isBoilerplateLine,
  MAX_DERIVED_TITLE,
  tidyInline,
  titleFromBlocks,
  UNTITLED
} from './articleFromText'
// The real scraped file, as the app bundles it (?raw keeps this test free of node:fs, so it
// also typechecks under the renderer's tsconfig, which has no Node types).
import sampleRaw from '../../resources/articles/scale-ai-meta.fr.txt?raw'

describe('blocksFromPlainText', () => {
  it('makes the first non-empty line the headline and splits paragraphs on blank lines', () => {
    const text = '\n\n  My  title \nFirst line\nwrapped\n\n\n\nSecond\t para '
    const blocks = blocksFromPlainText(text)
    expect(blocks).toEqual([
      { type: 'headline', text: 'My title' },
      { type: 'paragraph', text: 'First line wrapped' },
      { type: 'paragraph', text: 'Second para' }
    ])
  })

  it('normalises to NFC, reads CRLF and drops a BOM and control characters', () => {
    const decomposed = 'Cafe\u0301'
    const blocks = blocksFromPlainText(`\ufeff${decomposed}\r\n\r\nUn\u0007 texte\r\n`)
    expect(blocks).toEqual([
      { type: 'headline', text: 'Café' },
      { type: 'paragraph', text: 'Un texte' }
    ])
    expect(blocks[0].text).toBe(blocks[0].text.normalize('NFC'))
  })

  it('keeps no-break spaces used by French typography', () => {
    const blocks = blocksFromPlainText('Titre\n\nIl a dit\u00a0: «\u202fnon\u202f»')
    expect(blocks[1].text).toBe('Il a dit\u00a0: «\u202fnon\u202f»')
  })

  it('returns nothing for blank text', () => {
    expect(blocksFromPlainText(' \n\t\n\r\n')).toEqual([])
  })
})

describe('articleFromScrapedText', () => {
  it('gives exactly the expected blocks for the Scale AI sample', () => {
    const { title, blocks } = articleFromScrapedText(sampleRaw)
    const headline = 'Scale AI promet son indépendance malgré la participation de 14,3 G$ de Meta'
    const count = (type: string): number => blocks.filter((b) => b.type === type).length
    expect(title).toBe(headline)
    expect(blocks[0]).toEqual({ type: 'headline', text: headline })
    expect(count('headline')).toBe(1)
    expect(count('standfirst')).toBe(1)
    expect(count('paragraph')).toBe(6)
    expect(count('source')).toBe(1)
    expect(blocks).toHaveLength(9)
    expect(blocks.map((b) => b.type)).toEqual([
      'headline',
      'standfirst',
      ...Array(6).fill('paragraph'),
      'source'
    ])
    expect(blocks[1].text.startsWith('Le PDG intérimaire de Scale AI, Jason Droege')).toBe(true)
    expect(blocks[1].text.endsWith('l’acquisition de WhatsApp.')).toBe(true)
    expect(blocks[2].text.startsWith('Scale AI entend tracer sa propre voie')).toBe(true)
    expect(blocks[7].text.startsWith('Pour Scale AI, qui était évaluée')).toBe(true)
    expect(blocks[8]).toEqual({ type: 'source', text: 'Source:' })
    const all = blocks.map((b) => b.text).join('\n')
    expect(all).not.toMatch(/^(menu|close|Latest News)$/im)
    for (const b of blocks) {
      expect(b.text).toBe(b.text.normalize('NFC'))
      expect(b.text).not.toContain('\n')
    }
  })

  it('drops French boilerplate at both ends but keeps the same words inside the body', () => {
    const raw = [
      'Accueil',
      'Ouvrir le menu',
      '',
      'Un titre',
      '',
      'Le chapeau.',
      '',
      'Menu',
      '',
      'Le corps.',
      '',
      'Partager cet article',
      'À lire aussi'
    ].join('\n')
    const { blocks } = articleFromScrapedText(raw)
    expect(blocks).toEqual([
      { type: 'headline', text: 'Un titre' },
      { type: 'standfirst', text: 'Le chapeau.' },
      { type: 'paragraph', text: 'Menu' },
      { type: 'paragraph', text: 'Le corps.' }
    ])
  })

  it('splits a source line out of a paragraph and joins a bare one to the last line', () => {
    const inline = articleFromScrapedText('T\n\nOnly body.\nSources\u00a0: AFP, Reuters')
    expect(inline.blocks).toEqual([
      { type: 'headline', text: 'T' },
      { type: 'paragraph', text: 'Only body.' },
      { type: 'source', text: 'Sources\u00a0: AFP, Reuters' }
    ])
    const bare = articleFromScrapedText('T\n\nA.\n\nB.\n\nSource:\n\nLe Monde')
    expect(bare.blocks.at(-1)).toEqual({ type: 'source', text: 'Source: Le Monde' })
    const types = bare.blocks.map((b) => b.type)
    expect(types).toEqual(['headline', 'standfirst', 'paragraph', 'source'])
  })

  it('returns no blocks when only boilerplate is left', () => {
    expect(articleFromScrapedText('menu\nclose\n\nLatest News\n').blocks).toEqual([])
  })
})

describe('helpers', () => {
  it('recognises boilerplate case-insensitively with curly apostrophes', () => {
    expect(isBoilerplateLine('LATEST NEWS')).toBe(true)
    expect(isBoilerplateLine('S’abonner')).toBe(true)
    expect(isBoilerplateLine('Scale AI')).toBe(false)
  })

  it('tidies inline text onto one line', () => {
    expect(tidyInline(' a\n  b\r\nc ')).toBe('a b c')
  })

  it('derives a bounded title', () => {
    expect(titleFromBlocks([])).toBe(UNTITLED)
    const long = 'mot '.repeat(200)
    const title = titleFromBlocks([{ type: 'paragraph', text: long }])
    expect([...title].length).toBeLessThanOrEqual(MAX_DERIVED_TITLE)
    expect(title.endsWith('…')).toBe(true)
  })
})
