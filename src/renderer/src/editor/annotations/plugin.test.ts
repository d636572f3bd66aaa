import fc from 'fast-check'
import { undoDepth } from 'prosemirror-history'
import type { EditorState } from 'prosemirror-state'
import type { DecorationSet } from 'prosemirror-view'
import { describe, expect, it } from 'vitest'
import { addQuote } from './commands/addQuote'
import { addSourceNote } from './commands/addSourceNote'
import { tagEntity } from './commands/tagEntity'
import type { AnnotationSpec } from './decorations'
import { annotationsKey, annotationPlugins, layerOf } from './plugin'
import { annotationText, rangeOf } from './queries/rangeOf'
import { annotationsAt } from './queries/annotationsAt'
import { orphans } from './queries/listAnnotations'
import { toArticle } from './article'
import { articleConversions } from './conversions'
import {
  blocks,
  find,
  makeState,
  redoState,
  remove,
  run,
  select,
  typeAt,
  undoState
} from './testing'

const TEXT =
  'Le PDG intérimaire de Scale AI, Jason Droege, a publiquement affirmé son indépendance.'
const SECOND =
  'Droege a souligné que Meta, client de longue date, ' +
  'ne bénéficiera d’aucun traitement de faveur.'

/** A state with a mention on "Jason Droege" (id m1). */
function withMention(): EditorState {
  const state = select(makeState(blocks(TEXT, SECOND)), 'Jason Droege')
  return run(state, tagEntity('person', undefined, { id: 'm1' }))
}

function decorationsOf(state: EditorState): DecorationSet {
  const plugin = annotationsKey.get(state)!
  return plugin.props.decorations!.call(plugin, state) as DecorationSet
}

describe('mapping through edits', () => {
  it('shifts with text inserted before, and keeps its text', () => {
    let state = withMention()
    const before = rangeOf(state, 'm1')!
    state = typeAt(state, 1, 'XYZ ')
    expect(rangeOf(state, 'm1')).toEqual({ from: before.from + 4, to: before.to + 4 })
    expect(annotationText(state, 'm1')).toBe('Jason Droege')
  })

  it('grows with text inserted inside, not with text typed at its edges', () => {
    let state = withMention()
    const { from, to } = rangeOf(state, 'm1')!
    state = typeAt(state, from + 5, ' R.')
    expect(annotationText(state, 'm1')).toBe('Jason R. Droege')
    state = typeAt(state, rangeOf(state, 'm1')!.to, 'X')
    state = typeAt(state, rangeOf(state, 'm1')!.from, 'Y')
    expect(annotationText(state, 'm1')).toBe('Jason R. Droege')
    expect(rangeOf(state, 'm1')).toEqual({ from: from + 1, to: to + 4 })
  })

  it('shrinks when a deletion crosses one of its edges', () => {
    let state = withMention()
    const { from } = rangeOf(state, 'm1')!
    state = remove(state, from - 5, from + 6) // "o AI, Jason " → gone, up to "Droege"
    expect(annotationText(state, 'm1')).toBe('Droege')
    expect(layerOf(state).annotations.get('m1')!.orphaned).toBe(false)
  })

  it('is unaffected by edits after it and in other blocks', () => {
    let state = withMention()
    const r = rangeOf(state, 'm1')!
    state = typeAt(state, find(state, 'Meta').from, 'la société ')
    expect(rangeOf(state, 'm1')).toEqual(r)
  })

  it('follows a paragraph split inside it and a join back', () => {
    let state = withMention()
    const { from } = rangeOf(state, 'm1')!
    state = run(state, (s, dispatch) => {
      dispatch!(s.tr.split(from + 5))
      return true
    })
    expect(annotationText(state, 'm1')).toBe('Jason\n\n Droege')
    state = run(state, (s, dispatch) => {
      dispatch!(s.tr.join(from + 6))
      return true
    })
    expect(annotationText(state, 'm1')).toBe('Jason Droege')
  })
})

describe('orphans', () => {
  it('become orphans when their whole text is deleted, keeping their last quote', () => {
    let state = withMention()
    const { from, to } = rangeOf(state, 'm1')!
    state = remove(state, from - 2, to + 1)
    const orphan = layerOf(state).annotations.get('m1')!
    expect(orphan.orphaned).toBe(true)
    expect(orphan.target).toMatchObject({
      exact: 'Jason Droege',
      suffix: ', a publiquement affirmé son ind'
    })
    expect(orphan.target.prefix.endsWith('de Scale AI, ')).toBe(true)
    expect(rangeOf(state, 'm1')).toBeNull()
    expect(orphans(state).map((a) => a.id)).toEqual(['m1'])
    expect(decorationsOf(state).find().length).toBe(0)
    const saved = toArticle(state, articleConversions).annotations
    expect(saved).toEqual([
      expect.objectContaining({ id: 'm1', orphaned: true, target: orphan.target })
    ])
  })

  it('survive the deletion of their whole block', () => {
    let state = withMention()
    state = remove(state, 0, state.doc.child(0).nodeSize)
    expect(layerOf(state).annotations.get('m1')!.orphaned).toBe(true)
    expect(annotationText(state, 'm1')).toBe('Jason Droege')
  })

  it('come back with one undo of the deletion, and go again on redo', () => {
    let state = withMention()
    const range = rangeOf(state, 'm1')!
    state = remove(state, range.from - 2, range.to + 1)
    state = undoState(state)
    expect(rangeOf(state, 'm1')).toEqual(range)
    expect(layerOf(state).annotations.get('m1')!.orphaned).toBe(false)
    expect(state.doc.textContent).toContain('Jason Droege')
    state = redoState(state)
    expect(layerOf(state).annotations.get('m1')!.orphaned).toBe(true)
    expect(rangeOf(state, 'm1')).toBeNull()
  })
})

