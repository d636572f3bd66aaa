/**
 * What each annotation kind means outside the UI, in one table: the entity it points at, how
 * it is written as a W3C Web Annotation and read back, and its CSV sheet. The table is a
 * `Record` over every kind of the model, so a kind added to `model.ts` without its
 * description does not compile; the exporters and importers look a kind up here instead of
 * branching on it, so none of them can fall through to another kind's mapping.
 *
 * The renderer's half (dialog, drawing, panel row) is `annotationKindViews` in the
 * annotation feature; the UI's names of the kinds are `annotationKinds` in the dictionaries.
 */
import {
  ClaimVerdict,
  QuoteKind,
  QuoteStatus,
  SourceKind,
  type Annotation,
  type AnnotationKind,
  type AnnotationOf,
  type Entity
} from '../model'
import { EntityNode, WIKIDATA_ENTITY_PREFIX, type W3cBody } from '../export/w3cVocabulary'
import { checkTerms, readCheckTerms } from '../export/w3cCheck'
import { jsonString, jsonStringContent } from '../export/jsonText'

/** What every annotation has whatever its kind: where it is, who made it and when. */
export type AnnotationBaseKey =
  'id' | 'target' | 'orphaned' | 'createdBy' | 'createdAt' | 'updatedBy' | 'updatedAt'

/** The fields that make an annotation of kind `K` what it is. */
export type KindFields<K extends AnnotationKind> = Omit<AnnotationOf<K>, AnnotationBaseKey>

/** How a kind points at an entity of the registry. */
export interface EntityLink<A> {
  /** The property holding the id, for messages and JSON paths. */
  field: string
  /** True when the annotation means nothing without it (deleting the entity deletes it). */
  required: boolean
  /** The entity's id, or null when none is set. */
  of(a: A): string | null
  /** The annotation pointing at another entity, or (when not required) at none. */
  to(a: A, id: string | null): A
}

/**
 * What a kind's W3C writer gets: the registry, and the IRI of an entity. Items refer to an
 * entity by its IRI; its node is written once, in the collection's `entities`.
 */
export interface W3cWriteContext {
  entities: ReadonlyMap<string, Entity>
  /** The entity's IRI as JSON text (a string, its quotes included). */
  entityIriText(entity: Entity): string
  /** The IRI of another annotation of the article. */
  annotationIri(id: string): string
  /**
   * Text that depends on the entity alone (a mention's bodies): made by `make` the first time
   * the export asks for it, given again after (thousands of mentions of a few dozen entities).
   */
  onceFor(entity: Entity, make: () => string): string
}

/**
 * What a kind's W3C writer gives, as JSON text (an export writes tens of thousands of items:
 * see `export/jsonText.ts`): the item's bodies, an array; and its own terms (our context),
 * each written `,"name":value`, in order, or '' when it has none.
 */
export interface W3cWritten {
  body: string
  terms: string
}

/** What a kind's W3C reader gets: the item's bodies and terms, and the file's entities. */
export interface W3cReadContext {
  bodies: readonly W3cBody[]
  /** A term of the item as found in the file (unchecked). */
  term(name: string): unknown
  /** The entity a node describes, added to the import's registry (files that embed nodes). */
  remember(node: EntityNode): Entity
  /** An entity id back from an IRI the file uses for it. */
  entityId(iri: string): string
  /** The entity an IRI names, when the file describes it (in `entities`, or a node before). */
  describedEntity(iri: string): Entity | undefined
  /** An annotation id back from an IRI the file uses for it. */
  annotationId(iri: string): string
}

/** A problem with one item, at a path relative to the item ("body"). */
export interface W3cReadProblem {
  problem: { at: string; message: string }
}

/** How a kind goes out as a Web Annotation and comes back. */
export interface KindW3c<K extends AnnotationKind> {
  /** The item's motivation. */
  motivation: string
  /**
   * Motivations that mean this kind in a file without our `annotationKind` term (made by
   * another tool). The first kind of the table that claims one of an item's motivations wins.
   */
  recognisedBy: readonly string[]
  write(a: AnnotationOf<K>, ctx: W3cWriteContext): W3cWritten
  read(ctx: W3cReadContext): KindFields<K> | W3cReadProblem
}

/** A kind's own CSV sheet: `<stem>.<sheet>.csv`, one row per annotation of the kind. */
export interface KindCsvSheet<K extends AnnotationKind> {
  sheet: string
  /** Written only when the article has one (a sheet added after the data desk's two). */
  onlyWhenUsed?: boolean
  columns: readonly string[]
  row(
    a: AnnotationOf<K>,
    ctx: { entities: ReadonlyMap<string, Entity>; place: readonly [number?, number?] }
  ): readonly (string | number | undefined)[]
}

