/**
 * Articles for the library memory's tests: the annotated Scale AI fixture, and a second article that
 * quotes the same speaker under its own entity id (as two articles of the library do).
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { importNative } from '../../src/shared/export/native'
import { ARTICLE_SCHEMA_VERSION, type ArticleFile } from '../../src/shared/model'

const FIXTURE = resolve(import.meta.dirname, '../fixtures/scale-ai-meta.annotated.newsroom.json')

/** The annotated Scale AI article of the fixture. */
export function scaleAiArticle(): ArticleFile {
  return importNative(readFileSync(FIXTURE, 'utf8'))
}

const AT = '2026-06-20T10:00:00.000Z'

/** A short second article where "JASON DROEGE" (another id, other case) is quoted once. */
export function followUpArticle(status: 'needs-checking' | 'verified' = 'verified'): ArticleFile {
  const headline = 'Scale AI après Meta'
  const paragraph = 'Jason Droege a répété que « Scale reste indépendante » devant les clients.'
  const quoteStart = [...headline].length + 2 + [...'Jason Droege a répété que « '].length
  const exact = 'Scale reste indépendante'
  const quoteEnd = quoteStart + [...exact].length
  return {
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    article: {
      id: 'follow-up',
      title: 'Scale AI après Meta',
      language: 'fr',
      origin: { kind: 'paste' },
      createdAt: AT,
      updatedAt: AT
    },
    blocks: [
      { type: 'headline', text: headline },
      { type: 'paragraph', text: paragraph }
    ],
    entities: [{ id: 'droege-2', type: 'person', name: 'JASON DROEGE', aliases: [] }],
    annotations: [
      {
        id: 'q-follow',
        kind: 'quote',
        target: { start: quoteStart, end: quoteEnd, exact, prefix: '', suffix: '' },
        orphaned: false,
        speakerId: 'droege-2',
        quoteKind: 'direct',
        status,
        comment: '',
        createdBy: 'Desk',
        createdAt: AT,
        updatedBy: 'Desk',
        updatedAt: AT
      },
      {
        id: 'm-follow',
        kind: 'mention',
        target: {
          start: [...headline].length + 2,
          end: [...headline].length + 14,
          exact: 'Jason Droege',
          prefix: '',
          suffix: ''
        },
        orphaned: false,
        entityId: 'droege-2',
        createdBy: 'Desk',
        createdAt: AT,
        updatedBy: 'Desk',
        updatedAt: AT
      }
    ]
  }
}
