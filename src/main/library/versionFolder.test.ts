import { afterEach, describe, expect, it, vi } from 'vitest'
import { contentHash, readContentHash } from './versionFolder'

afterEach(() => vi.restoreAllMocks())

describe('readContentHash', () => {
  it('is the content hash, serialised once per object read', () => {
    const read = { article: { id: 'a1' }, annotations: [{ id: 'x' }] }
    const expected = contentHash(read)
    const stringify = vi.spyOn(JSON, 'stringify')
    expect(readContentHash(read)).toBe(expected)
    expect(readContentHash(read)).toBe(expected)
    expect(stringify).toHaveBeenCalledTimes(1)
    // Another read of the same text is another object: hashed again, to the same hash.
    expect(readContentHash(structuredClone(read))).toBe(expected)
    expect(stringify).toHaveBeenCalledTimes(2)
  })

  it('hashes a value that is not an object as contentHash does', () => {
    expect(readContentHash('text')).toBe(contentHash('text'))
    expect(readContentHash(null)).toBe(contentHash(null))
  })
})