/**
 * Where a kind goes in CSV: its own sheet; `'with-entities'` (a row of entities.csv, beside
 * its entity); or null when it has no CSV form.
 */
export type KindCsv<K extends AnnotationKind> = KindCsvSheet<K> | 'with-entities' | null

/** Everything the pure layer knows about one kind. */
export interface KindDescription<K extends AnnotationKind> {
  /** The kind in words, for messages: "source note". */
  noun: string
  /** The fields an annotator may change (`patchAnnotation` refuses any other). */
  editable: readonly Exclude<keyof KindFields<K>, 'kind'>[]
  /** The entity it points at, if the kind points at one. */
  entityLink: EntityLink<AnnotationOf<K>> | null
  w3c: KindW3c<K>
  csv: KindCsv<K>
}

/** Words of a quote's kind in a W3C description ("Direct quote by Jason Droege"). */
const QUOTE_KIND_WORDS: Record<QuoteKind, string> = {
  direct: 'Direct quote',
  indirect: 'Indirect quote',
  paraphrase: 'Paraphrase'
}

/** What a plain-text TextualBody of ours is for. */
type TextPurpose = 'describing' | 'commenting' | 'assessing'

/** The JSON text of a TextualBody up to its value, by purpose. */
const TEXT_BODY_OPENINGS = Object.fromEntries(
  (['describing', 'commenting', 'assessing'] as const).map((purpose) => [
    purpose,
    `{"type":"TextualBody","purpose":${JSON.stringify(purpose)},"value":"`
  ])
) as Record<TextPurpose, string>

/** A plain-text TextualBody, as JSON text. */
function textBody(purpose: TextPurpose, value: string): string {
  return TEXT_BODY_OPENINGS[purpose] + jsonStringContent(value) + '","format":"text/plain"}'
}

/** The value of an enum term, or `fallback` when the file has none or one we do not know. */
function termOr<T extends string>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
  value: unknown,
  fallback: T
): T {
  const parsed = schema.safeParse(value)
  return parsed.success ? parsed.data : fallback
}

/** quotes.csv: one row per quote. */
export const QUOTES_SHEET: KindCsvSheet<'quote'> = {
  sheet: 'quotes',
  columns: [
    'speaker',
    'quote',
    'kind',
    'status',
    'notes',
    'start',
    'end',
    'speaker id',
    'quote id',
    'assignee'
  ],
  row: (a, { entities, place }) => [
    a.speakerId !== null ? (entities.get(a.speakerId)?.name ?? '') : '',
    a.target.exact,
    a.quoteKind,
    a.status,
    a.comment,
    ...place,
    a.speakerId ?? '',
    a.id,
    a.assignee ?? ''
  ]
}

/** claims.csv: one row per claim. */
export const CLAIMS_SHEET: KindCsvSheet<'claim'> = {
  sheet: 'claims',
  onlyWhenUsed: true,
  columns: [
    'claim',
    'speaker',
    'status',
    'verdict',
    'rationale',
    'source note ids',
    'start',
    'end',
    'speaker id',
    'claim id',
    'assignee'
  ],
  row: (a, { entities, place }) => [
    a.target.exact,
    a.speakerId !== null ? (entities.get(a.speakerId)?.name ?? '') : '',
    a.status,
    a.verdict ?? '',
    a.rationale,
    a.sourceNoteIds.join('; '),
    ...place,
    a.speakerId ?? '',
    a.id,
    a.assignee ?? ''
  ]
}

