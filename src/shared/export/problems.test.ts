import { describe, expect, it } from 'vitest'
import {
  describeJsonSyntaxError,
  describeProblems,
  jsonPath,
  jsonPathFromPointer
} from './problems'

describe('JSON paths', () => {
  it('writes keys with dots and indexes in brackets', () => {
    expect(jsonPath(['annotations', 3, 'target', 'start'])).toBe('$.annotations[3].target.start')
    expect(jsonPath([])).toBe('$')
    expect(jsonPath(['@context', 0])).toBe('$["@context"][0]')
  })

  it('reads ajv JSON Pointers, escapes included', () => {
    expect(jsonPathFromPointer('/annotations/3/target/start')).toBe('$.annotations[3].target.start')
    expect(jsonPathFromPointer('')).toBe('$')
    expect(jsonPathFromPointer('/a~1b/c~0d')).toBe('$["a/b"]["c~d"]')
  })
})

describe('problem messages', () => {
  it('names the first five problems and counts the rest', () => {
    const problems = Array.from({ length: 7 }, (_, i) => ({ path: `$.a[${i}]`, message: 'bad' }))
    const message = describeProblems('Refused', problems)
    expect(message.startsWith('Refused: $.a[0]: bad; $.a[1]: bad')).toBe(true)
    expect(message).not.toContain('$.a[5]')
    expect(message.endsWith('(and 2 more)')).toBe(true)
  })

  it('adds line and column to a JSON syntax error that only gives a position', () => {
    const text = '{\n  "a": 1,\n  x\n}'
    let error: unknown
    try {
      JSON.parse(text)
    } catch (e) {
      error = e
    }
    expect(describeJsonSyntaxError(text, error)).toMatch(/line 3/)
  })
})
