/**
 * What the annotation feature keeps for one open article, shared by its plugins (built once
 * per article) and its React layer (dialogs, hover card): the autosave, and a line of
 * notices ("Tagged “Meta” as Organisation.", "Select some text first.") that the layer shows
 * in a polite live region. One session per feature context, so per opened article.
 */
import { API_PREFIX, TOKEN_HEADER } from '@shared/webHost'
import { readHostToken } from '@renderer/api'
import type { Messages } from '@renderer/i18n/strings'
import type { ArticleChanges } from '@renderer/store/actions'
import type { ArticleFeatureContext } from '../types'
import { Autosave } from './autosave'

/** Browsers refuse `keepalive` bodies over 64 KiB (all such requests of a page together). */
const KEEPALIVE_LIMIT = 60 * 1024

/**
 * Saves through the web host with `keepalive`, so the write completes after the page is
 * gone (a reload, a closed tab). Only in the browser host; false when not sent.
 */
export function saveWithKeepalive(articleId: string, changes: ArticleChanges): boolean {
  if (typeof window === 'undefined' || window.newsroom || typeof fetch !== 'function') return false
  const token = readHostToken(document)
  if (!token) return false
  const body = JSON.stringify({ id: articleId, ...changes })
  if (new Blob([body]).size > KEEPALIVE_LIMIT) return false
  void fetch(`${API_PREFIX}saveArticle`, {
    method: 'POST',
    keepalive: true,
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
    body
  }).catch(() => undefined)
  return true
}

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
      saveDirect: (changes) => ctx.api.saveArticle({ id: ctx.articleId, ...changes }),
      saveOnUnload: (changes) => saveWithKeepalive(ctx.articleId, changes)
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
