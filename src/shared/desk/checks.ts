/**
 * What still needs checking in an article, kind by kind. Each annotation kind that can be
 * checked has one small function saying where it stands (needs checking, verified, disputed)
 * and who is on it; the verification queue, the library counts and the fact-check report all
 * read checks through {@link checkOf}, so a kind that gains a status only changes its row.
 */
import type { Annotation, AnnotationKind } from '../model'

/** Where a checkable annotation stands. */
export const CHECK_STATUSES = ['needs-checking', 'disputed', 'verified'] as const
export type CheckStatus = (typeof CHECK_STATUSES)[number]

/** The statuses that still call for work (the queue shows these unless told otherwise). */
export const OPEN_CHECK_STATUSES: readonly CheckStatus[] = ['needs-checking', 'disputed']

/** An annotation's check: its status and, when the kind has one, its assignee. */
export interface Check {
  status: CheckStatus
  assignee: string | null
}

function isCheckStatus(value: unknown): value is CheckStatus {
  return typeof value === 'string' && (CHECK_STATUSES as readonly string[]).includes(value)
}

/** The assignee field, for kinds that carry one (read loosely: older files have none). */
function assigneeOf(annotation: object): string | null {
  const value = (annotation as { assignee?: unknown }).assignee
  return typeof value === 'string' && value.trim() ? value.trim() : null
}

/** A status field read loosely: source notes written before they had one carry none. */
function looseCheck(annotation: object): Check | null {
  const status = (annotation as { status?: unknown }).status
  return isCheckStatus(status) ? { status, assignee: assigneeOf(annotation) } : null
}

type CheckOf = { [K in AnnotationKind]: (a: Extract<Annotation, { kind: K }>) => Check | null }

/** One function per kind: a new kind must say here whether it is checked. */
const CHECKS: CheckOf = {
  quote: (quote) => ({ status: quote.status, assignee: assigneeOf(quote) }),
  mention: () => null,
  'source-note': looseCheck
}

/** The check of an annotation, or null for a kind that is not checked (mentions). */
export function checkOf(annotation: Annotation): Check | null {
  const read = CHECKS[annotation.kind] as (a: Annotation) => Check | null
  return read(annotation)
}

/** How many annotations still need work (needs checking or disputed); orphans count too. */
export function countOpenChecks(annotations: readonly Annotation[]): number {
  let n = 0
  for (const annotation of annotations) {
    const check = checkOf(annotation)
    if (check && OPEN_CHECK_STATUSES.includes(check.status)) n++
  }
  return n
}
