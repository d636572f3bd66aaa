import { describe, expect, it } from 'vitest'
import type { Entity } from '../model'
import { classifyRuns, groupNames } from './namedEntities'
import { nameRuns } from './names'

function names(text: string, language: 'fr' | 'en', entities: Entity[] = []) {
  return groupNames(classifyRuns({ text, language, entities }, nameRuns(text))).map((e) => [
    e.type,
    e.name,
    e.mentions.map((m) => text.slice(m.start, m.end)).join('|'),
    e.entityId ?? ''
  ])
}

describe('people and organisations', () => {
  it('groups a surname with the full name and a short name with the company', () => {
    const text =
      'Le PDG de Scale AI, Jason Droege, a parlé. Droege a souligné que Scale restait indépendante. Meta investit. Cette entente plaît à Meta.'
    expect(names(text, 'fr')).toEqual([
      ['organisation', 'Scale AI', 'Scale AI|Scale', ''],
      ['person', 'Jason Droege', 'Jason Droege|Droege', ''],
      ['organisation', 'Meta', 'Meta|Meta', '']
    ])
  })

  it('reads French institutions, particles and the nationality before a company', () => {
    const text =
      'L’Union européenne et le Fonds monétaire international ont reçu Thomas Le Goff. Le chinois CATL a réagi, comme l’Insee.'
    expect(names(text, 'fr').map(([type, name]) => [type, name])).toEqual([
      ['organisation', 'Union européenne'],
      ['organisation', 'Fonds monétaire international'],
      ['person', 'Thomas Le Goff'],
      ['organisation', 'CATL'],
      ['organisation', 'Insee']
    ])
  })

  it('does not take a capital at the start of a sentence for a name', () => {
    const text = 'Leaders at the trust met. Logistics firms complained. Toutefois, rien ne bouge.'
    expect(names(text, 'en')).toEqual([])
  })

  it('links names to the article’s existing entities', () => {
    const entities: Entity[] = [
      { id: 'meta', type: 'organisation', name: 'Meta Platforms', aliases: ['Meta'] }
    ]
    expect(names('Meta a investi. Puis Meta a recruté.', 'fr', entities)).toEqual([
      ['organisation', 'Meta', 'Meta|Meta', 'meta']
    ])
  })

  it('keeps a plural possessive inside a name and leaves a title out of it', () => {
    const text =
      "The British Airline Pilots' Association backed the strike, said Captain Rory Fenwick."
    expect(names(text, 'en').map(([type, name, mentions]) => [type, name, mentions])).toEqual([
      [
        'organisation',
        "British Airline Pilots' Association",
        "British Airline Pilots' Association"
      ],
      ['person', 'Rory Fenwick', 'Rory Fenwick']
    ])
  })

  it('tells a ministry from a minister’s portfolio and a common noun from an institution', () => {
    const text =
      'Le ministère de l’Économie suit le dossier. La ministre de l’Agriculture viendra. L’État paiera, et l’État le sait.'
    expect(names(text, 'fr').map(([type, name]) => [type, name])).toEqual([
      ['organisation', 'ministère de l’Économie']
    ])
  })

  it('takes a bracketed name as another name of the organisation before it', () => {
    const text =
      'La Banque publique d’investissement (Bpifrance) prêtera. Bpifrance l’a confirmé à Météo-France, qui dépend du service Acas.'
    expect(names(text, 'fr').map(([type, name, mentions]) => [type, name, mentions])).toEqual([
      [
        'organisation',
        'Banque publique d’investissement',
        'Banque publique d’investissement|Bpifrance|Bpifrance'
      ],
      ['organisation', 'Météo-France', 'Météo-France'],
      ['organisation', 'Acas', 'Acas']
    ])
  })

  it('takes the lower-case rest of a name up to its bracketed other name', () => {
    const text = 'Selon l’Agence de la transition écologique (Ademe), les ventes progressent.'
    expect(names(text, 'fr').map(([type, name, mentions]) => [type, name, mentions])).toEqual([
      [
        'organisation',
        'Agence de la transition écologique',
        'Agence de la transition écologique|Ademe'
      ]
    ])
  })
})
