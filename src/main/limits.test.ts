import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHANNELS, dispatch, MAX_IMPORT_BYTES, type Channel } from '@shared/contract'
import {
  MAX_ALIASES,
  MAX_ANNOTATIONS,
  MAX_ARTICLE_CHARS,
  MAX_AUTHOR_CHARS,
  MAX_ENTITIES,
  MAX_ENTITY_TYPES,
  MAX_ID_CHARS,
  MAX_NAME_CHARS,
  MAX_NOTE_CHARS,
  MAX_NOTE_TITLE_CHARS,
  MAX_REQUEST_CHARS,
  MAX_REQUEST_DEPTH,
  MAX_TITLE_CHARS,
  requestSizeProblem
} from '@shared/limits'
import { MAX_DESK_TOKEN_CHARS, MAX_DESK_URL_CHARS } from '@shared/desk/deskSchemas'
import { DEFAULT_ENTITY_TYPES, type ArticleFile } from '@shared/model'
import { createHandlers } from './handlers'
import { Library } from './library/Library'
import { folderSnapshot } from './testing/folderSnapshot.testkit'

let folder: string
let handlers: ReturnType<typeof createHandlers>
let article: ArticleFile

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'newsroom-limits-'))
  const library = await Library.open({ folder })
  handlers = createHandlers({ library, openExternal: async () => true })
  const listing = await library.list()
  article = await library.open(listing.articles[0].id)
})

afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

const longer = (max: number): string => 'x'.repeat(max + 1)

/** A save of the sample article with one thing changed. */
function save(change: Partial<Pick<ArticleFile, 'entities' | 'annotations' | 'blocks'>>) {
  return {
    id: article.article.id,
    entities: article.entities,
    annotations: article.annotations,
    ...change
  }
}

function mention(i: number) {
  return {
    id: `m${i}`,
    kind: 'mention',
    entityId: 'e',
    target: { start: 0, end: 1, exact: 'S', prefix: '', suffix: '' },
    createdBy: '',
    createdAt: '2026-01-01T00:00:00Z',
    updatedBy: '',
    updatedAt: '2026-01-01T00:00:00Z'
  }
}

function deeplyNested(depth: number): unknown {
  let value: unknown = 'leaf'
  for (let i = 0; i < depth; i += 1) value = { id: value }
  return value
}

