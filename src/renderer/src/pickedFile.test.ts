import { describe, expect, it } from 'vitest'
import { MAX_IMPORT_BYTES } from '@shared/contract'
import { bytesToBase64, readPickedFile } from './pickedFile'

function picked(name: string, bytes: Uint8Array, size = bytes.length) {
  return { name, size, arrayBuffer: async () => bytes.slice().buffer }
}

/** Decodes base64 back to bytes with the platform's own decoder. */
function decode(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
}

describe('bytesToBase64', () => {
  it('gives the standard encoding', () => {
    const ascii = (s: string) => new TextEncoder().encode(s)
    expect(bytesToBase64(ascii('Man'))).toBe('TWFu')
    expect(bytesToBase64(ascii('Ma'))).toBe('TWE=')
    expect(bytesToBase64(ascii('M'))).toBe('TQ==')
    expect(bytesToBase64(new Uint8Array())).toBe('')
  })

  it('round-trips text and binary, across chunk boundaries', () => {
    const text = new TextEncoder().encode('Scale AI « 14,3 G$ » 😀\n')
    expect(decode(bytesToBase64(text))).toEqual(text)
    const big = new Uint8Array(0x8000 * 2 + 17).map((_, i) => (i * 31) & 0xff)
    expect(decode(bytesToBase64(big))).toEqual(big)
  })
})

describe('readPickedFile', () => {
  it('reads a file as base64', async () => {
    const bytes = new TextEncoder().encode('Titre\n\nTexte')
    expect(await readPickedFile(picked('a.txt', bytes))).toEqual({
      ok: true,
      fileName: 'a.txt',
      contentBase64: bytesToBase64(bytes)
    })
  })

  it('refuses a file over the limit without reading it', async () => {
    const file = {
      name: 'huge.txt',
      size: MAX_IMPORT_BYTES + 1,
      arrayBuffer: async (): Promise<ArrayBuffer> => {
        throw new Error('must not be read')
      }
    }
    expect(await readPickedFile(file)).toEqual({
      ok: false,
      fileName: 'huge.txt',
      problem: 'too-large'
    })
  })

  it('reports a file that cannot be read', async () => {
    const file = {
      name: 'gone.txt',
      size: 3,
      arrayBuffer: async (): Promise<ArrayBuffer> => {
        throw new Error('NotReadableError')
      }
    }
    expect(await readPickedFile(file)).toEqual({
      ok: false,
      fileName: 'gone.txt',
      problem: 'unreadable'
    })
  })
})
