/** A suggested value as the panel shows it: "14.3 billion USD", "49 % (0.49)", "2025-06-11 → 2025-06-20". */
import type { SuggestedValue } from '@shared/suggest/types'
import { formatMoney, formatPercent } from '@shared/suggest/figureFormat'

export function valueText(value: SuggestedValue, language: 'fr' | 'en'): string {
  switch (value.kind) {
    case 'money':
      return `${formatMoney(value.amount, value.currency, language)} (${value.currency})`
    case 'percentage':
      return `${formatPercent(value.percent, language)} = ${value.fraction}`
    case 'date':
      return value.until ? `${value.date} → ${value.until}` : value.date
  }
}
