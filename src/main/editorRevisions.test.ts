import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ContractHandlers } from '@shared/contract'
import type { Annotation, Block, Entity } from '@shared/model'
import { CodePointIndex, plainText } from '@shared/text'
import { createHandlers } from './handlers'
import { Library } from './library/Library'
import { contractCalls } from './testing/contractCalls.testkit'

let folder: string
let handlers: ContractHandlers

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'newsroom-revisions-'))
  const library = await Library.open({ folder })
  handlers = createHandlers({ library, openExternal: async () => true })
})

afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

const { call, value } = contractCalls(() => handlers)

const entity: Entity = { id: 'e-meta', type: 'organisation', name: 'Meta', aliases: [] }

/** A mention of the n-th occurrence of `word` in the text of `blocks`. */
function mention(blocks: Block[], word: string, id: string, nth = 0): Annotation {
  const index = new CodePointIndex(plainText(blocks))
  let at = -1
  for (let i = 0; i <= nth; i++) at = index.text.indexOf(word, at + 1)
  const start = index.toCodePoint(at)
  return {
    id,
    kind: 'mention',
    entityId: entity.id,
    orphaned: false,
    createdAt: '2025-06-20T10:00:00.000Z',
    createdBy: 'Ana',
    updatedAt: '2025-06-20T10:00:00.000Z',
    updatedBy: 'Ana',
    target: index.target(start, start + [...word].length)
  } as Annotation
}

const TEXT = [
  'Meta en tête',
  'Meta au milieu, loin de la fin du texte qui suit.',
  'Puis, bien plus loin dans le dernier paragraphe, Meta à la fin.'
]

/** An article with three mentions, opened as the editor opens it. */
async function openedArticle() {
  const summary = await value('createArticle', { text: TEXT.join('\n\n') })
  const opened = await value('openArticle', { id: summary.id })
  const annotations = [0, 1, 2].map((n) => mention(opened.blocks, 'Meta', `m${n}`, n))
  const saved = await value('saveArticle', {
    id: summary.id,
    entities: [entity],
    annotations
  })
  return { id: summary.id, blocks: opened.blocks, annotations, revision: saved.revision! }
}

describe('saveArticleChanges', () => {
  it('writes the same file as the whole save of the changed article', async () => {
    const { id, blocks, annotations, revision } = await openedArticle()
    // "Hier, " typed at the start of the second paragraph: its mention is sent, the one
    // after is moved by main, the one before stays.
    const edited = [blocks[0], { ...blocks[1], text: `Hier, ${blocks[1].text}` }, blocks[2]]
    const fresh = [0, 1, 2].map((n) => mention(edited, 'Meta', `m${n}`, n))
    const saved = await value('saveArticleChanges', {
      id,
      base: revision,
      text: { start: 1, deleteCount: 1, blocks: [edited[1]] },
      entities: { put: [], remove: [] },
      annotations: { put: [fresh[0], fresh[1]], remove: [] }
    })
    expect(saved.revision).toBeTruthy()
    expect(saved.revision).not.toBe(revision)
    const file = JSON.parse(await readFile(join(folder, 'articles', `${id}.json`), 'utf8'))
    expect(file.blocks).toEqual(edited)
    expect(file.annotations).toEqual(fresh)
    expect(fresh[2].target.start).toBe(annotations[2].target.start + 6)
    // The next change goes against the new revision, and only it.
    const again = await call('saveArticleChanges', {
      id,
      base: revision,
      entities: { put: [], remove: [] },
      annotations: { put: [], remove: ['m0'] }
    })
    expect(again).toMatchObject({ ok: false, error: { code: 'base-changed' } })
    await value('saveArticleChanges', {
      id,
      base: saved.revision!,
      entities: { put: [], remove: [] },
      annotations: { put: [], remove: ['m0'] }
    })
    const after = JSON.parse(await readFile(join(folder, 'articles', `${id}.json`), 'utf8'))
    expect(after.annotations.map((a: Annotation) => a.id)).toEqual(['m1', 'm2'])
    expect(after.blocks).toEqual(edited)
  })

  it('refuses, writing nothing, a change that leaves out an annotation by the edited text', async () => {
    const { id, blocks, revision } = await openedArticle()
    const before = await readFile(join(folder, 'articles', `${id}.json`), 'utf8')
    const edited = { ...blocks[1], text: `Hier, ${blocks[1].text}` }
    const result = await call('saveArticleChanges', {
      id,
      base: revision,
      text: { start: 1, deleteCount: 1, blocks: [edited] },
      entities: { put: [], remove: [] },
      annotations: { put: [], remove: [] }
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'base-changed' } })
    if (!result.ok) expect(result.error.message).toMatch(/Annotation m0 stands by the changed text/)
    expect(await readFile(join(folder, 'articles', `${id}.json`), 'utf8')).toBe(before)
  })

  it('refuses a revision it never gave, and one an opening replaced', async () => {
    const { id, revision } = await openedArticle()
    const change = {
      id,
      entities: { put: [], remove: [] },
      annotations: { put: [], remove: ['m0'] }
    }
    expect(await call('saveArticleChanges', { ...change, base: 'made-up' })).toMatchObject({
      ok: false,
      error: { code: 'base-changed' }
    })
    const reopened = await value('openArticle', { id })
    expect(reopened.revision).not.toBe(revision)
    expect(await call('saveArticleChanges', { ...change, base: revision })).toMatchObject({
      ok: false,
      error: { code: 'base-changed' }
    })
    expect(await call('saveArticleChanges', { ...change, base: reopened.revision! })).toMatchObject(
      { ok: true }
    )
  })

  it('checks the rebuilt article as a whole save is checked', async () => {
    const { id, revision } = await openedArticle()
    const wrong = {
      ...mention(
        TEXT.map((text) => ({ type: 'paragraph', text })),
        'Meta',
        'm9'
      )
    }
    wrong.target = { ...wrong.target, exact: 'Ailleurs' }
    const result = await call('saveArticleChanges', {
      id,
      base: revision,
      entities: { put: [], remove: [] },
      annotations: { put: [wrong], remove: [] }
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })
})
