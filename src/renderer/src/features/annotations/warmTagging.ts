/**
 * Tagging made ready before the first tag. The first tag after opening an article cost about
 * twice the main-thread time of the next ones (10,000 annotations: 21 to 36 ms against 12 to
 * 20): its code ran for the first time, so the browser compiled it then, and the entity
 * schema, which checks the entity a tag creates, set itself up at its first use (about 20 ms
 * in a profile). Once the opened article has painted and the page is idle, the tag a key
 * would make is computed over the article's first word and thrown away (the command without
 * dispatch: nothing changes, nothing is saved), so the editor's first real tag finds that
 * code compiled and the schema ready.
 */
import type { Node } from 'prosemirror-model'
import { Plugin, type EditorState } from 'prosemirror-state'
import { afterPaintWhenIdle } from '@renderer/components/afterPaintWhenIdle'
import { tagEntity } from '@renderer/editor/annotations'

/** The first word of the article's text (a range of positions), if any. */
function firstWord(doc: Node): { from: number; to: number } | null {
  let found: { from: number; to: number } | null = null
  doc.descendants((node, pos) => {
    if (found) return false
    if (!node.isTextblock) return true
    const word = /\p{L}+/u.exec(node.textContent)
    if (word) found = { from: pos + 1 + word.index, to: pos + 1 + word.index + word[0].length }
    return false
  })
  return found
}

/**
 * Computes, without applying it, the tag of the article's first word as an entity of
 * `typeId`; true when a tag was computed (false when the article has no word, or the tag was
 * refused: the word already tagged so).
 */
export function warmTagging(state: EditorState, typeId: string): boolean {
  const range = firstWord(state.doc)
  if (!range) return false
  try {
    return tagEntity(typeId, undefined, { range })(state)
  } catch {
    // Nothing the editor asked for: a failure here is the real tag's to report.
    return false
  }
}

/**
 * Warms tagging once per opened article, when the page is first idle after it painted, with
 * the entity type `typeId` names then (none: nothing to warm).
 */
export function warmTaggingPlugin(
  typeId: () => string | undefined,
  warm: (state: EditorState, typeId: string) => boolean = warmTagging
): Plugin {
  return new Plugin({
    view(view) {
      const scheduled = afterPaintWhenIdle(() => {
        const type = typeId()
        if (type && !view.isDestroyed) warm(view.state, type)
      })
      return { destroy: () => scheduled.cancel() }
    }
  })
}
