/**
 * The check of a quote, claim or source note as W3C terms of ours: who is assigned
 * (`assignee`, a Person) and the history of the check (`checkHistory`, an ordered list of
 * `CheckChange` nodes whose `creator` and `created` are the Web Annotation context's own
 * terms). Written and read by the kinds that are checked (`annotations/kinds.ts`).
 */
import { z } from 'zod'
import { Assignee, CheckChange, CheckedField, ClaimVerdict, QuoteStatus } from '../model'
import { jsonString } from './jsonText'
import { mint, unmint } from './w3cVocabulary'

/** A checked annotation's fields, as far as this file is concerned. */
interface Checked {
  assignee?: string
  checkHistory?: CheckChange[]
}

/**
 * The assignee and history as terms of the item, JSON text written `,"name":value` ('' when
 * there is neither).
 */
export function checkTerms(a: Checked): string {
  let terms = ''
  if (a.assignee) terms += ',"assignee":{"type":"Person","name":' + jsonString(a.assignee) + '}'
  if (a.checkHistory?.length) {
    // A history is short and rare: its nodes are made and stringified whole.
    const nodes = a.checkHistory.map((change) => ({
      id: mint('change', change.id),
      type: 'CheckChange',
      checkedField: change.field,
      from: change.from,
      to: change.to,
      creator: { type: 'Person', name: change.by },
      created: change.at,
      ...(change.comment ? { comment: change.comment } : {})
    }))
    terms += ',"checkHistory":' + JSON.stringify(nodes)
  }
  return terms
}

/** The values a history entry may go from and to, by the field it changed. */
const VALUES_OF: Record<CheckedField, readonly string[]> = {
  status: QuoteStatus.options,
  verdict: ClaimVerdict.options
}

const ChangeNode = z
  .looseObject({
    id: z.string().min(1),
    checkedField: CheckedField,
    from: z.string().nullable(),
    to: z.string().nullable(),
    creator: z.looseObject({ name: z.string() }).optional(),
    created: z.string().min(1),
    comment: z.string().max(2000).optional()
  })
  .superRefine((node, ctx) => {
    // A status or verdict the app does not know would show, filter and export as nonsense.
    const allowed = VALUES_OF[node.checkedField]
    for (const end of ['from', 'to'] as const) {
      const value = node[end]
      if (value === null || allowed.includes(value)) continue
      ctx.addIssue({
        code: 'custom',
        path: [end],
        message: `"${value.slice(0, 60)}" is not a ${node.checkedField} (one of ${allowed.join(', ')})`
      })
    }
  })

/** The assignee and history back from an item's terms, or a problem naming what is wrong. */
export function readCheckTerms(
  term: (name: string) => unknown
): Checked | { problem: { at: string; message: string } } {
  const out: Checked = {}
  const assignee = term('assignee')
  if (assignee !== undefined) {
    const name =
      typeof assignee === 'object' && assignee !== null
        ? (assignee as { name?: unknown }).name
        : assignee
    const parsed = Assignee.safeParse(name)
    if (!parsed.success)
      return { problem: { at: 'assignee', message: 'is not a person with a name' } }
    out.assignee = parsed.data
  }
  const history = term('checkHistory')
  if (history !== undefined) {
    const parsed = z.array(ChangeNode).safeParse(history)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      return {
        problem: {
          at: ['checkHistory', ...issue.path].join('.').replace(/\.(\d+)/g, '[$1]'),
          message: issue.message
        }
      }
    }
    out.checkHistory = parsed.data.map((node) =>
      CheckChange.parse({
        id: unmint('change', node.id),
        field: node.checkedField,
        from: node.from,
        to: node.to,
        by: node.creator?.name ?? '',
        at: node.created,
        ...(node.comment ? { comment: node.comment } : {})
      })
    )
  }
  return out
}
