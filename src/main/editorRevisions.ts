/**
 * What the main process holds of each article as an editor last had it: the content the
 * editor opened or last saved, named by a revision. A save of changes only
 * (`saveArticleChanges`) names that revision and is applied to this content, which gives the
 * whole save the editor would otherwise have sent (see src/shared/articleDelta.ts); that save
 * then goes through the same checks, durable write, history and desk as any other.
 *
 * Only a few articles are held (one per open editor, and a few more): a revision that is no
 * longer held, or that another opening or save replaced, is refused with `base-changed`, and
 * the editor saves the whole article instead. Nothing is lost either way.
 */
import { nanoid } from 'nanoid'
import { applyArticleDelta, DeltaMismatch, type ArticleDelta } from '@shared/articleDelta'
import { AppError } from '@shared/contract'
import type { Annotation, Block, Entity } from '@shared/model'
import type { ArticleChanges } from './library/Library'

/** Articles held at most; the least recently used goes first. */
const HELD = 8

interface Held {
  revision: string
  blocks: Block[]
  entities: Entity[]
  annotations: Annotation[]
  /** The editor's saves carried blocks (its text was edited): so does the rebuilt one. */
  textEdited: boolean
}

/** The revisions of the articles open in editors. */
export class EditorRevisions {
  private readonly held = new Map<string, Held>()

  constructor(private readonly limit = HELD) {}

  private hold(id: string, content: Omit<Held, 'revision'>): string {
    const revision = nanoid()
    this.held.delete(id)
    this.held.set(id, { ...content, revision })
    for (const oldest of this.held.keys()) {
      if (this.held.size <= this.limit) break
      this.held.delete(oldest)
    }
    return revision
  }

  /** An editor opened the article as it is in `file`; answers the revision of that. */
  opened(
    id: string,
    file: { blocks: Block[]; entities: Entity[]; annotations: Annotation[] }
  ): string {
    const { blocks, entities, annotations } = file
    return this.hold(id, { blocks, entities, annotations, textEdited: false })
  }

  /**
   * A whole save was written; answers its revision, or undefined when the save left the
   * text out and no earlier content of the article is held (so its text is not known here).
   */
  saved(id: string, changes: ArticleChanges): string | undefined {
    const earlier = this.held.get(id)
    const blocks = changes.blocks ?? earlier?.blocks
    if (!blocks) {
      this.held.delete(id)
      return undefined
    }
    return this.hold(id, {
      blocks,
      entities: changes.entities,
      annotations: changes.annotations,
      textEdited: changes.blocks !== undefined || (earlier?.textEdited ?? false)
    })
  }

  /** Forgets an article (deleted, or restored to another version). */
  forget(id: string): void {
    this.held.delete(id)
  }

  /**
   * The whole save that `delta` against revision `base` stands for. Throws `base-changed`
   * when that revision is not held or the change does not fit it.
   */
  rebuild(id: string, base: string, delta: ArticleDelta): ArticleChanges {
    const held = this.held.get(id)
    if (!held || held.revision !== base) {
      throw new AppError(
        'base-changed',
        'The changes were made to a version of this article the app no longer holds ' +
          '(it was saved from elsewhere or reopened). Nothing was written; save the whole article.'
      )
    }
    try {
      const layer = applyArticleDelta(held, delta)
      const textEdited = held.textEdited || delta.text !== undefined
      return {
        entities: layer.entities,
        annotations: layer.annotations,
        ...(textEdited ? { blocks: layer.blocks } : {}),
        ...(layer.rejectedSuggestions ? { rejectedSuggestions: layer.rejectedSuggestions } : {})
      }
    } catch (error) {
      if (!(error instanceof DeltaMismatch)) throw error
      throw new AppError(
        'base-changed',
        `The changes do not fit the version they were made to: ${error.message} Nothing was ` +
          'written; save the whole article.'
      )
    }
  }
}
