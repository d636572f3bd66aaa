/**
 * Making new annotations: an id, the author and the times, and a target built from
 * code-point offsets over the article's plain text (position and quote selectors at once,
 * see {@link CodePointIndex.target}). Every record is parsed with the model's schema, so bad
 * input (an `ftp:` URL, an unknown status) is refused with a clear message here rather than
 * found later in a saved file.
 */
import {
  Annotation,
  type Claim,
  type ClaimVerdict,
  type EntityMention,
  type Quote,
  type QuoteKind,
  type QuoteStatus,
  type SourceKind,
  type SourceNote,
  type TextTarget
} from '../model'
import { CodePointIndex } from '../text'
import { withCheckChanges } from './checkHistory'
import { newId } from './ids'
import { kindOf } from './kinds'

/** Who creates an annotation and when; the id is generated when absent. */
export interface AuthorContext {
  author: string
  /** Creation time (default: now). */
  now?: Date
  id?: string
}

/** A code-point range of the plain text. */
export interface OffsetRange {
  start: number
  end: number
}

/** Refused input for an annotation; `message` is written for the annotator. */
export class AnnotationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AnnotationError'
  }
}

/** A target for a code-point range: accepts the plain text or an index built once over it. */
export function targetOf(text: string | CodePointIndex, range: OffsetRange): TextTarget {
  const index = typeof text === 'string' ? new CodePointIndex(text) : text
  if (range.end <= range.start) throw new AnnotationError('An annotation needs some text selected')
  if (range.start < 0 || range.end > index.length) {
    throw new AnnotationError(`Range ${range.start}–${range.end} is outside the text`)
  }
  return index.target(range.start, range.end)
}

/** Parses a record with the model schema; the first complaint becomes the message. */
export function checkAnnotation<T extends Annotation>(record: T): T {
  const parsed = Annotation.safeParse(record)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue.path.length ? `${issue.path.join('.')}: ` : ''
    throw new AnnotationError(`${where}${issue.message}`)
  }
  return parsed.data as T
}

function base(target: TextTarget, ctx: AuthorContext) {
  const at = (ctx.now ?? new Date()).toISOString()
  return {
    id: ctx.id ?? newId(),
    target,
    orphaned: false,
    createdBy: ctx.author,
    createdAt: at,
    updatedBy: ctx.author,
    updatedAt: at
  }
}

/** What a quote says beyond its text. */
export interface QuoteFields {
  speakerId: string | null
  quoteKind?: QuoteKind
  status?: QuoteStatus
  comment?: string
  /** Who is on the check; empty or absent: nobody yet. */
  assignee?: string
}

/** The assignee field of a new record: absent when nobody is named. */
function assigneeField(assignee: string | undefined): { assignee?: string } {
  const name = assignee?.trim()
  return name ? { assignee: name } : {}
}

/** A new checked annotation, its first status or verdict recorded in its history. */
function checkedRecord<T extends Annotation>(record: T): T {
  const checked = checkAnnotation(record)
  return withCheckChanges(null, checked, { by: checked.createdBy, at: checked.createdAt })
}

/** A new quote over a target (direct and needing checking unless told otherwise). */
export function newQuote(target: TextTarget, fields: QuoteFields, ctx: AuthorContext): Quote {
  return checkedRecord<Quote>({
    ...base(target, ctx),
    kind: 'quote',
    speakerId: fields.speakerId,
    quoteKind: fields.quoteKind ?? 'direct',
    status: fields.status ?? 'needs-checking',
    comment: fields.comment ?? '',
    ...assigneeField(fields.assignee)
  })
}

/**
 * A new mention of an entity over a target. Checked by hand rather than with the schema:
 * "Tag all mentions" makes a thousand at once, and the schema's parse would dominate.
 */
export function newMention(
  target: TextTarget,
  entityId: string,
  ctx: AuthorContext
): EntityMention {
  if (!entityId) throw new AnnotationError('A mention needs an entity')
  const { start, end } = target
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    throw new AnnotationError(`Invalid target ${start}–${end}`)
  }
  return { ...base(target, ctx), kind: 'mention', entityId }
}

