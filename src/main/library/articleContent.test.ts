import { describe, expect, it } from 'vitest'
import { sameContent } from './articleContent'
import { sampleArticle } from './seed'

describe('sameContent', () => {
  it('tells an article changed from the same one written again or at another time', () => {
    const sample = sampleArticle('scale-ai-meta', new Date(0))
    const file = {
      ...sample,
      entities: [{ id: 'meta', name: 'Meta', type: 'organization', aliases: [] }],
      annotations: Array.from({ length: 60 }, (_, i) => ({
        id: `a${i}`,
        kind: 'mention',
        entityId: 'meta',
        target: { start: i * 10, end: i * 10 + 4, exact: 'Meta', prefix: '', suffix: '' }
      }))
    } as unknown as typeof sample
    const moved = { ...file, annotations: [...file.annotations] }
    expect(sameContent(file, JSON.parse(JSON.stringify(file)))).toBe(true)
    moved.annotations[40] = {
      ...moved.annotations[40],
      target: { ...moved.annotations[40].target, start: moved.annotations[40].target.start + 1 }
    }
    expect(sameContent(file, { ...file, article: { ...file.article, updatedAt: 'later' } })).toBe(
      true
    )
    expect(sameContent(file, moved)).toBe(false)
  })
})
