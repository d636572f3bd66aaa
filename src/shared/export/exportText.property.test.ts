import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Annotation, ArticleFile } from '../model'
import { annotatedArticle, freeText, isoDateTime } from './arbitraries.testkit'
import { checkedForExport, nativePieces, serializeNative, toNativeDocument } from './native'
import { w3cPieces } from './w3cExport'
import { referenceW3cText } from './w3cReference.testkit'

const AT = '2025-06-20T12:00:00.000Z'

/** Text JSON must escape, or that takes two UTF-16 units, or that needs percent-encoding in an IRI. */
const awkward = fc.oneof(
  freeText,
  fc.constantFrom(
    'a "quoted" word',
    'back\\slash',
    'line one\nline two',
    '\u2028\u2029\t\r\u0000',
    '😀 👩🏽‍💻',
    'l’Autorité de la concurrence',
    'id with spaces/and?query#frag'
  )
)

/** A check's history: from and to as the model allows (null or a status), awkward words. */
const history = fc.array(
  fc.record(
    {
      id: awkward.filter((s) => s.length > 0),
      field: fc.constant('status' as const),
      from: fc.constantFrom(null, 'needs-checking', 'verified'),
      to: fc.constantFrom(null, 'disputed', 'verified'),
      by: awkward,
      at: isoDateTime,
      comment: awkward.filter((s) => s.length > 0 && s.length <= 2000)
    },
    { requiredKeys: ['id', 'field', 'from', 'to', 'by', 'at'] }
  ),
  { maxLength: 3 }
)

/**
 * What the generated articles lack: claims (some quotes turned into claims, backed by the
 * source notes), assignees and histories, awkward agents, ids that an IRI must encode.
 */
const extras = fc.record({
  claimEvery: fc.integer({ min: 2, max: 4 }),
  verdict: fc.constantFrom(null, 'true', 'mostly-true', 'false'),
  rationale: fc.oneof(fc.constant(''), awkward),
  assignee: fc.option(
    awkward.filter((s) => s.length > 0 && s.length <= 80),
    { nil: undefined }
  ),
  history,
  agent: fc.oneof(fc.constant(''), awkward),
  idSuffix: fc.constantFrom('', ' é/?#"', '😀')
})

type Extras = typeof extras extends fc.Arbitrary<infer T> ? T : never

function withExtras(file: ArticleFile, x: Extras): ArticleFile {
  const notes = file.annotations
    .filter((a) => a.kind === 'source-note')
    .map((a) => a.id + x.idSuffix)
  const annotations = file.annotations.map((a, i): Annotation => {
    const own = { ...a, id: a.id + x.idSuffix, createdBy: i % 2 ? x.agent : a.createdBy }
    const checked = {
      ...(x.assignee ? { assignee: x.assignee } : {}),
      ...(x.history.length ? { checkHistory: x.history } : {})
    }
    if (own.kind === 'quote' && i % x.claimEvery === 0) {
      const { speakerId, status, target, orphaned, createdBy, createdAt, updatedBy, updatedAt } =
        own
      return {
        id: own.id,
        kind: 'claim',
        speakerId,
        status,
        verdict: x.verdict,
        rationale: x.rationale,
        sourceNoteIds: notes,
        ...checked,
        target,
        orphaned,
        createdBy,
        createdAt,
        updatedBy,
        updatedAt
      } as Annotation
    }
    if (own.kind === 'quote' || own.kind === 'source-note') return { ...own, ...checked }
    return own
  })
  return { ...file, annotations }
}

describe('native and W3C exports written as text (property)', { timeout: 120_000 }, () => {
  it('are byte for byte the documents built as objects and stringified', () => {
    fc.assert(
      fc.property(
        annotatedArticle,
        extras,
        fc.integer({ min: 1, max: 5 }),
        (generated, x, batch) => {
          const file = withExtras(generated, x)
          const doc = toNativeDocument(file, { exportedAt: AT })
          const exported = checkedForExport(file, { exportedAt: AT })
          expect([...nativePieces(exported, batch)].join('')).toBe(serializeNative(doc))
          expect([...w3cPieces(exported, batch)].join('')).toBe(referenceW3cText(doc))
        }
      ),
      { numRuns: 300 }
    )
  })
})
