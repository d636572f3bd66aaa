/**
 * fast-check arbitraries for the export and anchoring property tests: articles whose text
 * mixes French words with emoji and other astral characters, combining accents that NFC
 * composes and some it cannot, no-break spaces (U+00A0, U+202F); entity registries; and
 * random, freely overlapping annotation sets, some of them orphans. Test support only.
 */
import fc from 'fast-check'
import {
  ARTICLE_SCHEMA_VERSION,
  type Annotation,
  type ArticleFile,
  type Block,
  type Entity,
  type EntityValue
} from '../model'
import { CodePointIndex, plainText } from '../text'

/** Pieces of text, chosen to stress code-point counting and normalisation. */
export const TEXT_PIECES = [
  'Scale',
  'Meta',
  'l’entreprise',
  'indépendance',
  'participation',
  'milliards',
  'de',
  'la',
  'dollars',
  'Droege',
  'a',
  'précisé',
  'que',
  '«',
  '»',
  'client',
  'société',
  'œuvre',
  'Ça',
  'naïve',
  'Zoë',
  'Ñandú',
  'straße',
  'ﬁn',
  'Åsa',
  'Dvořák',
  '日本語',
  '𠀀𠀁',
  '𝔸𝔹ℂ',
  '😀',
  '👩🏽‍💻',
  '🇫🇷',
  '🧑‍🤝‍🧑',
  'e\u0301t\u0301e\u0301',
  'q\u0301',
  'a\u0308\u0304',
  'Å',
  '49\u00a0%',
  '14,3\u202fG$',
  '1\u202f500',
  ':',
  ';',
  '!',
  '?',
  ',',
  '.',
  '"',
  '=SUM(A1)',
  '+33',
  '-5',
  '@here',
  'x,y',
  'l"a'
] as const

const SEPARATORS = [' ', ' ', ' ', '\u00a0', '\u202f', ' — '] as const

/** One block's text: NFC, one line, never empty. */
export const blockText = fc
  .array(fc.tuple(fc.constantFrom(...TEXT_PIECES), fc.constantFrom(...SEPARATORS)), {
    minLength: 1,
    maxLength: 40
  })
  .map((parts) =>
    parts
      .map(([piece, sep], i) => (i === parts.length - 1 ? piece : piece + sep))
      .join('')
      .normalize('NFC')
  )

/** An article's blocks: a headline and some paragraphs. */
export const blocks: fc.Arbitrary<Block[]> = fc
  .tuple(blockText, fc.array(blockText, { minLength: 0, maxLength: 5 }))
  .map(([headline, paragraphs]) => [
    { type: 'headline' as const, text: headline },
    ...paragraphs.map((text, i) => ({
      type: i === 0 ? ('standfirst' as const) : ('paragraph' as const),
      text
    }))
  ])

/** An ISO date-time between 2020 and 2030. */
export const isoDateTime = fc
  .date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2030-12-31T23:59:59Z'),
    noInvalidDate: true
  })
  .map((d) => d.toISOString())

/** Free text as people type it into comments and notes (any grapheme, formulas included). */
export const freeText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom(
    '',
    '=HYPERLINK("http://x")',
    '+1',
    '-',
    '@SUM',
    'a,b',
    'say "hi"',
    'line\nbreak',
    '\tTab'
  )
)

const entityValue: fc.Arbitrary<EntityValue> = fc.oneof(
  fc.record({
    kind: fc.constant('money' as const),
    // -0 has no JSON spelling of its own (JSON.stringify writes 0), so it is left out.
    amount: fc
      .double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 })
      .map((x) => x || 0),
    currency: fc.constantFrom('USD', 'EUR', 'CAD')
  }),
  fc.record({
    kind: fc.constant('percentage' as const),
    percent: fc.integer({ min: 0, max: 100 })
  }),
  fc.record(
    {
      kind: fc.constant('date' as const),
      date: fc.constantFrom('2019', '2025-06', '2024-05-31'),
      // An interval's end ("mi-juin": 2025-06-11 until 2025-06-20) is optional.
      until: fc.constantFrom('2025-12', '2026-01-15')
    },
    { requiredKeys: ['kind', 'date'] }
  ),
  fc.record(
    {
      kind: fc.constant('quantity' as const),
      amount: fc.integer({ min: 0, max: 10_000 }),
      unit: fc.constantFrom('employees', 'years')
    },
    { requiredKeys: ['kind', 'amount'] }
  )
)

