/**
 * The hover card: pointing at annotated text shows everything there (a quote, the mentions
 * inside it, the notes on it), innermost first, so overlapping annotations stay reachable and
 * none hides another. It reads the nested decoration spans under the pointer (each carries
 * `data-ann-id`), so it costs nothing until the pointer moves. Keyboard users get the same
 * list with I ("What's here"). A quote, claim or note shows the last change of its check, and
 * how many there were (I and the panel's History show them all).
 */
import { useEffect, useState } from 'react'
import { createPortal } from 'react-dom'
import type { EditorView } from 'prosemirror-view'
import { layerOf, spanOf, speakerClass, typeClass } from '@renderer/editor/annotations'
import { useI18n } from '@renderer/i18n/I18n'
import { useUiState } from '@renderer/store/StoreContext'
import { checkHistoryOf } from '@shared/annotations/checkHistory'
import { describeAnnotation } from '../describe'
import { LastCheckChange } from './CheckFields'

/** The ids of the annotations under an element of the view, innermost first. */
export function annotationIdsAt(target: Element | null, root: Element): string[] {
  const ids: string[] = []
  for (let el = target; el && el !== root; el = el.parentElement) {
    const id = el.getAttribute('data-ann-id')
    if (id && !ids.includes(id)) ids.push(id)
  }
  return ids
}

interface Hover {
  ids: string[]
  x: number
  y: number
}

/** The hover card of one view (rendered into the page body). */
export function HoverCard(props: { view: EditorView }) {
  const { view } = props
  const { t, language } = useI18n()
  const types = useUiState((s) => s.settings.entityTypes)
  const [hover, setHover] = useState<Hover | null>(null)

  useEffect(() => {
    const root = view.dom
    let frame = 0
    let last = ''
    const onMove = (event: PointerEvent) => {
      cancelAnimationFrame(frame)
      const { clientX, clientY } = event
      const target = event.target instanceof Element ? event.target : null
      frame = requestAnimationFrame(() => {
        const ids = annotationIdsAt(target, root)
        const key = ids.join(' ')
        if (!ids.length) {
          last = ''
          setHover(null)
          return
        }
        // Follow the pointer only to a new set of annotations: the card stays put to be read.
        if (key === last) return
        last = key
        setHover({ ids, x: clientX, y: clientY })
      })
    }
    const onLeave = () => {
      cancelAnimationFrame(frame)
      last = ''
      setHover(null)
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onLeave()
    }
    root.addEventListener('pointermove', onMove)
    root.addEventListener('pointerleave', onLeave)
    root.addEventListener('pointerdown', onLeave)
    document.addEventListener('keydown', onKey)
    window.addEventListener('scroll', onLeave, true)
    return () => {
      cancelAnimationFrame(frame)
      root.removeEventListener('pointermove', onMove)
      root.removeEventListener('pointerleave', onLeave)
      root.removeEventListener('pointerdown', onLeave)
      document.removeEventListener('keydown', onKey)
      window.removeEventListener('scroll', onLeave, true)
    }
  }, [view])

  if (!hover) return null
  const layer = layerOf(view.state)
  const items = hover.ids
    .map((id) => layer.annotations.get(id))
    .filter((a) => a !== undefined && !a.orphaned && spanOf(layer, a.id))
    .map((a) => ({
      ...describeAnnotation(a!, layer.entities, types, t, language),
      // A quote's mark in its speaker's colour, as its underline in the text.
      mark: a!.kind === 'quote' ? speakerClass(a!.speakerId) : '',
      history: checkHistoryOf(a!)
    }))
  if (!items.length) return null

  // Below the pointer, flipped above near the bottom of the window; kept inside it.
  const below = hover.y < window.innerHeight - 220
  const left = Math.min(Math.max(8, hover.x - 24), window.innerWidth - 340)
  const position = below ? { top: hover.y + 18 } : { bottom: window.innerHeight - hover.y + 14 }

  return createPortal(
    <div
      className="hover-card"
      role="tooltip"
      // React writes these through the CSSOM, which the CSP allows (no style attribute).
      style={{ left, ...position }}
    >
      <p className="hover-card-count">{t.hereCount(items.length)}</p>
      <ul>
        {items.map((d) => (
          <li key={d.id} className={`hover-item hover-${d.kind}`}>
            <span className="hover-heading">
              {d.entityType ? (
                <span className={`type-dot ${typeClass(d.entityType)}`} aria-hidden="true" />
              ) : (
                <span className={`kind-mark kind-${d.kind} ${d.mark}`} aria-hidden="true" />
              )}
              {d.heading}
            </span>
            <span className="hover-detail">{d.detail}</span>
            <LastCheckChange history={d.history} />
            {d.history.length > 1 && (
              <span className="check-count">{t.checkHistoryCount(d.history.length)}</span>
            )}
          </li>
        ))}
      </ul>
    </div>,
    document.body
  )
}