/** One request over a limit for each channel, and a few more for the channels that write. */
function oversized(): Array<[Channel, string, () => unknown]> {
  const entity = { id: 'e', type: 'person', name: 'Ana', aliases: [] as string[] }
  const note = (text: string, title = '') => ({
    ...mention(0),
    kind: 'source-note',
    text,
    title,
    sourceKind: 'document'
  })
  return [
    [
      'listLibrary',
      'a request of more than 16 MiB',
      () => ({ padding: longer(MAX_REQUEST_CHARS) })
    ],
    ['openArticle', 'an id too long', () => ({ id: longer(MAX_ID_CHARS) })],
    ['createArticle', 'an article text too long', () => ({ text: longer(MAX_ARTICLE_CHARS) })],
    [
      'createArticle',
      'a title too long',
      () => ({ text: 'Texte', title: longer(MAX_TITLE_CHARS) })
    ],
    [
      'importArticle',
      'a file too large',
      () => ({
        fileName: 'a.txt',
        contentBase64: 'A'.repeat(((MAX_IMPORT_BYTES + 3) / 3) * 4 + 2048)
      })
    ],
    ['renameArticle', 'a title too long', () => ({ id: article.article.id, title: longer(300) })],
    ['deleteArticle', 'an id too long', () => ({ id: longer(MAX_ID_CHARS) })],
    [
      'saveArticle',
      'a 50 MB entity name',
      () => save({ entities: [{ ...entity, name: longer(50e6) }] })
    ],
    [
      'saveArticle',
      'an entity name too long',
      () => save({ entities: [{ ...entity, name: longer(MAX_NAME_CHARS) }] })
    ],
    [
      'saveArticle',
      'too many aliases',
      () =>
        save({
          entities: [{ ...entity, aliases: Array.from({ length: MAX_ALIASES + 1 }, String) }]
        })
    ],
    [
      'saveArticle',
      'too many entities',
      () =>
        save({
          entities: Array.from({ length: MAX_ENTITIES + 1 }, (_, i) => ({ ...entity, id: `e${i}` }))
        })
    ],
    [
      'saveArticle',
      'too many annotations',
      () =>
        save({
          entities: [entity],
          annotations: Array.from({ length: MAX_ANNOTATIONS + 1 }, (_, i) => mention(i)) as never
        })
    ],
    [
      'saveArticle',
      'a source note too long',
      () => save({ annotations: [note(longer(MAX_NOTE_CHARS))] as never })
    ],
    [
      'saveArticle',
      'a source title too long',
      () => save({ annotations: [note('x', longer(MAX_NOTE_TITLE_CHARS))] as never })
    ],
    [
      'saveArticle',
      'an article text too long',
      () =>
        save({
          blocks: [
            { type: 'headline', text: 'T' },
            { type: 'paragraph', text: longer(MAX_ARTICLE_CHARS) }
          ]
        })
    ],
    [
      'saveArticleChanges',
      'an inserted block too long',
      () => ({
        id: article.article.id,
        base: 'a-revision',
        text: {
          start: 1,
          deleteCount: 0,
          blocks: [{ type: 'paragraph', text: longer(MAX_ARTICLE_CHARS) }]
        },
        entities: { put: [], remove: [] },
        annotations: { put: [], remove: [] }
      })
    ],
    [
      'saveArticleChanges',
      'too many annotations put',
      () => ({
        id: article.article.id,
        base: 'a-revision',
        entities: { put: [entity], remove: [] },
        annotations: {
          put: Array.from({ length: MAX_ANNOTATIONS + 1 }, (_, i) => mention(i)),
          remove: []
        }
      })
    ],
    ['getSettings', 'a request nested too deeply', () => deeplyNested(MAX_REQUEST_DEPTH + 1)],
    ['updateSettings', 'an author name too long', () => ({ authorName: longer(MAX_AUTHOR_CHARS) })],
    [
      'updateSettings',
      'too many entity types',
      () => ({
        entityTypes: Array.from({ length: MAX_ENTITY_TYPES + 1 }, (_, i) => ({
          ...DEFAULT_ENTITY_TYPES[0],
          id: `t${i}`
        }))
      })
    ],
    ['openExternal', 'a URL too long', () => ({ url: `https://example.com/${longer(2048)}` })],
    ['exportArticle', 'an id too long', () => ({ id: longer(MAX_ID_CHARS), format: 'native' })],
    [
      'importAnnotations',
      'an annotation file too large',
      () => ({ fileName: 'a.newsroom.json', text: longer(MAX_IMPORT_BYTES + 1024) })
    ],
    ['searchLibrary', 'a query too long', () => ({ query: longer(500) })],
    ['verificationQueue', 'a request nested too deeply', () => deeplyNested(MAX_REQUEST_DEPTH + 1)],
    ['entityPage', 'an entity key too long', () => ({ key: longer(400) })],
    ['libraryEntities', 'a request nested too deeply', () => deeplyNested(MAX_REQUEST_DEPTH + 1)],
    [
      'updateLibraryEntity',
      'a name too long',
      () => ({ id: 'ent-1', name: longer(MAX_NAME_CHARS) })
    ],
    [
      'mergeLibraryEntities',
      'an id too long',
      () => ({ keepId: longer(MAX_ID_CHARS), goneId: 'b' })
    ],
    [
      'splitLibraryEntity',
      'a name too long',
      () => ({ id: 'ent-1', articleIds: ['a'], name: longer(MAX_NAME_CHARS) })
    ],
    ['exportReport', 'an id too long', () => ({ id: longer(MAX_ID_CHARS), language: 'fr' })],
    ['getLibraryAccess', 'a request nested too deeply', () => deeplyNested(MAX_REQUEST_DEPTH + 1)],
    ['listArticleVersions', 'an id too long', () => ({ id: longer(MAX_ID_CHARS) })],
    ['restoreArticleVersion', 'a version id too long', () => ({ id: 'a', versionId: longer(64) })],
    ['overwriteChangedArticle', 'an id too long', () => ({ id: longer(MAX_ID_CHARS) })],
    ['getDeskSettings', 'a request nested too deeply', () => deeplyNested(MAX_REQUEST_DEPTH + 1)],
    [
      'saveDeskSettings',
      'a desk address too long',
      () => ({ url: `wss://desk.example.org/${longer(MAX_DESK_URL_CHARS)}`, name: 'Ana' })
    ],
    [
      'saveDeskSettings',
      'a token too long',
      () => ({ url: 'wss://desk.example.org', name: 'Ana', token: longer(MAX_DESK_TOKEN_CHARS) })
    ],
    ['shareArticle', 'an id too long', () => ({ id: longer(MAX_ID_CHARS) })],
    ['deskStatus', 'a request nested too deeply', () => deeplyNested(MAX_REQUEST_DEPTH + 1)],
    ['deskUndo', 'an id too long', () => ({ id: longer(MAX_ID_CHARS), direction: 'undo' })],
    ['stopSharing', 'an id too long', () => ({ id: longer(MAX_ID_CHARS) })]
  ]
}

describe('limits on every channel', () => {
  const cases = oversized()

  it('has a case for every channel', () => {
    expect(new Set(cases.map(([channel]) => channel))).toEqual(new Set(CHANNELS))
  })

  it.each(cases)(
    '%s refuses %s as too-large and writes nothing',
    async (channel, _what, request) => {
      const before = await folderSnapshot(folder)
      const result = await dispatch(channel, request(), handlers[channel] as never)
      expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } })
      expect(await folderSnapshot(folder)).toEqual(before)
    }
  )

  it('still accepts a save at the limits', async () => {
    const name = 'N'.repeat(MAX_NAME_CHARS)
    const at = await dispatch(
      'saveArticle',
      save({ entities: [{ id: 'e', type: 'person', name, aliases: [] }] }),
      handlers.saveArticle
    )
    expect(at.ok).toBe(true)
  })
})

describe('requestSizeProblem', () => {
  it('measures strings, keys and values, and stops on cycles', () => {
    expect(requestSizeProblem({ a: 'xx' }, 10)).toBeUndefined()
    expect(requestSizeProblem({ a: 'x'.repeat(10) }, 10)).toMatch(/larger than/)
    expect(requestSizeProblem({ ['k'.repeat(10)]: 1 }, 10)).toMatch(/larger than/)
    expect(requestSizeProblem(deeplyNested(4), 1000, 4)).toBeUndefined()
    expect(requestSizeProblem(deeplyNested(5), 1000, 4)).toMatch(/deeper than 4 levels/)
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(requestSizeProblem(cyclic)).toMatch(/deeper than/)
  })
})
