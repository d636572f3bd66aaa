/**
 * Micro-benchmark of the annotation layer (not a test): 10,000 annotations over about
 * 300,000 characters, timing what an annotator waits for in the editor's annotation layer
 * (ProseMirror state only, no DOM). Run it with `npx tsx bench/annotationLayer.ts`.
 */
import { history, undo } from 'prosemirror-history'
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state'
import type { Annotation, Block, Entity } from '@shared/model'
import { CodePointIndex, plainText } from '@shared/text'
import {
  addQuote,
  annotationPlugins,
  annotationsAt,
  articleConversions,
  fromArticle,
  listAnnotations,
  mentionCandidates,
  toArticle
} from '@renderer/editor/annotations'
import { tagOccurrences } from '@renderer/editor/annotations/commands/tagOccurrences'
import { createDecorationSet } from '@renderer/editor/annotations/decorationTree'
import { DecorationSet } from 'prosemirror-view'

const WORDS = (
  'le la les de des du un une et à en pour que qui dans sur avec Meta Scale entreprise ' +
  'investissement participation milliards dollars indépendance données modèle PDG conseil ' +
  'société marché transaction valorisation Droege Wang employés clients intelligence'
).split(' ')

/** A deterministic pseudo-random generator, so runs compare. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0
    return seed / 2 ** 32
  }
}
const random = rng(42)
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]

function article(chars: number): Block[] {
  const blocks: Block[] = [{ type: 'headline', text: 'Scale AI promet son indépendance' }]
  let total = 0
  while (total < chars) {
    const words: string[] = []
    let len = 0
    while (len < 280) {
      const w = pick(WORDS)
      words.push(w)
      len += w.length + 1
    }
    const text = words.join(' ') + '.'
    blocks.push({ type: 'paragraph', text })
    total += text.length + 2
  }
  return blocks
}

function annotations(text: string, count: number, entities: Entity[]): Annotation[] {
  const index = new CodePointIndex(text)
  const at = '2025-06-20T10:00:00.000Z'
  const base = {
    orphaned: false,
    createdBy: 'bench',
    createdAt: at,
    updatedBy: 'bench',
    updatedAt: at
  }
  const result: Annotation[] = []
  for (let i = 0; i < count; i++) {
    let start = Math.floor(random() * (index.length - 200))
    while (text[index.toUtf16(start)] === '\n') start++
    const r = random()
    const len = r < 0.6 ? 4 + Math.floor(random() * 12) : 20 + Math.floor(random() * 120)
    let end = start + len
    // Keep inside one paragraph, as most annotations are.
    const nl = text.indexOf('\n', index.toUtf16(start))
    if (nl >= 0) end = Math.min(end, index.toCodePoint(nl))
    if (end <= start) end = start + 1
    const target = index.target(start, end)
    const id = `a${i}`
    if (r < 0.6) result.push({ ...base, id, target, kind: 'mention', entityId: pick(entities).id })
    else if (r < 0.85)
      result.push({
        ...base,
        id,
        target,
        kind: 'quote',
        speakerId: pick(entities).id,
        quoteKind: 'direct',
        status: 'verified',
        comment: ''
      })
    else
      result.push({
        ...base,
        id,
        target,
        kind: 'source-note',
        text: 'note',
        sourceKind: 'document',
        title: ''
      })
  }
  return result
}

function time<T>(label: string, f: () => T, runs = 1): T {
  let result!: T
  const t0 = performance.now()
  for (let i = 0; i < runs; i++) result = f()
  const ms = (performance.now() - t0) / runs
  console.log(
    `${label.padEnd(52)} ${ms.toFixed(2).padStart(9)} ms${runs > 1 ? ` (mean of ${runs})` : ''}`
  )
  return result
}

const blocks = article(300_000)
const text = plainText(blocks)
const entities: Entity[] = Array.from({ length: 200 }, (_, i) => ({
  id: `e${i}`,
  type: pick(['person', 'organisation', 'place', 'money']),
  name: i === 0 ? 'Meta' : `Entité ${i}`,
  aliases: []
}))
const stored = annotations(text, 10_000, entities)
console.log(
  'Timings vary with machine load (check `uptime`).\n' +
    `${text.length} characters, ${blocks.length} blocks, ${stored.length} annotations\n`
)

time('fromArticle, cold (first run, JIT warming up)', () =>
  fromArticle({ blocks, entities, annotations: stored }, articleConversions)
)
const loaded = time('fromArticle, warm (doc + layer, 10k annotations)', () =>
  fromArticle({ blocks, entities, annotations: stored }, articleConversions)
)
{
  // The whole-article decoration set, built by createDecorationSet against the library's
  // DecorationSet.create (which scans every decoration for every block) as the baseline.
  const all = loaded.layer.decorations.find()
  const timed = (build: () => DecorationSet): [number, DecorationSet] => {
    const t0 = performance.now()
    const set = build()
    return [performance.now() - t0, set]
  }
  const [libraryMs, library] = timed(() => DecorationSet.create(loaded.doc, [...all]))
  const [oursMs, ours] = timed(() => createDecorationSet(loaded.doc, all))
  const same = ours.find().length === library.find().length ? '' : ' (NOT THE SAME SET)'
  console.log(
    `${'whole-article decoration set, createDecorationSet'.padEnd(52)} ${oursMs.toFixed(2).padStart(9)} ms` +
      `, ${(oursMs / libraryMs).toFixed(2)}× of DecorationSet.create's ${libraryMs.toFixed(2)} ms${same}`
  )
}
let state = time('EditorState.create with the plugins', () =>
  EditorState.create({
    doc: loaded.doc,
    plugins: [
      history(),
      ...annotationPlugins({
        conversions: articleConversions,
        layer: loaded.layer,
        author: () => 'bench'
      })
    ]
  })
)

const apply = (tr: Transaction) => {
  state = state.applyTransaction(tr).state
}
const positions = Array.from(
  { length: 200 },
  () => 2 + Math.floor(random() * (state.doc.content.size - 4))
)
let k = 0
time(
  'typing one character (mapping + appended LayerStep)',
  () => {
    const $pos = state.doc.resolve(positions[k++ % positions.length])
    if ($pos.parent.isTextblock) apply(state.tr.insertText('x', $pos.pos))
  },
  200
)
time(
  'deleting a word (may orphan annotations)',
  () => {
    const $pos = state.doc.resolve(positions[k++ % positions.length])
    if ($pos.parent.isTextblock && $pos.parentOffset + 8 < $pos.parent.content.size)
      apply(state.tr.delete($pos.pos, $pos.pos + 8))
  },
  100
)
time(
  'addQuote on a selection (one LayerStep)',
  () => {
    const from = positions[k++ % positions.length]
    const $pos = state.doc.resolve(from)
    if (!$pos.parent.isTextblock || $pos.parentOffset + 20 > $pos.parent.content.size) return
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, from + 20)))
    addQuote({ speaker: { id: 'e1' } })(state, apply)
  },
  50
)
const before = state
time('Tag all of "Meta" (one step)', () =>
  tagOccurrences({ id: 'e0' }, 'organisation', mentionCandidates(state, 'e0'))(state, apply)
)
console.log(
  `  (tagged ${listAnnotations(state).length - listAnnotations(before).length} occurrences)`
)
time('undo (tag all)', () => undo(state, apply))
time('annotationsAt (hover)', () => annotationsAt(state, positions[k++ % positions.length]), 1000)
time('listAnnotations (panel)', () => listAnnotations(state), 5)
const saved = time(
  'toArticle (fresh targets for all)',
  () => toArticle(state, articleConversions),
  3
)
console.log(
  `\nsaved ${saved.annotations.length} annotations, ` +
    `${saved.annotations.filter((a) => a.orphaned).length} orphans`
)