describe('undo restores ranges exactly', () => {
  it('after a deletion that cut into an annotation', () => {
    let state = withMention()
    const range = rangeOf(state, 'm1')!
    state = remove(state, range.from - 3, range.from + 3)
    expect(annotationText(state, 'm1')).toBe('on Droege')
    state = undoState(state)
    expect(rangeOf(state, 'm1')).toEqual(range)
  })

  it('keeps text edits and annotation actions as separate undo steps', () => {
    let state = withMention()
    const depth = undoDepth(state)
    state = typeAt(state, 1, 'abc')
    state = run(select(state, 'Meta'), tagEntity('organisation', undefined, { id: 'm2' }))
    expect(undoDepth(state)).toBe(depth + 2)
    state = undoState(state)
    expect(layerOf(state).annotations.has('m2')).toBe(false)
    expect(state.doc.textContent.startsWith('abcLe PDG')).toBe(true)
    state = undoState(state)
    expect(state.doc.textContent.startsWith('Le PDG')).toBe(true)
    expect(annotationText(state, 'm1')).toBe('Jason Droege')
  })
})

describe('overlaps', () => {
  it('a quote containing two mentions and a note: all drawn, all found at a position', () => {
    let state = withMention()
    state = run(select(state, 'Scale AI, Jason Droege, a publiquement'), addQuote({ id: 'q1' }))
    state = run(select(state, 'Scale AI'), tagEntity('organisation', undefined, { id: 'm2' }))
    state = run(
      select(state, 'Droege'),
      addSourceNote({ text: 'Mémo', sourceKind: 'document' }, { id: 'n1' })
    )
    const pos = find(state, 'Droege').from + 2
    expect(annotationsAt(state, pos).map((h) => h.annotation.id)).toEqual(['n1', 'm1', 'q1'])

    const decos = decorationsOf(state).find()
    const parts = decos
      .map((d) => `${(d.spec as AnnotationSpec).id}:${(d.spec as AnnotationSpec).part}`)
      .sort()
    expect(parts).toEqual([
      'm1:mention-end',
      'm1:span',
      'm2:mention-end',
      'm2:span',
      'n1:note-end',
      'n1:span',
      'q1:close',
      'q1:open',
      'q1:span'
    ])
    const q = decos.find(
      (d) => (d.spec as AnnotationSpec).id === 'q1' && (d.spec as AnnotationSpec).part === 'span'
    )!
    const n = decos.find(
      (d) => (d.spec as AnnotationSpec).id === 'n1' && (d.spec as AnnotationSpec).part === 'span'
    )!
    // The note inside the quote takes the next underline lane, so both stay visible.
    expect([(q.spec as AnnotationSpec).lane, (n.spec as AnnotationSpec).lane]).toEqual([0, 1])
  })
})

