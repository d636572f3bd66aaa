/**
 * The ClaimReview markup against the properties Google's fact-check structured data
 * documentation lists for it, written out below as the contract:
 * https://developers.google.com/search/docs/appearance/structured-data/factcheck
 */
import { describe, expect, it } from 'vitest'
import { newClaim, targetOf } from '../annotations/factory'
import type { ArticleFile } from '../model'
import { plainText } from '../text'
import { claimReviewsFromNative } from './claimReview'
import { exportArticle, exportedText } from './index'
import { importNative, toNativeDocument } from './native'
import { FormatError } from './problems'
import FIXTURE from '../../../tests/fixtures/scale-ai-meta.annotated.newsroom.json?raw'

/** Google's list for ClaimReview: required, then recommended. */
const CLAIM_REVIEW_REQUIRED = ['claimReviewed', 'reviewRating', 'url'] as const
const CLAIM_REVIEW_RECOMMENDED = ['author', 'datePublished', 'itemReviewed'] as const
/** For the Rating in reviewRating: `alternateName` is required; with a number, its scale. */
const RATING_REQUIRED = ['alternateName'] as const
const RATING_NUMERIC = ['ratingValue', 'bestRating', 'worstRating'] as const
/** For the Claim in itemReviewed (recommended): who made it and where it appeared. */
const CLAIM_RECOMMENDED = ['author', 'appearance'] as const
/** The author of the review: an Organization (or Person) with a name. */
const AUTHOR_REQUIRED = ['name'] as const

const ARTICLE_URL = 'https://news.example.org/2025/06/scale-ai-meta'
const OPTIONS = { organisation: 'Le Desk Vérif', articleUrl: ARTICLE_URL }

/** The fixture with three claims: one attributed, one inside a quote, one without a verdict. */
function withClaims(): ArticleFile {
  const file = importNative(FIXTURE)
  const text = plainText(file.blocks)
  const at = (words: string) => {
    const start = [...text.slice(0, text.indexOf(words))].length
    return targetOf(text, { start, end: start + [...words].length })
  }
  const when = { author: 'Ana', now: new Date('2025-06-21T09:00:00.000Z') }
  const claims = [
    newClaim(
      at('représente le deuxième plus important investissement de Meta'),
      { speakerId: 'meta', status: 'verified', verdict: 'mostly-true', rationale: 'WhatsApp.' },
      { ...when, id: 'claim-second' }
    ),
    // Inside Jason Droege's quote "Scale demeure, sans équivoque, une entreprise indépendante".
    newClaim(
      at('une entreprise indépendante'),
      { verdict: 'unverifiable' },
      { ...when, id: 'claim-independent' }
    ),
    newClaim(at('Scale AI'), {}, { ...when, id: 'claim-open' })
  ]
  return { ...file, annotations: [...file.annotations, ...claims] }
}

type Node = Record<string, unknown>

describe('ClaimReview JSON-LD', () => {
  const reviews = claimReviewsFromNative(toNativeDocument(withClaims()), OPTIONS) as Node[]

  it('gives one ClaimReview per claim with a verdict, with every property Google lists', () => {
    expect(reviews.map((r) => r.claimReviewed)).toEqual([
      'représente le deuxième plus important investissement de Meta',
      'une entreprise indépendante'
    ])
    for (const review of reviews) {
      expect(review['@context']).toBe('https://schema.org')
      expect(review['@type']).toBe('ClaimReview')
      for (const key of [...CLAIM_REVIEW_REQUIRED, ...CLAIM_REVIEW_RECOMMENDED]) {
        expect(review, key).toHaveProperty(key)
      }
      const rating = review.reviewRating as Node
      expect(rating['@type']).toBe('Rating')
      for (const key of RATING_REQUIRED) expect(rating[key], key).toEqual(expect.any(String))
      const author = review.author as Node
      expect(author['@type']).toBe('Organization')
      for (const key of AUTHOR_REQUIRED) expect(author[key]).toBe('Le Desk Vérif')
      expect(String(review.url).startsWith(ARTICLE_URL + '#')).toBe(true)
      expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      const claim = review.itemReviewed as Node
      expect(claim['@type']).toBe('Claim')
      for (const key of CLAIM_RECOMMENDED) expect(claim, key).toHaveProperty(key)
      expect(claim.appearance).toMatchObject({ '@type': 'CreativeWork', url: ARTICLE_URL })
    }
  })

  it('rates the verdict in the article language, with a numeric scale where it has a place', () => {
    const [second, independent] = reviews
    expect(second.reviewRating).toEqual({
      '@type': 'Rating',
      alternateName: 'Plutôt vrai',
      ratingValue: 4,
      bestRating: 5,
      worstRating: 1
    })
    for (const key of RATING_NUMERIC) expect(second.reviewRating).toHaveProperty(key)
    expect(independent.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Invérifiable' })
    expect(second.reviewBody).toBe('WhatsApp.')
  })

  it('names the speaker as the claim’s author: attributed, or the speaker of the quote', () => {
    const [second, independent] = reviews
    expect((second.itemReviewed as Node).author).toEqual({
      '@type': 'Organization',
      name: 'Meta Platforms',
      sameAs: 'https://www.wikidata.org/wiki/Q380'
    })
    expect((independent.itemReviewed as Node).author).toMatchObject({
      '@type': 'Person',
      name: 'Jason Droege'
    })
  })

  it('refuses to make markup without an organisation, an http address or a verdict', () => {
    const doc = toNativeDocument(withClaims())
    const problems = (options: { organisation: string; articleUrl: string }) => {
      try {
        claimReviewsFromNative(doc, options)
        return []
      } catch (error) {
        return (error as FormatError).problems.map((p) => p.path)
      }
    }
    expect(problems({ organisation: ' ', articleUrl: 'javascript:alert(1)' })).toEqual([
      'organisation',
      'articleUrl'
    ])
    expect(() => claimReviewsFromNative(toNativeDocument(importNative(FIXTURE)), OPTIONS)).toThrow(
      FormatError
    )
  })

  it('is one of the export formats, written as a JSON-LD array', () => {
    const [file] = exportArticle(withClaims(), 'claimreview', { claimReview: OPTIONS })
    expect(file.suffix).toBe('.claimreview.jsonld')
    expect(JSON.parse(exportedText(file))).toEqual(reviews)
  })
})
