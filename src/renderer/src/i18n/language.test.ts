import { describe, expect, it } from 'vitest'
import { resolveLanguage } from './language'
import { dictionaries } from './strings'

describe('resolveLanguage', () => {
  it('follows the system when the setting says so', () => {
    expect(resolveLanguage('system', ['fr-CA', 'en-US'])).toBe('fr')
    expect(resolveLanguage('system', ['en-US', 'fr-FR'])).toBe('en')
  })

  it('skips system languages the UI is not written in', () => {
    expect(resolveLanguage('system', ['de-DE', 'fr'])).toBe('fr')
    expect(resolveLanguage('system', ['de-DE'])).toBe('en')
    expect(resolveLanguage('system', [])).toBe('en')
  })

  it('lets the setting override the system', () => {
    expect(resolveLanguage('fr', ['en-US'])).toBe('fr')
    expect(resolveLanguage('en', ['fr-FR'])).toBe('en')
  })
})

describe('dictionaries', () => {
  it('give every language the same keys, none empty', () => {
    const keys = Object.keys(dictionaries.en).sort()
    expect(Object.keys(dictionaries.fr).sort()).toEqual(keys)
    for (const messages of Object.values(dictionaries)) {
      for (const value of Object.values(messages)) {
        if (typeof value === 'string') expect(value.trim()).not.toBe('')
      }
    }
  })

  it('word the damage alert as the UI contract says', () => {
    const text = dictionaries.en.damagedFiles(['broken.json'], '/lib/quarantine', [])
    expect(text).toMatch(
      /^1 article file could not be read: broken\.json\. It was moved to the quarantine folder/
    )
    expect(text).toContain('No version was kept of it')
    const both = dictionaries.en.damagedFiles(['a.json', 'b.json'], 'q', ['a.json'])
    expect(both).toMatch(
      /^2 article files could not be read: a\.json and b\.json\. They were moved/
    )
    expect(both).toContain('a.json was put back as last saved')
    expect(both).toContain('No version was kept of the others')
    expect(dictionaries.en.damagedFiles(['a.json'], 'q', ['a.json'])).not.toContain('No version')
    // The list follows each language's own rule (Intl.ListFormat).
    expect(dictionaries.fr.damagedFiles(['a.json', 'b.json', 'c.json'], 'q', [])).toContain(
      'a.json, b.json et c.json.'
    )
  })
})