describe('decorations', () => {
  it('use classes and data attributes, never style', () => {
    let state = withMention()
    state = run(
      select(state, 'a publiquement affirmé'),
      addQuote({ id: 'q1', speaker: { name: 'Jason Droege' } })
    )
    for (const d of decorationsOf(state).find()) {
      // Widgets (the letter after a mention) build their own element; the rest are attrs.
      if ((d.spec as AnnotationSpec).part === 'mention-end') continue
      const attrs = (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs
      expect(attrs).not.toHaveProperty('style')
      expect(attrs.class).toMatch(/^ann/)
      expect(attrs['data-ann-id']).toBeTruthy()
    }
    const mention = decorationsOf(state).find(
      undefined,
      undefined,
      (s: AnnotationSpec) => s.id === 'm1'
    )[0]
    expect(
      (mention as unknown as { type: { attrs: Record<string, string> } }).type.attrs
    ).toMatchObject({
      class: 'ann ann-mention ann-type-person',
      'data-entity-type': 'person',
      nodeName: 'span'
    })
  })

  it('map instead of rebuilding: unrelated blocks keep their decoration subtrees', () => {
    let state = withMention()
    state = run(select(state, 'Meta'), tagEntity('organisation'))
    const before = decorationsOf(state)
    state = typeAt(state, find(state, 'Meta').from, 'la ')
    const after = decorationsOf(state)
    const children = (set: DecorationSet) => (set as unknown as { children: unknown[] }).children
    expect(after).not.toBe(before)
    expect(children(after)[2]).toBe(children(before)[2]) // first block's subtree is shared
  })

  it('redraws a quote marker whose character was deleted', () => {
    let state = run(select(makeState(blocks(TEXT)), 'Jason Droege'), addQuote({ id: 'q1' }))
    const { from } = rangeOf(state, 'q1')!
    state = remove(state, from, from + 1)
    const open = decorationsOf(state).find(
      undefined,
      undefined,
      (s: AnnotationSpec) => s.part === 'open'
    )
    expect(open.map((d) => [d.from, d.to])).toEqual([[from, from + 1]])
    expect(annotationText(state, 'q1')).toBe('ason Droege')
  })
})

describe('the plugin', () => {
  it('starts empty without a layer, and is a no-op for selection-only transactions', () => {
    const state = makeState(blocks(TEXT))
    const empty = annotationPlugins({ conversions: articleConversions })
    expect(empty).toHaveLength(3)
    const moved = state.apply(state.tr.setSelection(state.selection))
    expect(annotationsKey.getState(moved)).toBe(annotationsKey.getState(state))
  })
})

describe('property: ranges follow any edits like mapped positions', () => {
  const paragraph = 'abcdefghij klmnopqrst uvwxyz 0123456789'

  it('stays equal to a reference mapping, orphaning exactly what is fully deleted', () => {
    const edit = fc.record({
      at: fc.nat(200),
      len: fc.nat(12),
      insert: fc.constantFrom('', 'x', 'yy', 'zzz')
    })
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(38), fc.integer({ min: 1, max: 10 })), {
          minLength: 1,
          maxLength: 6
        }),
        fc.array(edit, { maxLength: 8 }),
        (spans, edits) => {
          let state = makeState(blocks(paragraph, paragraph))
          const ref = new Map<string, { from: number; to: number } | null>()
          spans.forEach(([start, len], i) => {
            const from = 1 + start
            const to = Math.min(1 + paragraph.length, from + len)
            state = run(
              state,
              tagEntity('other', { name: `E${i}` }, { id: `a${i}`, range: { from, to } })
            )
            ref.set(`a${i}`, { from, to })
          })
          for (const e of edits) {
            const size = state.doc.content.size
            const from = 1 + (e.at % (size - 2))
            const to = Math.min(from + e.len, size - 1)
            const tr = e.insert
              ? state.tr.insertText(e.insert, from, to)
              : state.tr.delete(from, to)
            if (!tr.docChanged) continue
            for (const [id, r] of ref) {
              if (!r) continue
              const a = tr.mapping.map(r.from, 1)
              const b = tr.mapping.map(r.to, -1)
              ref.set(id, a < b ? { from: a, to: b } : null)
            }
            state = state.applyTransaction(tr).state
          }
          for (const [id, r] of ref) {
            expect(rangeOf(state, id)).toEqual(r)
            expect(layerOf(state).annotations.get(id)!.orphaned).toBe(r === null)
          }
        }
      ),
      { numRuns: 150 }
    )
  })

  it('undoing every edit gives back every range exactly; redoing gives the edited ranges', () => {
    const edit = fc.record({
      at: fc.nat(200),
      len: fc.nat(15),
      insert: fc.constantFrom('', 'x', 'yy')
    })
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(38), fc.integer({ min: 1, max: 10 })), {
          minLength: 1,
          maxLength: 5
        }),
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        (spans, edits) => {
          let state = makeState(blocks(paragraph, paragraph))
          spans.forEach(([start, len], i) => {
            const from = 1 + start
            const range = { from, to: Math.min(1 + paragraph.length, from + len) }
            state = run(state, addQuote({ id: `q${i}`, range }))
          })
          const ranges = (s: EditorState) =>
            [...layerOf(s).annotations.keys()].map((id) => rangeOf(s, id))
          const initial = ranges(state)
          const initialDoc = state.doc
          let changed = 0
          for (const e of edits) {
            const size = state.doc.content.size
            const from = 1 + (e.at % (size - 2))
            const to = Math.min(from + e.len, size - 1)
            const tr = e.insert
              ? state.tr.insertText(e.insert, from, to)
              : state.tr.delete(from, to)
            if (!tr.docChanged) continue
            // Separate undo events, as edits seconds apart would be.
            tr.setTime(Date.now() + ++changed * 10_000)
            state = state.applyTransaction(tr).state
          }
          const edited = ranges(state)
          const editedDoc = state.doc
          for (let i = 0; i < changed; i++) state = undoState(state)
          expect(state.doc.eq(initialDoc)).toBe(true)
          expect(ranges(state)).toEqual(initial)
          for (let i = 0; i < changed; i++) state = redoState(state)
          expect(state.doc.eq(editedDoc)).toBe(true)
          expect(ranges(state)).toEqual(edited)
        }
      ),
      { numRuns: 100 }
    )
  })
})
