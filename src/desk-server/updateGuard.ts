/**
 * Refuses a received update that would make the article invalid, before the server applies
 * it: the update is tried on a shadow copy of the document and the result read through the
 * article mapping and the file schema. Only the annotations the update touches are read, so
 * the check costs the same on an article with ten annotations or ten thousand.
 */
import * as Y from 'yjs'
import * as decoding from 'lib0/decoding'
import { hasArticle, readArticle, touchedAnnotations } from '@shared/desk/articleDoc'
import { CATALOGUE_NAME, readCatalogue } from '@shared/desk/catalogue'

/** Hocuspocus message types that carry a Yjs sync message. */
const SYNC_MESSAGES = new Set([0, 4])
/** Yjs sync message types that carry an update (step 2 and update). */
const UPDATE_SYNC_TYPES = new Set([1, 2])

/** An update refused; Hocuspocus closes the connection with this code and reason. */
export class RefusedUpdate extends Error {
  readonly code = 4422
  readonly reason: string
  constructor(readonly problems: string[]) {
    super(`Refused an update that would make the article invalid: ${problems.join('; ')}`)
    this.reason = 'Refused: the update would make the article invalid'
  }
}

/** The Yjs update inside a Hocuspocus message, or null for a message that holds none. */
export function updateInMessage(message: Uint8Array): Uint8Array | null {
  try {
    const decoder = decoding.createDecoder(message)
    decoding.readVarString(decoder)
    if (!SYNC_MESSAGES.has(decoding.readVarUint(decoder))) return null
    if (!UPDATE_SYNC_TYPES.has(decoding.readVarUint(decoder))) return null
    return decoding.readVarUint8Array(decoder)
  } catch {
    // Hocuspocus itself refuses a message it cannot read.
    return null
  }
}

/** Whether a Hocuspocus message is a Yjs sync step 1: an editor asking for what it lacks. */
export function isFirstSyncStep(message: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(message)
    decoding.readVarString(decoder)
    return SYNC_MESSAGES.has(decoding.readVarUint(decoder)) && decoding.readVarUint(decoder) === 0
  } catch {
    return false
  }
}

/** Shadow copies of the server's documents, kept in step with every applied update. */
export class UpdateGuard {
  private readonly shadows = new WeakMap<
    Y.Doc,
    { copy: Y.Doc; follow: (update: Uint8Array) => void }
  >()

  private shadowOf(document: Y.Doc): Y.Doc {
    const known = this.shadows.get(document)
    if (known) return known.copy
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(document))
    // Updates from Redis, from the database and from accepted messages alike.
    const follow = (update: Uint8Array): void => Y.applyUpdate(copy, update)
    document.on('update', follow)
    this.shadows.set(document, { copy, follow })
    return copy
  }

  private drop(document: Y.Doc): void {
    const known = this.shadows.get(document)
    if (!known) return
    document.off('update', known.follow)
    known.copy.destroy()
    this.shadows.delete(document)
  }

  /** Throws {@link RefusedUpdate} when `update` would leave the article invalid. */
  check(document: Y.Doc, update: Uint8Array): void {
    const shadow = this.shadowOf(document)
    let touched = new Set<string>()
    let failure: string[] | null = null
    const collect = (transaction: Y.Transaction): void => {
      touched = touchedAnnotations(shadow, transaction)
    }
    shadow.on('afterTransaction', collect)
    try {
      Y.applyUpdate(shadow, update)
    } catch (error) {
      failure = [`the update cannot be read (${(error as Error).message})`]
    } finally {
      shadow.off('afterTransaction', collect)
    }
    if (!failure) {
      if ((document as { name?: unknown }).name === CATALOGUE_NAME) {
        // The desk's list of shared articles: entries of its own shape, nothing else.
        const { problems } = readCatalogue(shadow)
        if (problems.length) failure = problems
      } else if (hasArticle(shadow)) {
        const result = readArticle(shadow, { only: touched })
        if (!result.ok) failure = result.problems
      } else if (!isBlank(shadow)) {
        failure = ['blocks: the article has no text']
      }
    }
    if (failure) {
      // The shadow took the bad update: copy it afresh from the good document next time.
      this.drop(document)
      throw new RefusedUpdate(failure)
    }
  }
}

/** A document nobody has written anything into yet. */
function isBlank(doc: Y.Doc): boolean {
  for (const type of doc.share.values()) {
    if (type._start !== null || type._map.size > 0) return false
  }
  return true
}
