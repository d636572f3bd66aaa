/**
 * Figures checked against each other where the text makes the relation explicit:
 *
 * - a stake: an amount paid for a percentage implies a valuation (14.3 billion for 49 % is
 *   about 29.2 billion), compared with the valuation the same sentence states;
 * - a total: parts and the total a sentence announces ("au total", "in total", "combined");
 * - a difference: "de A à B" / "from A to B" with the change the sentence states, as an
 *   amount or a percentage.
 *
 * Each figure is taken as precise to the last digit written (29 billion is 28.5 to 29.5
 * billion), or to 10 % when the text says it is approximate ("environ", "about"), and the
 * arithmetic is done on intervals: figures agree when the implied and the stated intervals
 * meet. So rounding is never reported, and a real disagreement always is.
 */
import type { MoneyHit, PercentageHit } from './figures'
import { formatMoney, formatPercent } from './figureFormat'
import type { Range } from './ranges'
import type { FigureRelation, SuggestLanguage } from './types'

/** A money or percentage figure as the checks see it. */
type Figure = (MoneyHit | PercentageHit) & { kind: 'money' | 'percentage' }

/** A check before its spans are turned into code points. */
export interface CheckHit {
  relation: FigureRelation
  verdict: 'agrees' | 'disagrees'
  figures: Range[]
  expected: number
  stated: number
  explanation: string
}

interface Interval {
  lo: number
  hi: number
}

function valueOf(f: Figure): number {
  return f.value.kind === 'money' ? f.value.amount : f.value.percent
}

function intervalOf(f: Figure): Interval {
  const v = valueOf(f)
  const half = f.approximate ? Math.max(Math.abs(v) * 0.1, f.unit / 2) : f.unit / 2
  return { lo: v - half, hi: v + half }
}

const meet = (a: Interval, b: Interval): boolean => a.lo <= b.hi && b.lo <= a.hi
const sum = (xs: Interval[]): Interval => ({
  lo: xs.reduce((s, x) => s + x.lo, 0),
  hi: xs.reduce((s, x) => s + x.hi, 0)
})

function written(f: Figure, language: SuggestLanguage): string {
  return f.value.kind === 'money'
    ? formatMoney(f.value.amount, f.value.currency, language)
    : formatPercent(f.value.percent, language)
}

function gap(expected: number, stated: number, language: SuggestLanguage): string {
  const off = stated === 0 ? 0 : Math.abs((stated - expected) / stated) * 100
  return formatPercent(Number(off.toPrecision(2)), language)
}

const VALUATION_CUE =
  /(?<![\p{L}])(?:valoris\p{L}*|valoriz\p{L}*|valu\p{L}*|évalu\p{L}*|worth|valeur)(?![\p{L}])/giu
const TOTAL_CUE =
  /(?<![\p{L}])(?:au\s+total|en\s+tout|totalis\p{L}*|au\s+cumul|un\s+total\s+de|in\s+total|a\s+total\s+of|total(?:ling|ing|led|ed|s)?|combined|altogether|all\s+told)(?![\p{L}])/giu
const CHANGE_CUE =
  /(?:hausse|baisse|augmentation|progression|recul|croissance|chute|diminution|bond|repli|gain|perte|increase|rise|drop|fall|decline|decrease|growth|jump|gain|loss|up|down|plus|moins|more|less|écart|difference|soit)\s+(?:\p{L}+\s+){0,3}$/iu

/** Every explicit relation between the figures of one sentence. */
export function checkSentence(
  text: string,
  sentence: Range,
  money: readonly MoneyHit[],
  percentages: readonly PercentageHit[],
  language: SuggestLanguage
): CheckHit[] {
  const inside = <T extends Range>(hits: readonly T[]): T[] =>
    hits.filter((h) => h.start >= sentence.start && h.end <= sentence.end)
  const m: Figure[] = inside(money).map((h) => ({ ...h, kind: 'money' as const }))
  const p: Figure[] = inside(percentages).map((h) => ({ ...h, kind: 'percentage' as const }))
  const sentenceText = text.slice(sentence.start, sentence.end)
  const checks: CheckHit[] = []
  const used = new Set<Figure>()

  const difference = differenceCheck(text, m, p, language)
  if (difference) {
    checks.push(difference.check)
    for (const f of difference.figures) used.add(f)
  }

  const total = totalCheck(sentence, sentenceText, m, p, language)
  if (total) {
    checks.push(total.check)
    for (const f of total.figures) used.add(f)
  }

  const stake = stakeCheck(
    sentence,
    sentenceText,
    m.filter((f) => !used.has(f)),
    p,
    language
  )
  if (stake) checks.push(stake)
  return checks
}