/** Every kind's description. Look one up with {@link kindOf}. */
export const annotationKinds: { readonly [K in AnnotationKind]: KindDescription<K> } = {
  quote: {
    noun: 'quote',
    editable: ['speakerId', 'quoteKind', 'status', 'comment', 'assignee'],
    entityLink: {
      field: 'speakerId',
      required: false,
      of: (a) => a.speakerId,
      to: (a, id) => ({ ...a, speakerId: id })
    },
    w3c: {
      motivation: 'describing',
      recognisedBy: ['describing', 'highlighting'],
      write(a, ctx) {
        const speaker = a.speakerId !== null ? ctx.entities.get(a.speakerId) : undefined
        const who = speaker ? `by ${speaker.name}` : 'speaker not identified'
        let body = textBody('describing', `${QUOTE_KIND_WORDS[a.quoteKind]} ${who} (${a.status})`)
        if (a.comment) body += ',' + textBody('commenting', a.comment)
        return {
          body: '[' + body + ']',
          terms:
            (speaker ? ',"speaker":' + ctx.entityIriText(speaker) : '') +
            // Values of the schema's enums (checked): nothing in them to escape.
            ',"quoteKind":"' +
            a.quoteKind +
            '","quoteStatus":"' +
            a.status +
            '"' +
            checkTerms(a)
        }
      },
      read(ctx) {
        const check = readCheckTerms(ctx.term)
        if ('problem' in check) return check
        const speaker = ctx.term('speaker') as EntityNode | string | undefined
        const comment = ctx.bodies.find(
          (b) => b.type === 'TextualBody' && b.purpose === 'commenting'
        )
        return {
          ...check,
          kind: 'quote',
          speakerId:
            speaker === undefined
              ? null
              : typeof speaker === 'string'
                ? ctx.entityId(speaker)
                : ctx.remember(speaker).id,
          quoteKind: termOr(QuoteKind, ctx.term('quoteKind'), 'direct'),
          status: termOr(QuoteStatus, ctx.term('quoteStatus'), 'needs-checking'),
          comment: comment?.type === 'TextualBody' ? comment.value : ''
        }
      }
    },
    csv: QUOTES_SHEET
  },

  mention: {
    noun: 'entity mention',
    editable: ['entityId'],
    entityLink: {
      field: 'entityId',
      required: true,
      of: (a) => a.entityId,
      // A mention is never left without its entity: deleting the entity deletes the mention.
      to: (a, id) => (id === null ? a : { ...a, entityId: id })
    },
    w3c: {
      motivation: 'identifying',
      recognisedBy: ['identifying', 'tagging'],
      write(a, ctx) {
        const entity = ctx.entities.get(a.entityId)
        // The native checks ran first: a mention without its entity never gets here.
        if (!entity) throw new Error(`Mention "${a.id}" points at no entity`)
        const body = ctx.onceFor(
          entity,
          () =>
            '[{"type":"SpecificResource","purpose":"identifying","source":' +
            ctx.entityIriText(entity) +
            (entity.wikidataId
              ? '},{"type":"SpecificResource","purpose":"identifying","source":' +
                jsonString(WIKIDATA_ENTITY_PREFIX + entity.wikidataId)
              : '') +
            '},{"type":"TextualBody","purpose":"tagging","value":' +
            jsonString(entity.type) +
            '}]'
        )
        return { body, terms: '' }
      },
      read(ctx) {
        let undescribed: string | undefined
        for (const body of ctx.bodies) {
          if (body.type !== 'SpecificResource') continue
          // The IRI of an entity the file describes (the Wikidata body's IRI is not one);
          // files written before entities were referred to by IRI embed the node itself.
          if (typeof body.source === 'string') {
            const entity = ctx.describedEntity(body.source)
            if (entity) return { kind: 'mention', entityId: entity.id }
            if (ctx.entityId(body.source) !== body.source) undescribed ??= body.source
            continue
          }
          const node = EntityNode.safeParse(body.source)
          if (node.success) return { kind: 'mention', entityId: ctx.remember(node.data).id }
        }
        if (undescribed) {
          return {
            problem: {
              at: 'body',
              message: `names ${undescribed}, an entity the file does not describe in its entities`
            }
          }
        }
        return {
          problem: {
            at: 'body',
            message:
              "names no entity (a SpecificResource whose source is an Entity, or the IRI of one in the collection's entities)"
          }
        }
      }
    },
    csv: 'with-entities'
  },

  'source-note': {
    noun: 'source note',
    editable: ['text', 'sourceKind', 'title', 'url', 'consultedAt', 'status', 'assignee'],
    entityLink: null,
    w3c: {
      motivation: 'commenting',
      recognisedBy: ['commenting'],
      write(a) {
        // The source: its address as its id, its title as its label, either or both or neither.
        const source = [
          ...(a.url ? ['"id":' + jsonString(a.url)] : []),
          ...(a.title ? ['"label":' + jsonString(a.title)] : [])
        ]
        const link =
          // The kind is one of the schema's enum, the day matches its date pattern (both
          // checked): nothing in them to escape.
          '{"type":"SpecificResource","purpose":"linking","sourceKind":"' +
          a.sourceKind +
          '","source":{' +
          source.join(',') +
          (a.consultedAt ? '},"consulted":"' + a.consultedAt + '"}' : '}}')
        return {
          body: '[' + textBody('commenting', a.text) + ',' + link + ']',
          terms: (a.status ? ',"sourceStatus":"' + a.status + '"' : '') + checkTerms(a)
        }
      },
      read(ctx) {
        const check = readCheckTerms(ctx.term)
        if ('problem' in check) return check
        const status = QuoteStatus.safeParse(ctx.term('sourceStatus'))
        const note = ctx.bodies.find(
          (b) => b.type === 'TextualBody' && (b.purpose ?? 'commenting') === 'commenting'
        )
        const link = ctx.bodies.find((b) => b.type === 'SpecificResource')
        const source = link?.type === 'SpecificResource' ? link.source : undefined
        const url =
          typeof source === 'string'
            ? source
            : typeof source?.id === 'string'
              ? source.id
              : undefined
        const title =
          typeof source === 'object' && typeof source.label === 'string' ? source.label : ''
        const consulted = link?.type === 'SpecificResource' ? link.consulted : undefined
        return {
          ...check,
          ...(status.success ? { status: status.data } : {}),
          kind: 'source-note',
          text: note?.type === 'TextualBody' ? note.value : '',
          sourceKind: termOr(
            SourceKind,
            link?.type === 'SpecificResource' ? link.sourceKind : undefined,
            'other'
          ),
          title,
          ...(url ? { url } : {}),
          ...(consulted ? { consultedAt: consulted } : {})
        }
      }
    },
    // Source notes have no CSV form: the data desk's sheets are quotes and entities.
    csv: null
  },
  claim: {
    noun: 'claim',
    editable: ['speakerId', 'status', 'verdict', 'rationale', 'sourceNoteIds', 'assignee'],
    entityLink: {
      field: 'speakerId',
      required: false,
      of: (a) => a.speakerId,
      to: (a, id) => ({ ...a, speakerId: id })
    },
    w3c: {
      motivation: 'assessing',
      recognisedBy: ['assessing'],
      write(a, ctx) {
        const speaker = a.speakerId !== null ? ctx.entities.get(a.speakerId) : undefined
        const who = speaker ? ` by ${speaker.name}` : ''
        let body = textBody(
          'assessing',
          `Claim${who}: ${a.verdict ?? 'no verdict yet'} (${a.status})`
        )
        if (a.rationale) body += ',' + textBody('commenting', a.rationale)
        return {
          body: '[' + body + ']',
          terms:
            (speaker ? ',"speaker":' + ctx.entityIriText(speaker) : '') +
            ',"claimStatus":' +
            jsonString(a.status) +
            (a.verdict ? ',"verdict":' + jsonString(a.verdict) : '') +
            ',"backedBy":[' +
            a.sourceNoteIds.map((id) => jsonString(ctx.annotationIri(id))).join(',') +
            ']' +
            checkTerms(a)
        }
      },
      read(ctx) {
        const check = readCheckTerms(ctx.term)
        if ('problem' in check) return check
        const speaker = ctx.term('speaker') as EntityNode | string | undefined
        const rationale = ctx.bodies.find(
          (b) => b.type === 'TextualBody' && b.purpose === 'commenting'
        )
        const backedBy = ctx.term('backedBy')
        const verdict = ClaimVerdict.safeParse(ctx.term('verdict'))
        return {
          ...check,
          kind: 'claim',
          speakerId:
            speaker === undefined
              ? null
              : typeof speaker === 'string'
                ? ctx.entityId(speaker)
                : ctx.remember(speaker).id,
          status: termOr(QuoteStatus, ctx.term('claimStatus'), 'needs-checking'),
          verdict: verdict.success ? verdict.data : null,
          rationale: rationale?.type === 'TextualBody' ? rationale.value : '',
          sourceNoteIds: Array.isArray(backedBy)
            ? backedBy.filter((x): x is string => typeof x === 'string').map(ctx.annotationId)
            : []
        }
      }
    },
    csv: CLAIMS_SHEET
  }
}

/**
 * The description of an annotation's kind, typed to take any annotation.
 * `annotationKinds[a.kind]` is the entry for `a`'s own kind, a correlation TypeScript cannot
 * follow through the union, hence the one cast.
 */
export function kindOf(a: Annotation): KindDescription<AnnotationKind> {
  return annotationKinds[a.kind] as unknown as KindDescription<AnnotationKind>
}

/** The description of a kind by name, typed to take any annotation. */
export function describeKind(kind: AnnotationKind): KindDescription<AnnotationKind> {
  return annotationKinds[kind] as unknown as KindDescription<AnnotationKind>
}

/** The entity an annotation points at, with the property that holds it, if any. */
export function entityRefOf(a: Annotation): { field: string; id: string } | null {
  const link = kindOf(a).entityLink
  const id = link?.of(a) ?? null
  return link && id !== null ? { field: link.field, id } : null
}
