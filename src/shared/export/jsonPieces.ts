/**
 * The JSON text of a document, in pieces: the text of `JSON.stringify(value, null, indent)`
 * cut so that a writer can put each piece on the disk while the next one is made, instead of
 * holding the whole text (tens of megabytes for a long article) and writing it after.
 *
 * A document of ours has one long array, the last thing its text holds (the annotations of a
 * native export, the items of a W3C collection). The head is the document stringified with a
 * marker in place of that array, up to the marker; the array's items follow in batches, each
 * batch stringified at the items' depth; the head's rest closes the document. Joined, the
 * pieces are exactly the one-shot text (a property test holds it), so a reader sees the same
 * file whether it was written whole or in pieces.
 *
 * The array may be {@link ItemsOnDemand}: its items are then made a batch at a time, just
 * before their piece is stringified, and are garbage as soon as it is. Items made all at
 * once before the first piece live for the whole write (tens of thousands of objects for a
 * long article, the write waiting on the disk between pieces): the young-generation
 * collections that run meanwhile copy every one of them, then move them to the old
 * generation, which a full collection sweeps later. Made on demand, they die young.
 */

/**
 * A long array whose items are made when its pieces are: `slice(from, to)` makes the items
 * of one batch. Only {@link jsonPieces} reads it; it has no JSON text of its own.
 */
export class ItemsOnDemand<T> {
  constructor(
    readonly length: number,
    private readonly make: (from: number, to: number) => T[]
  ) {}

  slice(from: number, to: number): T[] {
    return this.make(from, Math.min(to, this.length))
  }
}

/**
 * A long array whose items are written as JSON text by their maker (see `jsonText.ts`):
 * `text(from, to)` is the text of items `from` to `to` (excluded) exactly as
 * `JSON.stringify` writes them in the document, from the first item's indentation to the
 * last item's end (joined by a comma, and a newline when the document is indented). Only
 * {@link jsonPieces} reads it.
 */
export class ItemsAsText {
  constructor(
    readonly length: number,
    private readonly make: (from: number, to: number) => string
  ) {}

  text(from: number, to: number): string {
    return this.make(from, Math.min(to, this.length))
  }
}

/** The items of the long array: an array, items made on demand, or their text. */
type LongArray = readonly unknown[] | ItemsOnDemand<unknown> | ItemsAsText

/** A document's long array: where it is, and how many of its items go in one piece. */
export interface StreamedArray {
  /** The keys from the document down to the array, which must be the last value its JSON holds. */
  path: readonly string[]
  /** Items per piece (at least one). */
  batch: number
}

/**
 * The pieces of `JSON.stringify(value, null, indent)` (compact when `indent` is 0). The head
 * is made at once, so a path that does not lead to the document's last value fails here,
 * before anything is written; the batches are stringified as the pieces are asked for.
 */
export function jsonPieces(
  value: Record<string, unknown>,
  indent: number,
  streamed: StreamedArray
): Iterable<string> {
  const marker = `\u0000pieces-${Math.random().toString(36).slice(2)}`
  const { items, withMarker } = replaceAt(value, streamed.path, marker)
  const whole = JSON.stringify(withMarker, null, indent)
  const quoted = JSON.stringify(marker)
  // The marker is the last value written, so its last occurrence is the one placed here
  // even if some text of the document happens to spell it.
  const at = whole.lastIndexOf(quoted)
  const tail = whole.slice(at + quoted.length)
  if (at < 0 || !/^[\s\]}]*$/.test(tail)) {
    throw new Error(`jsonPieces: ${streamed.path.join('.')} is not the last value of the document`)
  }
  const head = whole.slice(0, at)
  const batch = Math.max(1, Math.floor(streamed.batch))
  const gap = ' '.repeat(Math.min(10, Math.max(0, Math.floor(indent))))
  return {
    *[Symbol.iterator]() {
      yield head
      if (items.length === 0) {
        yield '[]'
        yield tail
        return
      }
      // The items sit one level below the array, which sits at the depth of its path.
      const depth = streamed.path.length + 1
      const newline = gap ? '\n' : ''
      yield '[' + newline
      for (let from = 0; from < items.length; from += batch) {
        if (from > 0) yield ',' + newline
        yield items instanceof ItemsAsText
          ? items.text(from, from + batch)
          : itemsText(items.slice(from, from + batch), depth, gap)
      }
      yield newline + gap.repeat(depth - 1) + ']'
      yield tail
    }
  }
}

/**
 * Items as `JSON.stringify` writes them inside an array at `depth - 1`, from the first
 * item's indentation to the last item's end: the batch is nested in as many arrays as put its
 * items at that depth, and the openings and closings of those arrays are cut off.
 */
function itemsText(items: readonly unknown[], depth: number, gap: string): string {
  if (!gap) {
    const text = JSON.stringify(items)
    return text.slice(1, -1)
  }
  let nested: unknown = items
  for (let level = 1; level < depth; level++) nested = [nested]
  const text = JSON.stringify(nested, null, gap)
  let opening = 0
  for (let level = 0; level < depth; level++) opening += 2 + level * gap.length
  let closing = 0
  for (let level = 0; level < depth; level++) closing += 2 + level * gap.length
  return text.slice(opening, text.length - closing)
}

/** A copy of the objects down `path` with the array there replaced by a marker. */
function replaceAt(
  value: Record<string, unknown>,
  path: readonly string[],
  marker: string
): { items: LongArray; withMarker: Record<string, unknown> } {
  if (path.length === 0) throw new Error('jsonPieces: the path to the array is empty')
  const [key, ...rest] = path
  const inner = value[key]
  if (rest.length === 0) {
    if (
      !Array.isArray(inner) &&
      !(inner instanceof ItemsOnDemand) &&
      !(inner instanceof ItemsAsText)
    ) {
      throw new Error(`jsonPieces: ${key} is not an array`)
    }
    return { items: inner as LongArray, withMarker: { ...value, [key]: marker } }
  }
  if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) {
    throw new Error(`jsonPieces: ${key} is not an object`)
  }
  const below = replaceAt(inner as Record<string, unknown>, rest, marker)
  return { items: below.items, withMarker: { ...value, [key]: below.withMarker } }
}

/** The pieces, then the newline a file of ours ends with. */
export function withFinalNewline(pieces: Iterable<string>): Iterable<string> {
  return {
    *[Symbol.iterator]() {
      yield* pieces
      yield '\n'
    }
  }
}