/** An entity registry of 1 to 5 entities with distinct ids. */
export const entities: fc.Arbitrary<Entity[]> = fc
  .uniqueArray(fc.constantFrom('scale-ai', 'meta', 'droege', 'e:1', 'ent/2', 'ü-9', '😀'), {
    minLength: 1,
    maxLength: 5
  })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.record(
          {
            id: fc.constant(id),
            type: fc.constantFrom(
              'person',
              'organisation',
              'money',
              'percentage',
              'date',
              'product',
              'other'
            ),
            name: fc.constantFrom(
              'Scale AI',
              'Meta Platforms',
              'Jason Droege',
              '14,3 G$',
              '=danger',
              'Zoë 😀'
            ),
            aliases: fc.array(fc.constantFrom('Scale', 'Meta', '-x', 'la jeune pousse'), {
              maxLength: 3
            }),
            wikidataId: fc.constantFrom('Q380', 'Q95', 'Q21708200'),
            value: entityValue
          },
          { requiredKeys: ['id', 'type', 'name', 'aliases'] }
        )
      )
    )
  )

/** A random annotation over a text of `length` code points. */
function annotation(
  index: CodePointIndex,
  entityIds: readonly string[],
  n: number
): fc.Arbitrary<Annotation> {
  const length = index.length
  const range = fc
    .tuple(fc.integer({ min: 0, max: length }), fc.integer({ min: 0, max: 40 }))
    .map(([start, span]) => [start, Math.min(length, start + span)] as const)
  const target = fc.oneof(
    {
      weight: 9,
      arbitrary: range.map(([s, e]) => ({ orphaned: false, target: index.target(s, e) }))
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.integer({ min: 0, max: length }),
          fc.constantFrom('deleted words', 'Meta', '😀 gone')
        )
        .map(([at, exact]) => ({
          orphaned: true,
          target: { start: at, end: at, exact, prefix: 'before ', suffix: ' after' }
        }))
    }
  )
  const base = fc.record({
    placed: target,
    createdBy: fc.constantFrom('', 'Claire', 'Ana Ñ', '=cmd'),
    createdAt: isoDateTime,
    updatedBy: fc.constantFrom('', 'Claire', 'Jo'),
    updatedAt: isoDateTime
  })
  const entityId = fc.constantFrom(...entityIds)
  return fc.oneof(
    fc
      .tuple(
        base,
        fc.option(entityId, { nil: null }),
        fc.constantFrom('direct', 'indirect', 'paraphrase'),
        fc.constantFrom('needs-checking', 'verified', 'disputed'),
        freeText
      )
      .map(([b, speakerId, quoteKind, status, comment]): Annotation => ({
        id: `quote-${n}`,
        kind: 'quote',
        target: b.placed.target,
        orphaned: b.placed.orphaned,
        createdBy: b.createdBy,
        createdAt: b.createdAt,
        updatedBy: b.updatedBy,
        updatedAt: b.updatedAt,
        speakerId,
        quoteKind: quoteKind as 'direct',
        status: status as 'verified',
        comment
      })),
    fc.tuple(base, entityId).map(([b, id]): Annotation => ({
      id: `mention-${n}`,
      kind: 'mention',
      target: b.placed.target,
      orphaned: b.placed.orphaned,
      createdBy: b.createdBy,
      createdAt: b.createdAt,
      updatedBy: b.updatedBy,
      updatedAt: b.updatedAt,
      entityId: id
    })),
    fc
      .tuple(
        base,
        freeText,
        fc.constantFrom(
          'document',
          'interview',
          'press-release',
          'filing',
          'web-page',
          'social-post',
          'other'
        ),
        freeText,
        fc.option(fc.constantFrom('https://example.com/memo?id=1&x=é', 'http://scale.com/blog'), {
          nil: undefined
        }),
        fc.option(fc.constantFrom('2025-06-20', '2024-05-01'), { nil: undefined })
      )
      .map(([b, text, sourceKind, title, url, consultedAt]): Annotation => ({
        id: `source-${n}`,
        kind: 'source-note',
        target: b.placed.target,
        orphaned: b.placed.orphaned,
        createdBy: b.createdBy,
        createdAt: b.createdAt,
        updatedBy: b.updatedBy,
        updatedAt: b.updatedAt,
        text,
        sourceKind: sourceKind as 'other',
        title,
        ...(url ? { url } : {}),
        ...(consultedAt ? { consultedAt } : {})
      }))
  )
}

/** A whole annotated article: blocks, registry and 0–25 overlapping annotations. */
export const annotatedArticle: fc.Arbitrary<ArticleFile> = fc
  .record({
    blocks,
    entities,
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    language: fc.constantFrom('fr', 'en', undefined)
  })
  .chain(({ blocks: bs, entities: es, createdAt, updatedAt, language }) => {
    const index = new CodePointIndex(plainText(bs))
    const ids = es.map((e) => e.id)
    return fc
      .integer({ min: 0, max: 25 })
      .chain((count) =>
        fc.tuple(...Array.from({ length: count }, (_, n) => annotation(index, ids, n)))
      )
      .map((annotations): ArticleFile => ({
        schemaVersion: ARTICLE_SCHEMA_VERSION,
        article: {
          id: 'article-1',
          title: bs[0].text,
          ...(language ? { language } : {}),
          origin: { kind: 'paste' },
          createdAt,
          updatedAt
        },
        blocks: bs,
        entities: es,
        annotations
      }))
  })
