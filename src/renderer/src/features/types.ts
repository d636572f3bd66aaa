/**
 * How a feature (the annotation layer first) plugs into the article view: ProseMirror
 * plugins for the open article, buttons on the toolbar, and a panel on the right.
 *
 * A feature is registered once in `articleFeatures.ts`. For each opened article the workspace
 * builds an {@link ArticleFeatureContext} and calls `plugins(ctx)` once, so plugin state
 * lives as long as that article stays open (saves do not rebuild it).
 */
import type { ComponentType } from 'react'
import type { EditorState, Plugin } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import type { NewsroomApi } from '@shared/contract'
import type { ArticleFile, LibrarySettings } from '@shared/model'
import type { Messages } from '../i18n/strings'
import type { ArticleChanges } from '../store/actions'

/** What a feature gets to work on one open article. */
export interface ArticleFeatureContext {
  /** Id of the open article. */
  readonly articleId: string
  /** The article as it was opened: the blocks, entities and annotations to start from. */
  readonly opened: ArticleFile
  /** The library settings as they are now (entity types and their keys, author name). */
  settings(): LibrarySettings
  /** The UI dictionary as it is now. */
  t(): Messages
  /**
   * Saves the annotation layer (and blocks after a text edit). Saves are coalesced and report
   * "Saving…"/"All changes saved." in the status, and failures as an alert.
   */
  save(changes: ArticleChanges): Promise<void>
  /** The typed API, for anything else that crosses to main (openExternal…). */
  readonly api: NewsroomApi
}

/** One toolbar button: an action on the article, showing its key. */
export interface ToolbarAction {
  /** Stable id, unique in the toolbar. */
  id: string
  /** Visible label and accessible name ("Person", "Quote"…). */
  label: string
  /** The key that does the same ("P"), shown on the button and as aria-keyshortcuts. */
  shortcut?: string
  /** Shown as a small colour swatch (an entity type's colour). */
  color?: string
  /** Longer help shown as the tooltip. */
  description?: string
  /** Runs the action; the editor gets the focus back afterwards. */
  run(view: EditorView): void
  /** False greys the button out (for example while nothing is selected). */
  isEnabled?(state: EditorState): boolean
  /** True shows the button pressed (aria-pressed), for toggles. */
  isActive?(state: EditorState): boolean
}

/** A feature of the article view. Every part is optional. */
export interface ArticleFeature {
  /** Stable id (also the React key of its panel). */
  id: string
  /** ProseMirror plugins for one open article; called once per opened article. */
  plugins?(ctx: ArticleFeatureContext): Plugin[]
  /** Toolbar buttons; called on each render, so they can follow the settings and language. */
  toolbar?(
    ctx: ArticleFeatureContext,
    env: { t: Messages; settings: LibrarySettings }
  ): ToolbarAction[]
  /**
   * The feature's part of the right-hand panel. It can read the editor with `useEditorState`
   * / `useEditorView` and the context with `useArticleFeatureContext`.
   */
  Panel?: ComponentType<{ ctx: ArticleFeatureContext }>
}
