/**
 * Copy-edit passes for testing re-anchoring: the kind of changes a copy editor makes to an
 * article after it was annotated (words swapped, a sentence inserted, a sentence deleted,
 * short phrases changed), applied so that the fate of every original character is known.
 * That knowledge is the ground truth: an annotation whose characters all survive, in order
 * and together, must come back exactly there; one whose text was deleted must not land
 * anywhere else.
 */
import fc from 'fast-check'
import type { Annotation } from '../model'

/** One change of a copy-edit pass, in code points over the text as it is when applied. */
export type CopyEdit =
  | { kind: 'replace-word'; at: number; word: string }
  | { kind: 'swap-words'; at: number }
  | { kind: 'insert-sentence'; at: number; sentence: string }
  | { kind: 'delete-sentence'; at: number }

/** A character of the edited text and the index it had in the original (-1 when new). */
interface Cell {
  ch: string
  from: number
}

/** The edited text, and for each original code point its new index (-1 when deleted). */
export interface CopyEditResult {
  text: string
  newIndexOf: Int32Array
}

const WORDS = [
  'désormais',
  'notamment',
  'largement',
  'récemment',
  'toutefois',
  'également',
  'plusieurs',
  'nouvelle',
  'important',
  'annoncé',
  'marché',
  'secteur'
]

const SENTENCES = [
  'Cette précision a été ajoutée après la publication.',
  'Les deux entreprises n’ont pas souhaité commenter davantage.',
  'Le montant exact reste à confirmer auprès des parties.',
  'Plusieurs analystes jugent la transaction inhabituelle.'
]

const isLetter = (ch: string) => /\p{L}/u.test(ch)

/** Word spans [start, end) of letters, in code points. */
function words(cells: readonly Cell[]): [number, number][] {
  const spans: [number, number][] = []
  let start = -1
  cells.forEach((c, i) => {
    if (isLetter(c.ch)) {
      if (start < 0) start = i
    } else if (start >= 0) {
      spans.push([start, i])
      start = -1
    }
  })
  if (start >= 0) spans.push([start, cells.length])
  return spans
}

/** Sentence spans [start, end): after ". " or a paragraph break, through the next ". ". */
function sentences(cells: readonly Cell[]): [number, number][] {
  const spans: [number, number][] = []
  let start = 0
  for (let i = 0; i < cells.length; i++) {
    const end = cells[i].ch === '.' && cells[i + 1]?.ch === ' ' ? i + 2 : -1
    if (end > 0) {
      spans.push([start, end])
      start = end
    } else if (cells[i].ch === '\n') {
      start = i + 1
    }
  }
  return spans
}

/** True when a cell was inside an annotation in the original text (edits avoid those). */
type Protected = (cell: Cell) => boolean

/** Applies one edit; an edit that finds no place leaves the text unchanged. */
function apply(cells: Cell[], edit: CopyEdit, inside: Protected): Cell[] {
  const pick = <T>(list: T[]): T | undefined =>
    list.length ? list[edit.at % list.length] : undefined
  const outside = (s: number, e: number) => cells.slice(s, e).every((c) => !inside(c))
  const fresh = (text: string): Cell[] => [...text].map((ch) => ({ ch, from: -1 }))
  switch (edit.kind) {
    case 'replace-word': {
      const span = pick(words(cells).filter(([s, e]) => e - s >= 4 && outside(s, e)))
      if (!span) return cells
      return [...cells.slice(0, span[0]), ...fresh(edit.word), ...cells.slice(span[1])]
    }
    case 'swap-words': {
      const all = words(cells)
      const pairs = all
        .slice(0, -1)
        .map((w, i) => [w, all[i + 1]] as const)
        .filter(([a, b]) => cells[a[1]].ch === ' ' && b[0] === a[1] + 1)
        .filter(([a, b]) => outside(a[0], b[1]))
      const pair = pick(pairs)
      if (!pair) return cells
      const [[as, ae], [bs, be]] = pair
      return [
        ...cells.slice(0, as),
        ...cells.slice(bs, be),
        ...cells.slice(ae, bs),
        ...cells.slice(as, ae),
        ...cells.slice(be)
      ]
    }
    case 'insert-sentence': {
      const span = pick(sentences(cells))
      if (!span) return cells
      return [...cells.slice(0, span[1]), ...fresh(edit.sentence + ' '), ...cells.slice(span[1])]
    }
    case 'delete-sentence': {
      const span = pick(sentences(cells))
      if (!span) return cells
      return [...cells.slice(0, span[0]), ...cells.slice(span[1])]
    }
  }
}

/** Applies a copy-edit pass to a text whose annotations edits other than deletion avoid. */
export function copyEdit(
  text: string,
  annotations: readonly Annotation[],
  edits: readonly CopyEdit[]
): CopyEditResult {
  const points = [...text]
  const covered = new Uint8Array(points.length)
  for (const a of annotations) covered.fill(1, a.target.start, a.target.end)
  const inside: Protected = (c) => c.from >= 0 && covered[c.from] === 1
  let cells: Cell[] = points.map((ch, from) => ({ ch, from }))
  for (const edit of edits) cells = apply(cells, edit, inside)
  const newIndexOf = new Int32Array(points.length).fill(-1)
  cells.forEach((c, i) => {
    if (c.from >= 0) newIndexOf[c.from] = i
  })
  return { text: cells.map((c) => c.ch).join(''), newIndexOf }
}

/**
 * Where an annotation must land after the pass: its new range when every character survived
 * in order and together, 'deleted' when none did, 'damaged' when some did.
 */
export function expectedPlace(
  annotation: Annotation,
  result: CopyEditResult
): { start: number; end: number } | 'deleted' | 'damaged' {
  const { start, end } = annotation.target
  if (end === start) return 'damaged'
  const mapped = Array.from(result.newIndexOf.subarray(start, end))
  if (mapped.every((i) => i < 0)) return 'deleted'
  const together = mapped.every((i, k) => i >= 0 && (k === 0 || i === mapped[k - 1] + 1))
  return together ? { start: mapped[0], end: mapped[0] + mapped.length } : 'damaged'
}

/** A copy-edit pass of a few changes of each kind, as an arbitrary. */
export const copyEditPass: fc.Arbitrary<CopyEdit[]> = fc.array(
  fc.oneof(
    fc.record({
      kind: fc.constant('replace-word' as const),
      at: fc.nat(),
      word: fc.constantFrom(...WORDS)
    }),
    fc.record({ kind: fc.constant('swap-words' as const), at: fc.nat() }),
    fc.record({
      kind: fc.constant('insert-sentence' as const),
      at: fc.nat(),
      sentence: fc.constantFrom(...SENTENCES)
    }),
    fc.record({ kind: fc.constant('delete-sentence' as const), at: fc.nat() })
  ),
  { minLength: 4, maxLength: 10 }
)
