/**
 * Changes to the article view that a key or a click asks for, run in the task after the
 * input event instead of inside it.
 *
 * Chromium tells the browser process where the selection is after every selection change a
 * page makes while it handles an input event: it counts the characters from the top of the
 * page to the selection, a walk as long as the text before it. Tagging a word redraws its
 * paragraph, so ProseMirror puts the selection back; inside the key's handler that count cost
 * 5 to 48 ms at 30,000 annotations, more the further down the article the word is (traces of
 * `Editor::SyncSelection`). In the next task nobody is handling an input event, and the count
 * is not made.
 *
 * Order is kept: work still waiting when the next key or pointer press arrives runs first.
 */
const waiting: (() => void)[] = []
let scheduled = false
let listening = false

/** Runs what is waiting, oldest first. */
function flush(): void {
  scheduled = false
  while (waiting.length) waiting.shift()!()
}

export function afterInputEvent(work: () => void): void {
  waiting.push(work)
  if (!listening && typeof addEventListener === 'function') {
    listening = true
    for (const type of ['keydown', 'pointerdown'] as const)
      addEventListener(type, flush, { capture: true })
  }
  if (!scheduled) {
    scheduled = true
    setTimeout(flush, 0)
  }
}
