/**
 * What the annotation dialogs share: the live layer and settings, running a command on the
 * editor, the text a dialog is about and its quotation at the top, and a group of radio
 * buttons. The dialog itself is the app's one `Dialog` (components/Dialog).
 */
import { useId, useMemo } from 'react'
import type { Command, EditorState } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import { mentionCounts } from '@shared/annotations/registry'
import type { Annotation, Entity } from '@shared/model'
import { useEditorState, useEditorView } from '@renderer/editor/EditorSession'
import {
  annotationsKey,
  annotationText,
  EMPTY_LAYER,
  type AnnotationLayer
} from '@renderer/editor/annotations'
import { useArticleFeatureContext } from '@renderer/features/FeatureContext'
import { useT } from '@renderer/i18n/I18n'
import { useUiState } from '@renderer/store/StoreContext'
import { sessionFor, type AnnotateSession } from '../session'

const selectLayer = (state: EditorState): AnnotationLayer =>
  annotationsKey.getState(state)?.layer ?? EMPTY_LAYER

/** The annotation layer of the open article (re-renders when it changes). */
export function useLayer(): AnnotationLayer {
  return useEditorState(selectLayer, EMPTY_LAYER)
}

/** The entities as a list, and their mention counts, for type-ahead. */
export function useEntities(): { list: Entity[]; counts: Map<string, number> } {
  const layer = useLayer()
  const list = useMemo(() => [...layer.entities.values()], [layer.entities])
  const counts = useMemo(() => mentionCounts(layer.annotations), [layer.annotations])
  return { list, counts }
}

/** The feature session of the open article (null outside an article). */
export function useSession(): AnnotateSession | null {
  const ctx = useArticleFeatureContext()
  return ctx ? sessionFor(ctx) : null
}

/** Runs a command on the view; true when it did something. */
export function runCommand(view: EditorView | null, command: Command): boolean {
  if (!view) return false
  return command(view.state, view.dispatch, view)
}

/**
 * What every annotation dialog starts from: the strings, the editor view, the feature
 * session (for notices), the live layer and the library's entity types.
 */
export function useAnnotationDialog() {
  const t = useT()
  const view = useEditorView()
  const session = useSession()
  const layer = useLayer()
  const types = useUiState((s) => s.settings.entityTypes)
  return { t, view, session, layer, types }
}

/** The editor view (for dialogs rendered anywhere under the workspace). */
export { useEditorView }

/**
 * The text a dialog is about: what an existing annotation covers now (or covered last, for an
 * orphan), else the selected range.
 */
export function spanText(
  view: EditorView | null,
  annotation: Annotation | undefined,
  range: { from: number; to: number } | undefined
): string {
  if (!view) return ''
  if (annotation) return annotationText(view.state, annotation.id) ?? annotation.target.exact
  return range ? view.state.doc.textBetween(range.from, range.to, ' ') : ''
}

/** The text a dialog is about, shown as a quotation at its top. */
export function QuotedText(props: { label: string; text: string }) {
  const lang = useArticleFeatureContext()?.opened.article.language
  return (
    <figure className="quoted-text">
      <figcaption className="field-hint">{props.label}</figcaption>
      <blockquote lang={lang}>{props.text}</blockquote>
    </figure>
  )
}

/** A row of radio buttons in a fieldset (kind, status…), drawn as a segmented control. */
export function ChoiceGroup<T extends string>(props: {
  legend: string
  name?: string
  options: readonly T[]
  labels: Readonly<Record<T, string>>
  value: T
  onChange(value: T): void
}) {
  const generated = useId()
  const name = props.name ?? generated
  return (
    <fieldset className="choice-group">
      <legend>{props.legend}</legend>
      <div className="choice-options">
        {props.options.map((option) => (
          <label key={option} className="choice-option">
            <input
              type="radio"
              name={name}
              value={option}
              checked={props.value === option}
              onChange={() => props.onChange(option)}
            />
            <span>{props.labels[option]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
