/**
 * What an editor types for an entity's normalised value, read into the model's value or
 * refused with the reason: an amount and an ISO 4217 currency for money, a percent for a
 * percentage, an ISO date and an optional end for a date interval. The amount may be
 * written as news copy writes it ("14,3 milliards", "$14.3bn", "14 300 000 000"); nothing
 * is guessed from text the parsers do not understand.
 */
import { ISO_PARTIAL_DATE, type EntityValue } from '../model'
import { decimalText, parseMoney, type NumberLocale } from './values'

/** The fields of the value form, as typed. */
export interface ValueInput {
  amount?: string
  currency?: string
  percent?: string
  date?: string
  until?: string
}

/** Why a value was refused, for the dialog's message. */
export type ValueProblem =
  'amount' | 'currency' | 'percent' | 'date' | 'until' | 'until-before-date' | 'incomplete'

export type ValueReading =
  { ok: true; value: EntityValue | null } | { ok: false; problem: ValueProblem }

const CURRENCY = /^[A-Z]{3}$/
const SCALE_WORDS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:milliards?|mds?|billions?|bn|g)$/iu, 1e9],
  [/^(?:millions?|m|mn)$/iu, 1e6],
  [/^(?:mille|thousand|k)$/iu, 1e3]
]

/** An amount as a number: "14300000000", "14,3 milliards", "14.3bn", "1 500"; else undefined. */
export function readAmount(raw: string, locale: NumberLocale): number | undefined {
  const text = raw.trim().replace(/[\u00a0\u202f]/g, ' ')
  if (!text) return undefined
  // With a currency sign or word, the money parser reads it as news copy.
  const money = parseMoney(text, { locale })
  if (money) return money.amount
  const m = /^([-−+]?[\d][\d .,]*?)\s*([\p{L}]+)?$/u.exec(text)
  if (!m) return undefined
  const digits = decimalText(m[1].trim(), locale)
  if (digits === undefined) return undefined
  let scale = 1
  if (m[2]) {
    const word = SCALE_WORDS.find(([pattern]) => pattern.test(m[2]))
    if (!word) return undefined
    scale = word[1]
  }
  const amount = Number(scale === 1 ? digits : `${digits}e${Math.log10(scale)}`)
  return Number.isFinite(amount) ? amount : undefined
}

/** The first and the last day an ISO date covers: "2025-06" is 2025-06-01 to 2025-06-30. */
export function dateBounds(iso: string): { first: string; last: string } {
  const [y, m, d] = iso.split('-')
  if (d) return { first: iso, last: iso }
  if (m) {
    const days = new Date(Date.UTC(+y, +m, 0)).getUTCDate()
    return { first: `${y}-${m}-01`, last: `${y}-${m}-${String(days).padStart(2, '0')}` }
  }
  return { first: `${y}-01-01`, last: `${y}-12-31` }
}

/** A real calendar date in one of the ISO forms (no 2025-02-30, no month 13). */
export function isCalendarDate(iso: string): boolean {
  if (!ISO_PARTIAL_DATE.test(iso)) return false
  const [y, m, d] = iso.split('-').map(Number)
  if (m !== undefined && (m < 1 || m > 12)) return false
  if (d !== undefined) {
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
    if (d < 1 || d > days) return false
  }
  return true
}

/**
 * Reads the value form of a value kind. Every field left empty clears the value (`null`);
 * a field filled in wrong is refused with its problem, so nothing half-read is saved.
 */
export function readValueInput(
  kind: 'money' | 'percentage' | 'date',
  input: ValueInput,
  locale: NumberLocale
): ValueReading {
  const field = (s: string | undefined): string => (s ?? '').trim()
  switch (kind) {
    case 'money': {
      const amountText = field(input.amount)
      const currency = field(input.currency).toUpperCase()
      if (!amountText && !currency) return { ok: true, value: null }
      if (!amountText) return { ok: false, problem: 'incomplete' }
      const amount = readAmount(amountText, locale)
      if (amount === undefined) return { ok: false, problem: 'amount' }
      // "14,3 G$" typed in the amount brings its own currency when the field is empty.
      const written = parseMoney(amountText, { locale })?.currency
      const code = currency || written || ''
      if (!code) return { ok: false, problem: 'incomplete' }
      if (!CURRENCY.test(code)) return { ok: false, problem: 'currency' }
      return { ok: true, value: { kind: 'money', amount, currency: code } }
    }
    case 'percentage': {
      const text = field(input.percent)
        .replace(/\s*(?:%|pour\s?cent|per\s?cent|percent)$/iu, '')
        .trim()
      if (!text) return { ok: true, value: null }
      const digits = decimalText(text, locale)
      const percent = digits === undefined ? NaN : Number(digits)
      if (!Number.isFinite(percent)) return { ok: false, problem: 'percent' }
      return { ok: true, value: { kind: 'percentage', percent } }
    }
    case 'date': {
      const date = field(input.date)
      const until = field(input.until)
      if (!date && !until) return { ok: true, value: null }
      if (!date) return { ok: false, problem: 'incomplete' }
      if (!isCalendarDate(date)) return { ok: false, problem: 'date' }
      if (!until || until === date) return { ok: true, value: { kind: 'date', date } }
      if (!isCalendarDate(until)) return { ok: false, problem: 'until' }
      if (dateBounds(until).last < dateBounds(date).first) {
        return { ok: false, problem: 'until-before-date' }
      }
      return { ok: true, value: { kind: 'date', date, until } }
    }
  }
}

/** The form's fields for a value, to edit it. */
export function valueInputOf(value: EntityValue | undefined): ValueInput {
  switch (value?.kind) {
    case 'money':
      return { amount: String(value.amount), currency: value.currency }
    case 'percentage':
      return { percent: String(value.percent) }
    case 'date':
      return { date: value.date, until: value.until ?? '' }
    default:
      return {}
  }
}
