/**
 * A normalised value in words for the editor (hover card, panel, "What's here"): money in
 * the article's language with its ISO amount, a percentage with its fraction, a date or
 * a date interval. The export cell is `formatValue` in the CSV export, not this.
 */
import type { EntityValue } from '../model'
import { formatMoney, formatNumber } from '../suggest/figureFormat'
import { fractionOf } from './values'

export function valueLabel(value: EntityValue, language: 'fr' | 'en'): string {
  switch (value.kind) {
    case 'money':
      return `${formatMoney(value.amount, value.currency, language)} (${formatNumber(value.amount, language, 2)} ${value.currency})`
    case 'percentage': {
      const percent = formatNumber(value.percent, language, 4)
      return `${language === 'fr' ? `${percent} %` : `${percent}%`} = ${formatNumber(fractionOf(value), language, 6)}`
    }
    case 'date':
      return value.until ? `${value.date} → ${value.until}` : value.date
    case 'quantity':
      return value.unit
        ? `${formatNumber(value.amount, language, 2)} ${value.unit}`
        : formatNumber(value.amount, language, 2)
  }
}
