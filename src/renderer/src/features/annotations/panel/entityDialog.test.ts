import { describe, expect, it } from 'vitest'
import { parseAliases } from './EntityDialog'

describe('parseAliases', () => {
  it('splits on lines and on a comma or semicolon before a space, never inside a figure', () => {
    expect(parseAliases('14,3 G$\n$14.3bn')).toEqual(['14,3 G$', '$14.3bn'])
    expect(parseAliases('Meta, Facebook; FB\n\n  Meta Platforms  ')).toEqual([
      'Meta',
      'Facebook',
      'FB',
      'Meta Platforms'
    ])
    expect(parseAliases('1,500 employees')).toEqual(['1,500 employees'])
  })
})