function stakeCheck(
  sentence: Range,
  sentenceText: string,
  money: Figure[],
  percentages: Figure[],
  language: SuggestLanguage
): CheckHit | undefined {
  const shares = percentages.filter((f) => valueOf(f) > 0 && valueOf(f) < 100)
  if (shares.length !== 1 || money.length < 2) return undefined
  const cue = [...sentenceText.matchAll(VALUATION_CUE)][0]
  if (!cue) return undefined
  const cueAt = sentence.start + (cue.index ?? 0)
  const valuation = money.find((f) => f.start > cueAt) ?? money.filter((f) => f.end <= cueAt).pop()
  if (!valuation || valuation.value.kind !== 'money') return undefined
  const currency = valuation.value.currency
  const share = shares[0]
  const stakes = money.filter(
    (f) => f !== valuation && f.value.kind === 'money' && f.value.currency === currency
  )
  if (!stakes.length) return undefined
  const stake = stakes.reduce((a, b) =>
    Math.abs(a.start - share.start) <= Math.abs(b.start - share.start) ? a : b
  )
  const s = intervalOf(stake)
  const f = intervalOf(share)
  const implied = { lo: (s.lo / f.hi) * 100, hi: (s.hi / f.lo) * 100 }
  const expected = (valueOf(stake) / valueOf(share)) * 100
  const stated = valueOf(valuation)
  const agrees = meet(implied, intervalOf(valuation))
  const figures = [stake, share, valuation].sort((a, b) => a.start - b.start)
  const impliedText = formatMoney(expected, currency, language)
  const explanation =
    language === 'fr'
      ? `${written(stake, 'fr')} pour ${written(share, 'fr')} impliquent une valorisation d’environ ${impliedText} ; le texte indique ${written(valuation, 'fr')}` +
        (agrees
          ? ', ce qui concorde à l’arrondi près.'
          : ` : un écart de ${gap(expected, stated, 'fr')}, au-delà de l’arrondi.`)
      : `${written(stake, 'en')} for ${written(share, 'en')} implies a valuation of about ${impliedText}; the text says ${written(valuation, 'en')}` +
        (agrees
          ? ', which agrees within rounding.'
          : `: ${gap(expected, stated, 'en')} apart, beyond rounding.`)
  return {
    relation: 'stake',
    verdict: agrees ? 'agrees' : 'disagrees',
    figures: figures.map(({ start, end }) => ({ start, end })),
    expected,
    stated,
    explanation
  }
}

function totalCheck(
  sentence: Range,
  sentenceText: string,
  money: Figure[],
  percentages: Figure[],
  language: SuggestLanguage
): { check: CheckHit; figures: Figure[] } | undefined {
  for (const cue of sentenceText.matchAll(TOTAL_CUE)) {
    const cueStart = sentence.start + (cue.index ?? 0)
    const cueEnd = cueStart + cue[0].length
    for (const group of [money, percentages]) {
      const sameUnit = group.filter(
        (f) =>
          f.value.kind === 'percentage' ||
          (group[0].value.kind === 'money' &&
            f.value.kind === 'money' &&
            f.value.currency === (group[0].value as { currency: string }).currency)
      )
      if (sameUnit.length < 3) continue
      // The total is the figure the cue points at: right after it, or right before it.
      const distance = (f: Figure): number =>
        f.start >= cueEnd ? f.start - cueEnd : f.end <= cueStart ? cueStart - f.end : 0
      const total = sameUnit.reduce((a, b) => (distance(a) <= distance(b) ? a : b))
      if (distance(total) > 30) continue
      const parts = sameUnit.filter((f) => f !== total)
      const partsSum = sum(parts.map(intervalOf))
      const expected = parts.reduce((s, f) => s + valueOf(f), 0)
      const stated = valueOf(total)
      const agrees = meet(partsSum, intervalOf(total))
      const show = (v: number): string =>
        total.value.kind === 'money'
          ? formatMoney(v, total.value.currency, language)
          : formatPercent(v, language)
      const list = parts.map((f) => written(f, language)).join(' + ')
      const explanation =
        language === 'fr'
          ? `${list} = ${show(expected)} ; le total indiqué est ${written(total, 'fr')}` +
            (agrees
              ? ', ce qui concorde à l’arrondi près.'
              : ` : un écart de ${gap(expected, stated, 'fr')}, au-delà de l’arrondi.`)
          : `${list} = ${show(expected)}; the stated total is ${written(total, 'en')}` +
            (agrees
              ? ', which agrees within rounding.'
              : `: ${gap(expected, stated, 'en')} apart, beyond rounding.`)
      return {
        check: {
          relation: 'total',
          verdict: agrees ? 'agrees' : 'disagrees',
          figures: sameUnit.map(({ start, end }) => ({ start, end })),
          expected,
          stated,
          explanation
        },
        figures: sameUnit
      }
    }
  }
  return undefined
}

