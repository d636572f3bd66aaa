/**
 * The peer of the browser benchmark: @recogito/text-annotator over the same article and the
 * same annotations, in the same browser. The driver (bench/browser.ts) calls the functions
 * this page puts on `window.peer` and times them to the next painted frame.
 */
import { createTextAnnotator, type TextAnnotator } from '@recogito/text-annotator'
import '@recogito/text-annotator/text-annotator.css'

/** One annotation as the peer takes it: a quote and UTF-16 offsets into the container. */
export interface PeerAnnotation {
  id: string
  quote: string
  start: number
  end: number
}

let annotator: TextAnnotator | undefined

const toPeer = (a: PeerAnnotation) => ({
  id: a.id,
  bodies: [],
  target: { annotation: a.id, selector: [{ quote: a.quote, start: a.start, end: a.end }] }
})

/** The next frame after the current one has been painted. */
function painted(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => resolve()
      channel.port2.postMessage(null)
    })
  )
}

const peer = {
  /** Renders the blocks as paragraphs (no annotations yet). */
  render(blocks: string[]): void {
    const article = document.getElementById('article')!
    article.replaceChildren(
      ...blocks.map((text) => {
        const p = document.createElement('p')
        p.textContent = text
        return p
      })
    )
    annotator = createTextAnnotator(article)
  },
  /** Sets every annotation; resolves with ms to the painted frame. */
  async setAnnotations(annotations: PeerAnnotation[]): Promise<number> {
    const t0 = performance.now()
    annotator!.setAnnotations(annotations.map(toPeer) as never[], true)
    await painted()
    return performance.now() - t0
  },
  /** Adds one annotation; resolves with ms to the painted frame. */
  async add(annotation: PeerAnnotation): Promise<number> {
    const t0 = performance.now()
    annotator!.addAnnotation(toPeer(annotation) as never)
    await painted()
    return performance.now() - t0
  },
  /** Elements in the document. */
  domNodes(): number {
    return document.getElementsByTagName('*').length
  }
}

declare global {
  interface Window {
    peer: typeof peer
  }
}
window.peer = peer