/** What a claim says beyond its text. */
export interface ClaimFields {
  speakerId?: string | null
  status?: QuoteStatus
  verdict?: ClaimVerdict | null
  rationale?: string
  sourceNoteIds?: string[]
  assignee?: string
}

/** A new claim over a target (needing checking, no verdict yet, unless told otherwise). */
export function newClaim(target: TextTarget, fields: ClaimFields, ctx: AuthorContext): Claim {
  return checkedRecord<Claim>({
    ...base(target, ctx),
    kind: 'claim',
    speakerId: fields.speakerId ?? null,
    status: fields.status ?? 'needs-checking',
    verdict: fields.verdict ?? null,
    rationale: fields.rationale ?? '',
    sourceNoteIds: fields.sourceNoteIds ?? [],
    ...assigneeField(fields.assignee)
  })
}

/** What a source note says: the note, the kind of source, a title, a URL, when consulted. */
export interface SourceNoteFields {
  text: string
  sourceKind: SourceKind
  title?: string
  /** http or https only; anything else is refused. */
  url?: string
  /** The date the source was consulted, YYYY-MM-DD. */
  consultedAt?: string
  /** Whether the source itself was checked; absent: not tracked. */
  status?: QuoteStatus
  assignee?: string
}

/** A new source note over a target. Empty `url` and `consultedAt` count as absent. */
export function newSourceNote(
  target: TextTarget,
  fields: SourceNoteFields,
  ctx: AuthorContext
): SourceNote {
  const note: SourceNote = {
    ...base(target, ctx),
    kind: 'source-note',
    text: fields.text,
    sourceKind: fields.sourceKind,
    title: fields.title ?? ''
  }
  if (fields.url?.trim()) note.url = fields.url.trim()
  if (fields.consultedAt?.trim()) note.consultedAt = fields.consultedAt.trim()
  if (fields.status) note.status = fields.status
  Object.assign(note, assigneeField(fields.assignee))
  return checkedRecord(note)
}

/** Fields an annotator may change on an annotation of each kind. */
/** `assignee: null` or `''` says nobody is on the check any more. */
type AssigneePatch = { assignee?: string | null }

export type AnnotationPatch =
  | (Partial<Pick<Quote, 'speakerId' | 'quoteKind' | 'status' | 'comment'>> & AssigneePatch)
  | (Partial<Pick<Claim, 'speakerId' | 'status' | 'verdict' | 'rationale' | 'sourceNoteIds'>> &
      AssigneePatch)
  | Partial<Pick<EntityMention, 'entityId'>>
  | (Partial<Pick<SourceNote, 'text' | 'sourceKind' | 'title' | 'status'>> &
      AssigneePatch & {
        url?: string | null
        consultedAt?: string | null
      })

/** Fields a patch clears with null or '' (optional fields of the model). */
const CLEARABLE = new Set(['url', 'consultedAt', 'assignee'])

/**
 * An annotation with some fields changed and its update stamp renewed. The kind, target and
 * creation stamp never change here; `url: null` or `''` removes a note's URL. A change of
 * status or verdict is appended to the check's history with `checkComment`, the one place
 * where the history is written.
 */
export function patchAnnotation<T extends Annotation>(
  annotation: T,
  patch: AnnotationPatch,
  stamp: { by: string; at: string },
  checkComment?: string
): T {
  // Keys outside the kind's `editable` list are refused rather than silently stored.
  const allowed: readonly string[] = kindOf(annotation).editable
  const next: Record<string, unknown> = { ...annotation }
  for (const [key, value] of Object.entries(patch)) {
    if (!allowed.includes(key)) {
      throw new AnnotationError(`A ${annotation.kind} has no field ${key} that can be changed`)
    }
    if (CLEARABLE.has(key) && (value === null || (typeof value === 'string' && !value.trim())))
      delete next[key]
    else if (key === 'assignee' && typeof value === 'string') next[key] = value.trim()
    else if (value !== undefined) next[key] = value
  }
  next.updatedBy = stamp.by
  next.updatedAt = stamp.at
  return withCheckChanges(annotation, checkAnnotation(next as T), stamp, checkComment)
}
