import { describe, expect, it } from 'vitest'
import type { Claim, Quote, SourceNote } from '../model'
import { mergeCheckHistories } from './checkHistory'
import { newClaim, newQuote, newSourceNote, patchAnnotation, targetOf } from './factory'

const TEXT = 'Scale demeure, sans équivoque, une entreprise indépendante.'
const target = targetOf(TEXT, { start: 0, end: 13 })
const created = { author: 'Ana', now: new Date('2025-06-20T09:00:00.000Z') }
const at = (minute: number) => `2025-06-20T10:${String(minute).padStart(2, '0')}:00.000Z`

function quote(): Quote {
  return newQuote(target, { speakerId: null }, { ...created, id: 'q1' })
}

describe('the history of a check', () => {
  it('records a change of status with who, when, from, to and the comment', () => {
    const q = patchAnnotation(
      quote(),
      { status: 'verified' },
      { by: 'Bruno', at: at(5) },
      '  Confirmed by the press office  '
    )
    expect(q.checkHistory).toEqual([
      {
        id: expect.any(String),
        field: 'status',
        from: 'needs-checking',
        to: 'verified',
        by: 'Bruno',
        at: at(5),
        comment: 'Confirmed by the press office'
      }
    ])
    // Later changes are appended; the first entry stays as it was.
    const again = patchAnnotation(q, { status: 'disputed' }, { by: 'Chloé', at: at(9) })
    expect(again.checkHistory).toHaveLength(2)
    expect(again.checkHistory![0]).toEqual(q.checkHistory![0])
    expect(again.checkHistory![1]).toMatchObject({ from: 'verified', to: 'disputed', by: 'Chloé' })
    expect(again.checkHistory![1]).not.toHaveProperty('comment')
  })

  it('records nothing when neither status nor verdict changes', () => {
    const q = quote()
    const edited = patchAnnotation(
      q,
      { status: 'needs-checking', quoteKind: 'indirect', assignee: 'Bruno' },
      { by: 'Bruno', at: at(1) },
      'a comment alone is not a change'
    )
    expect(edited.checkHistory).toBeUndefined()
    expect(edited.assignee).toBe('Bruno')
    expect(
      patchAnnotation(edited, { assignee: '' }, { by: 'Bruno', at: at(2) })
    ).not.toHaveProperty('assignee')
  })

  it("records a claim's verdict and status as two entries of one change", () => {
    const claim = newClaim(target, {}, { ...created, id: 'c1' })
    expect(claim.checkHistory).toBeUndefined()
    const checked: Claim = patchAnnotation(
      claim,
      { status: 'verified', verdict: 'mostly-true' },
      { by: 'Ana', at: at(3) },
      'WhatsApp was larger'
    )
    expect(checked.checkHistory!.map((c) => [c.field, c.from, c.to, c.comment])).toEqual([
      ['status', 'needs-checking', 'verified', 'WhatsApp was larger'],
      ['verdict', null, 'mostly-true', 'WhatsApp was larger']
    ])
  })

  it('records the first status and verdict of an annotation created already checked', () => {
    const claim = newClaim(
      target,
      { status: 'disputed', verdict: 'false' },
      { ...created, id: 'c2' }
    )
    expect(claim.checkHistory!.map((c) => [c.field, c.from, c.to, c.by, c.at])).toEqual([
      ['status', null, 'disputed', 'Ana', created.now.toISOString()],
      ['verdict', null, 'false', 'Ana', created.now.toISOString()]
    ])
  })

  it('gives a source note a status of its own, recorded from none', () => {
    const note: SourceNote = newSourceNote(
      target,
      { text: 'The memo', sourceKind: 'document' },
      { ...created, id: 'n1' }
    )
    expect(note.status).toBeUndefined()
    const checked = patchAnnotation(
      note,
      { status: 'verified', assignee: ' Chloé ' },
      { by: 'Chloé', at: at(4) }
    )
    expect(checked.assignee).toBe('Chloé')
    expect(checked.checkHistory).toEqual([
      expect.objectContaining({ field: 'status', from: null, to: 'verified', by: 'Chloé' })
    ])
  })

  it('keeps both changes when two replicas changed the same status', () => {
    const base = patchAnnotation(quote(), { status: 'disputed' }, { by: 'Ana', at: at(1) })
    const here = patchAnnotation(base, { status: 'verified' }, { by: 'Bruno', at: at(7) }, 'call')
    const there = patchAnnotation(base, { status: 'needs-checking' }, { by: 'Chloé', at: at(6) })
    const merged = mergeCheckHistories(here.checkHistory!, there.checkHistory!)
    expect(merged.map((c) => [c.by, c.to])).toEqual([
      ['Ana', 'disputed'],
      ['Chloé', 'needs-checking'],
      ['Bruno', 'verified']
    ])
    // Either order of merging gives the same list, and merging again adds nothing.
    expect(mergeCheckHistories(there.checkHistory!, here.checkHistory!)).toEqual(merged)
    expect(mergeCheckHistories(merged, here.checkHistory!)).toEqual(merged)
  })
})
