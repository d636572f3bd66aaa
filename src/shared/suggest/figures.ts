/**
 * Amounts of money and percentages in the text, with their normalised values (read by the
 * shared value parsers) and how precisely each is written: "29 milliards" is 29 billion to
 * the nearest billion, "14,3 milliards" to the nearest hundred million. The precision is
 * what lets a check tell rounding from a real disagreement.
 */
import { decimalText, findMoney, findPercentages } from '../annotations/values'
import type { Range } from './ranges'
import type { MoneyValue, PercentageValue, SuggestLanguage } from './types'

/** Words before a figure that say it is approximate. */
const APPROXIMATE = new RegExp(
  String.raw`(?<![\p{L}])(?:environ|près\s+de|quelque|plus\s+de|moins\s+de|presque|autour\s+de|about|around|roughly|nearly|almost|some|over|more\s+than|less\s+than|approximately|an\s+estimated|estimé[es]*\s+à)\s*$`,
  'iu'
)

/** A figure as written: its range, how precise it is, and whether it says it is approximate. */
interface FigureBase extends Range {
  /** Half of this is the rounding the written figure allows (1e9 for "29 milliards"). */
  unit: number
  approximate: boolean
}

export interface MoneyHit extends FigureBase {
  value: MoneyValue
}

export interface PercentageHit extends FigureBase {
  value: PercentageValue
}

/** The unit of the last digit written ("14,3" → 0.1) scaled like the value. */
function unitOf(written: string, value: number, language: SuggestLanguage): number {
  const number = /\d(?:[\d\s.,\u00a0\u202f]*\d)?/.exec(written)?.[0] ?? ''
  const decimal = decimalText(number.replace(/[\s\u00a0\u202f]/g, ' '), language) ?? '1'
  const decimals = decimal.includes('.') ? decimal.split('.')[1].length : 0
  const base = Number(decimal)
  const scale = base === 0 ? 1 : value / base
  return scale * 10 ** -decimals
}

function isApproximate(text: string, start: number): boolean {
  return APPROXIMATE.test(text.slice(Math.max(0, start - 24), start))
}

/** Every amount of money in the text, in reading order, none overlapping. */
export function findMoneyHits(text: string, language: SuggestLanguage): MoneyHit[] {
  const hits: MoneyHit[] = []
  for (const m of findMoney(text, { locale: language })) {
    const start = m.index
    const end = m.index + m.length
    if (hits.some((h) => h.end > start)) continue
    const written = text.slice(start, end)
    hits.push({
      start,
      end: start + written.trimEnd().length,
      value: { kind: 'money', amount: m.amount, currency: m.currency },
      unit: unitOf(written, m.amount, language),
      approximate: isApproximate(text, start)
    })
  }
  return hits
}

/** Every percentage in the text, in reading order. */
export function findPercentageHits(text: string, language: SuggestLanguage): PercentageHit[] {
  return findPercentages(text, { locale: language }).map((m) => {
    const written = text.slice(m.index, m.index + m.length)
    return {
      start: m.index,
      end: m.index + m.length,
      value: {
        kind: 'percentage',
        percent: m.percent,
        fraction: Number((m.percent / 100).toPrecision(12))
      },
      unit: unitOf(written, m.percent, language),
      approximate: isApproximate(text, m.index)
    }
  })
}
