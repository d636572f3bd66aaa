/** Small formatting helpers of the exchange dialogs. */
import { truncate } from '@shared/text'

/** A file size for people: "812 bytes", "12.4 KB", "1.2 MB" (in the UI language). */
export function formatSize(bytes: number, language: string): string {
  const number = (n: number) =>
    new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(n)
  const units = language === 'fr' ? ['octets', 'Ko', 'Mo'] : ['bytes', 'KB', 'MB']
  if (bytes < 1024) return `${number(bytes)}\u00a0${units[0]}`
  if (bytes < 1024 * 1024) return `${number(bytes / 1024)}\u00a0${units[1]}`
  return `${number(bytes / (1024 * 1024))}\u00a0${units[2]}`
}

/** Longest quote shown in an orphan list before it is cut with "…". */
const MAX_QUOTE = 160

/** A quote shortened for a list (code points, so no emoji is cut in half). */
export function shortQuote(text: string): string {
  return truncate(text, MAX_QUOTE, { flatten: true })
}