function differenceCheck(
  text: string,
  money: Figure[],
  percentages: Figure[],
  language: SuggestLanguage
): { check: CheckHit; figures: Figure[] } | undefined {
  const all = [...money, ...percentages].sort((a, b) => a.start - b.start)
  for (let i = 0; i + 1 < all.length; i++) {
    const a = all[i]
    const b = all[i + 1]
    if (a.kind !== b.kind) continue
    if (
      a.value.kind === 'money' &&
      b.value.kind === 'money' &&
      a.value.currency !== b.value.currency
    ) {
      continue
    }
    const before = text.slice(Math.max(0, a.start - 12), a.start)
    const between = text.slice(a.end, b.start)
    if (!/(?:^|\s)(?:de|d['’]|from)\s*$/iu.test(before) || !/^\s*(?:à|to)\s*$/iu.test(between)) {
      continue
    }
    const change = all.find(
      (f) => f !== a && f !== b && CHANGE_CUE.test(text.slice(Math.max(0, f.start - 40), f.start))
    )
    if (!change) continue
    const av = intervalOf(a)
    const bv = intervalOf(b)
    const stated = valueOf(change)
    const said = intervalOf(change)
    const lo = bv.lo - av.hi
    const hi = bv.hi - av.lo
    const absolute: Interval =
      lo <= 0 && hi >= 0
        ? { lo: 0, hi: Math.max(-lo, hi) }
        : { lo: Math.min(Math.abs(lo), Math.abs(hi)), hi: Math.max(Math.abs(lo), Math.abs(hi)) }
    const ratios = [bv.lo / av.hi, bv.lo / av.lo, bv.hi / av.hi, bv.hi / av.lo].map(
      (r) => Math.abs(r - 1) * 100
    )
    const relative: Interval = { lo: Math.min(...ratios), hi: Math.max(...ratios) }
    const absoluteValue = Math.abs(valueOf(b) - valueOf(a))
    const relativeValue = valueOf(a) === 0 ? NaN : (absoluteValue / Math.abs(valueOf(a))) * 100
    let expected: number
    let agrees: boolean
    let show: string
    if (change.kind === 'money' && change.value.kind === 'money') {
      // "de 120 à 156 millions, soit 36 millions de plus": the difference itself.
      expected = absoluteValue
      agrees = meet(absolute, said)
      show = formatMoney(expected, change.value.currency, language)
    } else if (a.kind === 'percentage' && meet(absolute, said)) {
      // "de 10 % à 12 %, soit 2 %": a change in percentage points.
      expected = absoluteValue
      agrees = true
      show = formatPercent(Number(expected.toPrecision(3)), language)
    } else if (Number.isFinite(relativeValue)) {
      // "de 120 à 156 millions, soit une hausse de 30 %": the change relative to the start.
      expected = relativeValue
      agrees = meet(relative, said)
      show = formatPercent(Number(expected.toPrecision(3)), language)
    } else {
      continue
    }
    const explanation =
      language === 'fr'
        ? `De ${written(a, 'fr')} à ${written(b, 'fr')}, l’écart est de ${show} ; le texte indique ${written(change, 'fr')}` +
          (agrees ? ', ce qui concorde à l’arrondi près.' : ` : au-delà de l’arrondi.`)
        : `From ${written(a, 'en')} to ${written(b, 'en')} the change is ${show}; the text says ${written(change, 'en')}` +
          (agrees ? ', which agrees within rounding.' : `: beyond rounding.`)
    const figures = [a, b, change].sort((x, y) => x.start - y.start)
    return {
      check: {
        relation: 'difference',
        verdict: agrees ? 'agrees' : 'disagrees',
        figures: figures.map(({ start, end }) => ({ start, end })),
        expected,
        stated,
        explanation
      },
      figures
    }
  }
  return undefined
}
