/**
 * Annotations in words, for the hover card, the "What's here" dialog and the buttons that
 * act on one annotation: "Person · Jason Droege", "Quote · Jason Droege · Direct · Needs
 * checking", "Source note · Note aux clients (Document)". Pure, so it is tested without a
 * browser.
 */
import {
  DEFAULT_ENTITY_TYPES,
  type Annotation,
  type Entity,
  type EntityTypeDef
} from '@shared/model'
import { valueLabel } from '@shared/annotations/valueLabel'
import type { Messages } from '@renderer/i18n/strings'
import { truncate } from '@shared/text'

/** The name of an entity type in the UI language (a renamed built-in keeps its new name). */
export function typeLabel(
  typeId: string | undefined,
  types: readonly EntityTypeDef[],
  t: Messages
): string {
  if (!typeId) return t.unknownType
  const type = types.find((x) => x.id === typeId)
  const builtIn = DEFAULT_ENTITY_TYPES.find((x) => x.id === typeId)
  const translated = t.entityTypeNames[typeId]
  if (translated && builtIn && (!type || type.name === builtIn.name)) return translated
  return type?.name ?? translated ?? typeId
}

/** One annotation described: a heading (its kind or type) and what it says. */
export interface AnnotationDescription {
  id: string
  kind: Annotation['kind']
  /** "Person", "Quote", "Source note". */
  heading: string
  /** "Jason Droege"; "Jason Droege · Direct · Needs checking"; "Memo (Document)". */
  detail: string
  /** The entity type of a mention, for its colour swatch. */
  entityType?: string
  /** Heading and detail in one line, for accessible names. */
  summary: string
}

/** At most `max` characters of a text, on one line. */
export function excerpt(text: string, max = 60): string {
  return truncate(text, max, { flatten: true })
}

/** Describes an annotation with its entities and the library's entity types. */
export function describeAnnotation(
  a: Annotation,
  entities: ReadonlyMap<string, Entity>,
  types: readonly EntityTypeDef[],
  t: Messages,
  language: 'en' | 'fr' = 'en'
): AnnotationDescription {
  let heading: string
  let detail: string
  let entityType: string | undefined
  switch (a.kind) {
    case 'mention': {
      const entity = entities.get(a.entityId)
      entityType = entity?.type
      heading = typeLabel(entity?.type, types, t)
      detail = entity?.name ?? a.target.exact
      // The normalised value ("14.3 billion dollars (14,300,000,000 USD)", "49% = 0.49",
      // "2025-06-11 → 2025-06-20"), where there is one, in the UI language.
      if (entity?.value) detail += ` · ${valueLabel(entity.value, language)}`
      break
    }
    case 'quote': {
      const speaker = a.speakerId ? entities.get(a.speakerId)?.name : undefined
      heading = t.annotationKinds.quote
      detail = [speaker ?? t.speakerUnknown, t.quoteKinds[a.quoteKind], t.quoteStatuses[a.status]]
        .filter(Boolean)
        .join(' · ')
      break
    }
    case 'source-note': {
      heading = t.annotationKinds['source-note']
      const title = a.title.trim() || excerpt(a.text, 48) || a.url || t.noteUntitled
      detail = `${title} (${t.sourceKinds[a.sourceKind]})`
      break
    }
    case 'claim': {
      const speaker = a.speakerId ? entities.get(a.speakerId)?.name : undefined
      heading = t.annotationKinds.claim
      detail = [
        speaker,
        a.verdict ? t.claimVerdicts[a.verdict] : t.claimNoVerdict,
        t.quoteStatuses[a.status]
      ]
        .filter(Boolean)
        .join(' · ')
      break
    }
  }
  return { id: a.id, kind: a.kind, heading, detail, entityType, summary: `${heading} · ${detail}` }
}
