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
import type { ToolbarIconName } from '../components/icons'
import type { Messages } from '../i18n/strings'
import type { ArticleChanges } from '../store/actions'
import type { ArticleDraft } from '../store/articleDraft'

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
   * "Saving…"/"All changes saved." in the status, and failures as an alert. Resolves to the
   * registry ids (entity id → registry id) the saved entities were linked to, when saved.
   */
  save(changes: ArticleChanges | ArticleDraft): Promise<Record<string, string> | undefined | void>
  /** The typed API, for anything else that crosses to main (openExternal…). */
  readonly api: NewsroomApi
  /** True while another window or editor holds the library: nothing may change here. */
  readOnly(): boolean
  /** Tells the user a change was not made because the library is read-only here. */
  refuseReadOnly(): void
  /**
   * Undo and redo on the desk when the article is shared (null when it is not): there they
   * take back only this editor's own changes, never others' made since, which the editor's
   * own history (a snapshot of every annotation) cannot tell apart.
   */
  sharedUndo(): SharedUndo | null
}

/** Undo and redo of a shared article, through the desk. */
export interface SharedUndo {
  /** This editor has saved changes to undo, or undone ones to redo, on the desk. */
  readonly canUndo: boolean
  readonly canRedo: boolean
  /**
   * Saves what is pending, undoes or redoes on the desk, shows the article as it then is
   * (the selection kept), and says in the status line what happened.
   */
  run(direction: 'undo' | 'redo'): Promise<void>
  /**
   * Says in the status line that there is nothing of this editor's to undo or redo: where
   * `run` says what it did, so that a rebuild of the article (the desk's next change) does not
   * take it away as it takes the editor's own notices.
   */
  nothingTo(direction: 'undo' | 'redo'): void
}

/**
 * The toolbar's groups, in the order they stand: what marks up the text (quote, entity types,
 * link, source note, tag all, and any later kind), what changes or undoes, files in and out,
 * and help. A group wraps to the next row as a whole when the window is narrow.
 */
export const TOOLBAR_GROUPS = ['annotate', 'edit', 'file', 'help'] as const

/** One of {@link TOOLBAR_GROUPS}. */
export type ToolbarGroup = (typeof TOOLBAR_GROUPS)[number]

/** One toolbar button: an action on the article, showing its key. */
export interface ToolbarAction {
  /** Stable id, unique in the toolbar. */
  id: string
  /** The group it stands in; within a group, buttons keep the features' order. */
  group: ToolbarGroup
  /** Its icon; where the bar is narrow, a button with an icon shows the icon and not its label. */
  icon?: ToolbarIconName
  /** Visible label and accessible name ("Person", "Quote"…). */
  label: string
  /** The key that does the same ("P"), shown on the button and as aria-keyshortcuts. */
  shortcut?: string
  /** An entity type's colour: the button is its key cap in that colour where the bar is narrow. */
  color?: string
  /** Longer help shown as the tooltip. */
  description?: string
  /** Runs the action; the editor gets the focus back afterwards. */
  run(view: EditorView): void
  /** False greys the button out (for example while nothing is selected). */
  isEnabled?(state: EditorState): boolean
  /** True shows the button pressed (aria-pressed), for toggles. */
  isActive?(state: EditorState): boolean
  /** True for an action that changes nothing (export, history): it stays on when read-only. */
  readOnlySafe?: boolean
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
