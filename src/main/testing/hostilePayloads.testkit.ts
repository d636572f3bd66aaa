/**
 * fast-check arbitraries for malformed requests: values of every wrong type, huge strings,
 * `__proto__` / `constructor` / `prototype` keys, deep nesting, and valid requests with one
 * field replaced by any of those. Used to fuzz the contract in-process and over HTTP.
 */
import fc from 'fast-check'
import { contract, parseRequest, type Channel } from '@shared/contract'
import { MAX_REQUEST_CHARS } from '@shared/limits'

/** Built once: a string over the whole-request limit, and one that is merely long. */
const HUGE_STRINGS = ['x'.repeat(100_000), 'é'.repeat(MAX_REQUEST_CHARS + 1)]

/** Objects that would pollute prototypes if a handler merged them carelessly. */
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']

/** A plain object with the given own keys, `__proto__` included as an own key. */
function objectWith(entries: ReadonlyArray<readonly [string, unknown]>): Record<string, unknown> {
  const target: Record<string, unknown> = {}
  for (const [key, value] of entries) {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true
    })
  }
  return target
}

function nested(depth: number, leaf: unknown): unknown {
  let value = leaf
  for (let i = 0; i < depth; i += 1) value = i % 2 ? [value] : { a: value }
  return value
}

/** Values of any type, as IPC's structured clone or JSON could deliver them. */
export const anyValue: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true
})

/**
 * One hostile value: wrong type, huge (unless `huge` is false: over HTTP a 32 MB body per run
 * costs seconds, and the body limit has tests of its own), prototype keys, or far too deep.
 */
export function hostileValue({ huge = true } = {}): fc.Arbitrary<unknown> {
  return fc.oneof(
    anyValue,
    fc.constantFrom<unknown>(
      ...(huge ? HUGE_STRINGS : HUGE_STRINGS.slice(0, 1)),
      null,
      NaN,
      Infinity,
      -1,
      1e308,
      true,
      [],
      {},
      ''
    ),
    fc
      .array(fc.tuple(fc.constantFrom(...PROTOTYPE_KEYS), anyValue), { minLength: 1, maxLength: 3 })
      .map(objectWith),
    fc.constant(
      JSON.parse(
        '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'
      )
    ),
    fc.integer({ min: 33, max: 5_000 }).map((depth) => nested(depth, 'leaf'))
  )
}

/**
 * Malformed requests for `channel`: a hostile value on its own, or `valid` with one field
 * replaced by a hostile value or with prototype keys added. Only requests the channel refuses
 * are kept (a few hostile values are valid by chance: an empty string for an optional title).
 */
export function malformedRequest(
  channel: Channel,
  valid: Record<string, unknown>,
  options: { huge?: boolean } = {}
) {
  const hostile = hostileValue(options)
  const keys = Object.keys(valid)
  const replaced = fc
    .tuple(fc.constantFrom(...(keys.length ? keys : ['id'])), hostile)
    .map(([key, value]) =>
      objectWith([...Object.entries(valid).filter(([k]) => k !== key), [key, value]])
    )
  const extraKeys = fc
    .array(fc.tuple(fc.constantFrom(...PROTOTYPE_KEYS), hostile), {
      minLength: 1,
      maxLength: 2
    })
    .map((extra) => objectWith([...Object.entries(valid), ...extra]))
  return fc
    .oneof(hostile, replaced, extraKeys)
    .filter((request) => !parseRequest(channel, contract[channel].request, request).ok)
}

/** Prototype keys of the built-in prototypes, to check that fuzzing polluted none. */
export function prototypeShape(): string {
  return JSON.stringify(
    [Object.prototype, Array.prototype, Function.prototype].map((p) =>
      Object.getOwnPropertyNames(p).sort()
    )
  )
}

/** A valid request for each channel on the article `articleId`, for the fuzzer to spoil. */
export function validRequest(channel: Channel, articleId: string): Record<string, unknown> {
  const requests: Record<Channel, Record<string, unknown>> = {
    listLibrary: {},
    openArticle: { id: articleId },
    createArticle: { text: 'Titre\n\nTexte.', title: 'Titre' },
    importArticle: { fileName: 'a.txt', contentBase64: 'VGl0cmU=' },
    renameArticle: { id: articleId, title: 'Nouveau titre' },
    deleteArticle: { id: articleId },
    saveArticle: { id: articleId, entities: [], annotations: [] },
    saveArticleChanges: {
      id: articleId,
      base: 'a-revision',
      text: { start: 1, deleteCount: 1, blocks: [{ type: 'paragraph', text: 'Texte.' }] },
      entities: { put: [], remove: [] },
      annotations: { put: [], remove: ['a-removed'] }
    },
    getSettings: {},
    updateSettings: { authorName: 'Ana', language: 'fr' },
    openExternal: { url: 'https://example.com/' },
    exportArticle: { id: articleId, format: 'native' },
    importAnnotations: { fileName: 'a.newsroom.json', text: '{}' },
    searchLibrary: { query: 'Droege' },
    verificationQueue: {},
    entityPage: { articleId, entityId: 'jason-droege' },
    libraryEntities: {},
    updateLibraryEntity: { id: 'ent-jason-droege', name: 'Jason Droege', description: 'CEO' },
    mergeLibraryEntities: { keepId: 'ent-jason-droege', goneId: 'ent-droege' },
    splitLibraryEntity: { id: 'ent-jason-droege', articleIds: [articleId], name: 'J. Droege' },
    exportReport: { id: articleId, language: 'fr' },
    getLibraryAccess: {},
    listArticleVersions: { id: articleId },
    restoreArticleVersion: { id: articleId, versionId: '20261129T130000000Z-saved' },
    overwriteChangedArticle: { id: articleId },
    getDeskSettings: {},
    saveDeskSettings: { url: 'wss://desk.example.org', name: 'Ana', token: 'a-token-of-ana-0123' },
    shareArticle: { id: articleId },
    deskStatus: {},
    deskUndo: { id: articleId, direction: 'undo' },
    stopSharing: { id: articleId }
  }
  return requests[channel]
}
