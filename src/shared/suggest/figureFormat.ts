/**
 * Figures written back for an editor in the article's language: "29,2 milliards de dollars"
 * or "29.2 billion USD", "49 %" or "49%".
 */
import type { SuggestLanguage } from './types'

const CURRENCY_WORDS: Record<string, { fr: string; en: string }> = {
  USD: { fr: 'dollars', en: 'dollars' },
  EUR: { fr: 'euros', en: 'euros' },
  GBP: { fr: 'livres sterling', en: 'pounds' },
  CAD: { fr: 'dollars canadiens', en: 'Canadian dollars' },
  JPY: { fr: 'yens', en: 'yen' },
  CHF: { fr: 'francs suisses', en: 'Swiss francs' }
}

/** A number with up to `digits` decimals, in the language's notation. */
export function formatNumber(value: number, language: SuggestLanguage, digits = 1): string {
  return new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    maximumFractionDigits: digits
  })
    .format(value)
    .replace(/[\u202f\u00a0]/g, ' ')
}

/** An amount of money in words: "29,2 milliards de dollars", "4.5 million euros". */
export function formatMoney(amount: number, currency: string, language: SuggestLanguage): string {
  const word = CURRENCY_WORDS[currency]?.[language] ?? currency
  const scales: [number, string, string][] = [
    [1e12, 'billions', 'trillion'],
    [1e9, 'milliards', 'billion'],
    [1e6, 'millions', 'million']
  ]
  for (const [size, fr, en] of scales) {
    if (Math.abs(amount) >= size) {
      const n = formatNumber(amount / size, language)
      return language === 'fr' ? `${n} ${fr} de ${word}` : `${n} ${en} ${word}`
    }
  }
  const n = formatNumber(amount, language, 2)
  return language === 'fr' ? `${n} ${word}` : `${n} ${word}`
}

/** A percentage: "49 %" in French, "49%" in English. */
export function formatPercent(percent: number, language: SuggestLanguage): string {
  const n = formatNumber(percent, language)
  return language === 'fr' ? `${n} %` : `${n}%`
}
