/**
 * A suggested value as the model stores it on an entity: money as is, a percentage by its
 * percent (the fraction follows from it), a date with its interval when it is one
 * ("mi-juin 2025" is 2025-06-11 until 2025-06-20).
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
      return until && until !== date ? { kind: 'date', date, until } : { kind: 'date', date }
    }
  }
}
