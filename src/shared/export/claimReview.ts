/**
 * schema.org `ClaimReview` JSON-LD, the markup fact-checkers publish beside a fact check so
 * that search engines and fact-check databases can read the verdicts: one ClaimReview per
 * claim that has a verdict. The claim is `itemReviewed` (a `Claim` whose author is the
 * speaker the claim is attributed to, or the speaker of the quote it sits in, and whose
 * appearance is the article), the verdict is the rating's `alternateName`, the organisation
 * named in Settings is the review's author. Made from a checked native document, as the
 * other exports are; docs/export-format.md shows an example.
 */
import { REPORT_STRINGS, type ReportLanguage } from '../report/reportStrings'
import type { ClaimVerdict } from '../model'
import type { NativeAnnotation, NativeDocument, NativeEntity } from './nativeSchema'
import { FormatError } from './problems'

/** What a ClaimReview needs beyond the article. */
export interface ClaimReviewOptions {
  /** The organisation publishing the fact check (Settings → Organisation). */
  organisation: string
  /** The published article's address: where the claims appear, and the review's page. */
  articleUrl: string
  /** Language of the verdict words; the article's language by default (English otherwise). */
  language?: ReportLanguage
}

/**
 * The verdict on the usual five-point scale of fact-checkers (1 false … 5 true), so that a
 * reader comparing ratings numerically can; "unverifiable" has no place on it and goes out
 * with its words only.
 */
export const VERDICT_RATING: Readonly<Record<ClaimVerdict, number | null>> = {
  false: 1,
  misleading: 2,
  'mostly-true': 4,
  true: 5,
  unverifiable: null
}
export const WORST_RATING = 1
export const BEST_RATING = 5

type NativeClaim = Extract<NativeAnnotation, { kind: 'claim' }>

/** Only http(s) addresses can be published in markup a search engine reads. */
function httpUrl(value: string): string | null {
  try {
    const url = new URL(value.trim())
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

/** The person or organisation an entity is, as schema.org sees it. */
function agent(entity: NativeEntity): Record<string, unknown> {
  return {
    '@type': entity.type === 'organisation' ? 'Organization' : 'Person',
    name: entity.name,
    ...(entity.wikidataId ? { sameAs: `https://www.wikidata.org/wiki/${entity.wikidataId}` } : {})
  }
}

/**
 * Who makes the claim: the speaker it is attributed to, else the speaker of the narrowest
 * quote that contains it.
 */
function claimAuthor(
  claim: NativeClaim,
  doc: NativeDocument,
  entities: ReadonlyMap<string, NativeEntity>
): NativeEntity | undefined {
  if (claim.speakerId) return entities.get(claim.speakerId)
  if (claim.orphaned) return undefined
  let best: { speakerId: string; length: number } | undefined
  for (const a of doc.annotations) {
    if (a.kind !== 'quote' || a.orphaned || !a.speakerId) continue
    if (a.target.start > claim.target.start || a.target.end < claim.target.end) continue
    const length = a.target.end - a.target.start
    if (!best || length < best.length) best = { speakerId: a.speakerId, length }
  }
  return best ? entities.get(best.speakerId) : undefined
}

/** The day the verdict was given: its last recorded change, else the claim's last edit. */
function verdictDay(claim: NativeClaim): string {
  const changes = (claim.checkHistory ?? []).filter((c) => c.field === 'verdict')
  const at = changes.length ? changes[changes.length - 1].at : claim.updatedAt
  return at.slice(0, 10)
}

/**
 * One ClaimReview per claim with a verdict, in reading order. Throws {@link FormatError} when
 * the organisation or the article's address is missing or no claim has a verdict, since
 * markup without them would be refused by every reader of it.
 */
export function claimReviewsFromNative(
  doc: NativeDocument,
  options: ClaimReviewOptions
): Record<string, unknown>[] {
  const problems: { path: string; message: string }[] = []
  const organisation = options.organisation.trim()
  if (!organisation) {
    problems.push({
      path: 'organisation',
      message: 'is empty: name the organisation that publishes fact checks in Settings'
    })
  }
  const articleUrl = httpUrl(options.articleUrl)
  if (!articleUrl) {
    problems.push({
      path: 'articleUrl',
      message: 'must be the http or https address where the article is published'
    })
  }
  const claims = doc.annotations
    .filter((a): a is NativeClaim => a.kind === 'claim' && a.verdict !== null)
    .sort((a, b) => a.target.start - b.target.start)
  if (!claims.length) {
    problems.push({ path: '$.annotations', message: 'no claim has a verdict yet' })
  }
  if (problems.length || !articleUrl) {
    throw new FormatError('schema', 'The ClaimReview markup cannot be made', problems)
  }

  const language: ReportLanguage =
    options.language ?? (doc.article.language?.startsWith('fr') ? 'fr' : 'en')
  const words = REPORT_STRINGS[language].verdict
  const entities = new Map(doc.entities.map((e) => [e.id, e]))
  return claims.map((claim) => {
    const verdict = claim.verdict!
    const rating = VERDICT_RATING[verdict]
    const author = claimAuthor(claim, doc, entities)
    const url = new URL(articleUrl)
    url.hash = `claim-${encodeURIComponent(claim.id)}`
    return {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: url.href,
      claimReviewed: claim.target.exact,
      itemReviewed: {
        '@type': 'Claim',
        ...(author ? { author: agent(author) } : {}),
        appearance: {
          '@type': 'CreativeWork',
          url: articleUrl,
          headline: doc.article.title
        }
      },
      author: { '@type': 'Organization', name: organisation },
      reviewRating: {
        '@type': 'Rating',
        alternateName: words[verdict],
        ...(rating !== null
          ? { ratingValue: rating, bestRating: BEST_RATING, worstRating: WORST_RATING }
          : {})
      },
      ...(claim.rationale ? { reviewBody: claim.rationale } : {}),
      datePublished: verdictDay(claim),
      inLanguage: language
    }
  })
}

/** The text of a `*.claimreview.jsonld` file: the reviews as one JSON-LD array. */
export function serializeClaimReviews(reviews: readonly Record<string, unknown>[]): string {
  return JSON.stringify(reviews, null, 2) + '\n'
}
