/**
 * Checks an annotation layer against the text it annotates before it is saved, so a file
 * on disk never holds a target outside its text or a mention of an entity it lacks.
 */
import { entityRefOf } from '@shared/annotations/kinds'
import { AppError } from '@shared/contract'
import type { Annotation, Block, Entity } from '@shared/model'
import { CodePointIndex, plainText } from '@shared/text'

/** Most problems listed in one error message. */
const MAX_LISTED = 3

/** Short, single-line excerpt for messages. */
function excerpt(text: string): string {
  const points = [...text.replace(/\s+/g, ' ')]
  return points.length > 40 ? `${points.slice(0, 39).join('')}…` : points.join('')
}

/**
 * Problems with saving `annotations` and `entities` over `blocks`, in plain words: ids must
 * be unique; every target must lie within the text (code points over the blocks joined by
 * "\n\n"); a target that is not orphaned must quote exactly the text at its position; every
 * mention's entity and every quote's speaker must be in the registry.
 */
export function annotationProblems(
  blocks: readonly Block[],
  entities: readonly Entity[],
  annotations: readonly Annotation[]
): string[] {
  const problems: string[] = []
  const index = new CodePointIndex(plainText(blocks))
  const entityIds = new Set<string>()
  for (const entity of entities) {
    if (entityIds.has(entity.id)) problems.push(`Two entities share the id "${entity.id}".`)
    entityIds.add(entity.id)
  }
  const annotationIds = new Set<string>()
  for (const a of annotations) {
    const label = `The ${a.kind} ${a.id}`
    if (annotationIds.has(a.id)) problems.push(`Two annotations share the id "${a.id}".`)
    annotationIds.add(a.id)
    const { start, end, exact } = a.target
    if (end > index.length) {
      problems.push(
        `${label} ends at ${end}, past the end of the text (${index.length} characters).`
      )
    } else if (!a.orphaned && index.slice(start, end) !== exact) {
      problems.push(
        `${label} quotes "${excerpt(exact)}" but the text at ${start}–${end} reads ` +
          `"${excerpt(index.slice(start, end))}".`
      )
    }
    const ref = entityRefOf(a)
    if (ref && !entityIds.has(ref.id)) {
      problems.push(
        `${label} points at entity "${ref.id}", which is not in the registry (${ref.field}).`
      )
    }
  }
  return problems
}

/** Throws an 'invalid-input' AppError listing the first problems, if there are any. */
export function assertSavable(
  blocks: readonly Block[],
  entities: readonly Entity[],
  annotations: readonly Annotation[]
): void {
  const problems = annotationProblems(blocks, entities, annotations)
  if (!problems.length) return
  const more = problems.length > MAX_LISTED ? ` (and ${problems.length - MAX_LISTED} more)` : ''
  throw new AppError(
    'invalid-input',
    `The annotations could not be saved: ${problems.slice(0, MAX_LISTED).join(' ')}${more}`
  )
}
