/**
 * What the annotation feature keeps for one open article, shared by its plugins (built once
 * per article) and its React layer (dialogs, hover card): the autosave, and a line of
 * notices ("Tagged “Meta” as Organisation.", "Select some text first.") that the layer shows
 * in a polite live region. One session per feature context, so per opened article.
 */
import type { ArticleFeatureContext } from '../types'
import type { Messages } from '../../i18n/strings'
import { Autosave } from './autosave'

/** A notice, worded at render time so it follows the UI language. */
export type NoticeText = (t: Messages) => string

/** One notice; `serial` grows so the same words said twice are announced twice. */
export interface Notice {
  serial: number
  text: NoticeText
}

/** The feature's state for one open article. */
export class AnnotateSession {
  readonly autosave: Autosave
  private notice: Notice | null = null
  private serial = 0
  private readonly listeners = new Set<() => void>()

  constructor(readonly ctx: ArticleFeatureContext) {
    this.autosave = new Autosave({
      save: (changes) => ctx.save(changes),
      saveDirect: (changes) => ctx.api.saveArticle({ id: ctx.articleId, ...changes })
    })
  }

  /** Shows a notice (replacing the one shown). */
  notify(text: NoticeText): void {
    this.notice = { serial: ++this.serial, text }
    for (const listener of [...this.listeners]) listener()
  }

  /** The notice shown now, or null. */
  getNotice = (): Notice | null => this.notice

  /** Calls `listener` when the notice changes; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}

const sessions = new WeakMap<ArticleFeatureContext, AnnotateSession>()

/** The session of a feature context (made on first use). */
export function sessionFor(ctx: ArticleFeatureContext): AnnotateSession {
  let session = sessions.get(ctx)
  if (!session) {
    session = new AnnotateSession(ctx)
    sessions.set(ctx, session)
  }
  return session
}
