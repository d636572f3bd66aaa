import { describe, expect, it } from 'vitest'
import { newClaim, targetOf } from '../annotations/factory'
import type { ArticleFile, Claim } from '../model'
import { plainText } from '../text'
import { csvFromNative } from './csv'
import { parseCsv } from './csvReader.testkit'
import { exportNative, importNative, toNativeDocument } from './native'
import { exportW3c } from './w3cExport'
import { importW3c } from './w3cImport'
// The fixture as text, through Vite's ?raw import: src/shared tests stay free of node:fs.
import FIXTURE from '../../../tests/fixtures/scale-ai-meta.annotated.newsroom.json?raw'

const STATEMENT = 'représente le deuxième plus important investissement de Meta'

/** The fixture with one checked claim, spoken by Jason Droege and backed by the memo's note. */
function withClaim(): { file: ArticleFile; claim: Claim } {
  const file = importNative(FIXTURE)
  const text = plainText(file.blocks)
  const start = [...text.slice(0, text.indexOf(STATEMENT))].length
  const claim = newClaim(
    targetOf(text, { start, end: start + [...STATEMENT].length }),
    {
      speakerId: 'jason-droege',
      status: 'verified',
      verdict: 'mostly-true',
      rationale: 'Second after WhatsApp (19 G$) by amount; Instagram was 1 G$.',
      sourceNoteIds: ['source-mid-june-memo']
    },
    { author: 'Fact-check desk', now: new Date('2025-06-21T09:00:00.000Z'), id: 'claim-second' }
  )
  return { file: { ...file, annotations: [...file.annotations, claim] }, claim }
}

describe('a claim through every format', () => {
  it('round-trips through the native file', () => {
    const { file, claim } = withClaim()
    const back = importNative(exportNative(file))
    expect(back.annotations.find((a) => a.id === claim.id)).toEqual(claim)
  })

  it('goes out as an assessing Web Annotation and comes back the same', () => {
    const { file, claim } = withClaim()
    const jsonld = exportW3c(file)
    const item = JSON.parse(jsonld).first.items.find((i: { id: string }) =>
      i.id.endsWith(':claim-second')
    )
    expect(item).toMatchObject({
      annotationKind: 'claim',
      motivation: 'assessing',
      verdict: 'mostly-true',
      claimStatus: 'verified',
      backedBy: ['urn:newsroom-annotator:annotation:source-mid-june-memo'],
      speaker: 'urn:newsroom-annotator:entity:jason-droege'
    })
    const { file: back } = importW3c(jsonld, { ...file, entities: [], annotations: [] })
    expect(back.annotations.find((a) => a.id === claim.id)).toEqual(claim)
  })

  it('has a claims sheet in CSV, only when the article has claims', () => {
    const { file } = withClaim()
    const rows = parseCsv(csvFromNative(toNativeDocument(file)).claims)
    expect(rows[1]).toEqual([
      STATEMENT,
      'Jason Droege',
      'verified',
      'mostly-true',
      'Second after WhatsApp (19 G$) by amount; Instagram was 1 G$.',
      'source-mid-june-memo',
      expect.any(String),
      expect.any(String),
      'jason-droege',
      'claim-second',
      ''
    ])
    expect(Object.keys(csvFromNative(toNativeDocument(importNative(FIXTURE))))).toEqual([
      'quotes',
      'entities'
    ])
  })
})
