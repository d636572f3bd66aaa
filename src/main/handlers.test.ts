import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CHANNELS, dispatch, MAX_IMPORT_BYTES, type ContractHandlers } from '@shared/contract'
import { bytesFromBase64, createHandlers } from './handlers'
import { Library } from './library/Library'
import { contractCalls } from './testing/contractCalls.testkit'

let folder: string
let handlers: ContractHandlers
const opened: string[] = []

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'newsroom-handlers-'))
  opened.length = 0
  const library = await Library.open({ folder })
  handlers = createHandlers({
    library,
    openExternal: async (url) => {
      opened.push(url)
      return true
    }
  })
})

afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

const { call, value } = contractCalls(() => handlers)

const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64')

describe('createHandlers + dispatch', () => {
  it('implements every channel of the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort())
  })

  it('runs a whole article life cycle through the contract', async () => {
    const listing = await value('listLibrary', {})
    expect(listing.articles).toHaveLength(1)
    const created = await value('createArticle', { text: 'Titre\n\nCorps du texte.' })
    const file = await value('openArticle', { id: created.id })
    expect(file.blocks).toHaveLength(2)
    const imported = await value('importArticle', {
      fileName: 'page.html',
      contentBase64: base64('<h1>Importé</h1><p>Texte.</p>')
    })
    expect(imported.title).toBe('Importé')
    const renamed = await value('renameArticle', { id: created.id, title: 'Nouveau' })
    expect(renamed.title).toBe('Nouveau')
    const saved = await value('saveArticle', { id: created.id, entities: [], annotations: [] })
    expect(typeof saved.updatedAt).toBe('string')
    const settings = await value('updateSettings', { authorName: 'Ana' })
    expect((await value('getSettings', {})).authorName).toBe(settings.authorName)
    const { trashedAs } = await value('deleteArticle', { id: created.id })
    expect(trashedAs.startsWith('trash/')).toBe(true)
    expect((await value('listLibrary', {})).articles).toHaveLength(2)
    expect(await value('openExternal', { url: 'https://example.com/a' })).toEqual({ opened: true })
    expect(opened).toEqual(['https://example.com/a'])
  })

  it('returns typed errors, never raw exceptions', async () => {
    const missing = await call('openArticle', { id: 'does-not-exist' })
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } })

    const badRequest = await dispatch('openArticle', { id: 42 }, handlers.openArticle)
    expect(badRequest).toMatchObject({ ok: false, error: { code: 'invalid-input' } })

    const binary = await call('importArticle', {
      fileName: 'photo.txt',
      contentBase64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]).toString('base64')
    })
    expect(binary).toMatchObject({ ok: false, error: { code: 'unsupported' } })
    if (!binary.ok) expect(binary.error.message).toMatch(/looks like a binary file/)

    const notBase64 = await call('importArticle', { fileName: 'a.txt', contentBase64: '%%%' })
    expect(notBase64).toMatchObject({ ok: false, error: { code: 'invalid-input' } })

    const unknownType = await call('importArticle', {
      fileName: 'a.pdf',
      contentBase64: base64('x')
    })
    expect(unknownType).toMatchObject({ ok: false, error: { code: 'unsupported' } })

    const empty = await call('createArticle', { text: '   ' })
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid-input' } })

    const script = await call('openExternal', { url: 'javascript:alert(1)' })
    expect(script).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(opened).toEqual([])

    const failing = createHandlers({
      library: await Library.open({ folder }),
      openExternal: async () => {
        throw new Error('no browser')
      }
    })
    const io = await dispatch('openExternal', { url: 'https://example.com' }, failing.openExternal)
    expect(io).toMatchObject({
      ok: false,
      error: { code: 'io', message: expect.stringMatching(/no browser/) }
    })
  })

  it('refuses an oversized import from its base64 length, before decoding', async () => {
    const size = MAX_IMPORT_BYTES + 1 // a multiple of 3: base64 without padding
    const encoded = 'A'.repeat((size / 3) * 4)
    expect(() => bytesFromBase64('big.txt', encoded)).toThrow(/largest file that can be imported/)
    const viaContract = await call('importArticle', { fileName: 'big.txt', contentBase64: encoded })
    expect(viaContract).toMatchObject({ ok: false, error: { code: 'too-large' } })
    expect(bytesFromBase64('ok.txt', base64('héllo'))).toEqual(new TextEncoder().encode('héllo'))
  })
})
