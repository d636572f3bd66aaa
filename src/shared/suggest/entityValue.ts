/**
 * A suggested value as the model stores it on an entity: money as is, a percentage by its
 * percent, a date interval by the coarsest ISO date that holds it ("mi-juin 2025", 11 to
 * 20 June, is "2025-06"), since the model's dates carry no interval.
 */
import type { EntityValue } from '../model'
import type { SuggestedValue } from './types'

export function entityValueOf(value: SuggestedValue): EntityValue {
  switch (value.kind) {
    case 'money':
      return { kind: 'money', amount: value.amount, currency: value.currency }
    case 'percentage':
      return { kind: 'percentage', percent: value.percent }
    case 'date': {
      const { date, until } = value
      if (!until || until === date) return { kind: 'date', date }
      if (date.slice(0, 7) === until.slice(0, 7)) return { kind: 'date', date: date.slice(0, 7) }
      return { kind: 'date', date: date.slice(0, 4) }
    }
  }
}
