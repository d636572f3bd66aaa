/** The source note form's rules, as pure functions. */
import { HttpUrl } from '@shared/model'

/** Today as YYYY-MM-DD in local time (the date the annotator consulted the source). */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** True when `url` is empty or an http(s) address. */
export function acceptableUrl(url: string): boolean {
  const trimmed = url.trim()
  return trimmed === '' || HttpUrl.safeParse(trimmed).success
}
