/**
 * The assist's evaluation set must stay at its targets: this runs `npm run eval:suggest`'s
 * own code over tests/fixtures/suggest and fails for any kind below its target.
 */
import { describe, expect, it } from 'vitest'
import { SUGGEST_TARGETS } from '../../scripts/cli/evalSuggestCommand'
import { evaluateSuggestSet } from '../../scripts/cli/suggestSet'
import { precision, recall, SCORED_KINDS } from '@shared/suggest/score'

describe('newsroom assist evaluation', () => {
  const { articles, total } = evaluateSuggestSet()

  it('scores at least six articles in French and English', () => {
    expect(articles.length).toBeGreaterThanOrEqual(6)
    expect(articles.some((a) => a.name.endsWith('.fr'))).toBe(true)
    expect(articles.some((a) => a.name.endsWith('.en'))).toBe(true)
  })

  for (const kind of SCORED_KINDS) {
    it(`${kind}: precision and recall at least ${SUGGEST_TARGETS[kind]}`, () => {
      expect(total[kind].expected).toBeGreaterThan(0)
      expect(precision(total[kind])).toBeGreaterThanOrEqual(SUGGEST_TARGETS[kind])
      expect(recall(total[kind])).toBeGreaterThanOrEqual(SUGGEST_TARGETS[kind])
    })
  }
})
