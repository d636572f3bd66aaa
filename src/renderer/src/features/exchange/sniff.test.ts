import { describe, expect, it } from 'vitest'
import { sniffAnnotationFile } from './sniff'

describe('sniffAnnotationFile', () => {
  it('sees a W3C collection and counts its items', () => {
    const text = JSON.stringify({
      '@context': ['http://www.w3.org/ns/anno.jsonld'],
      type: 'AnnotationCollection',
      total: 3,
      first: { type: 'AnnotationPage', items: [{}, {}, {}] }
    })
    expect(sniffAnnotationFile(`\ufeff${text}`)).toEqual({ kind: 'w3c', annotationCount: 3 })
  })

  it('sees a native export with its title and count', () => {
    const text = JSON.stringify({
      format: 'newsroom-annotations',
      version: 1,
      article: { title: 'Scale AI' },
      annotations: [{}, {}]
    })
    expect(sniffAnnotationFile(text)).toEqual({
      kind: 'native',
      title: 'Scale AI',
      annotationCount: 2
    })
  })

  it('leaves anything else to main', () => {
    expect(sniffAnnotationFile('{ broken')).toEqual({ kind: 'unknown' })
    expect(sniffAnnotationFile('[1, 2]')).toEqual({ kind: 'unknown' })
    expect(sniffAnnotationFile('{"format":"other"}')).toEqual({ kind: 'unknown' })
    // A type without a JSON-LD context is not W3C.
    expect(sniffAnnotationFile('{"type":"AnnotationCollection"}')).toEqual({ kind: 'unknown' })
  })
})
