/**
 * The desk's editors: a JSON file of per-editor tokens and roles, read again whenever it
 * changes so that a revoked token cuts its editor off at once.
 *
 *     { "editors": [ { "name": "Ana", "token": "…", "role": "editor" },
 *                    { "name": "Ben", "token": "…", "role": "read-only" } ] }
 */
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, watch, writeFileSync, type FSWatcher } from 'node:fs'
import { basename, dirname } from 'node:path'
import { z } from 'zod'

export const DeskRole = z.enum(['editor', 'read-only'])
export type DeskRole = z.infer<typeof DeskRole>

export const DeskEditor = z.object({
  name: z.string().min(1).max(80),
  // Long enough that it cannot be guessed.
  token: z.string().min(16),
  role: DeskRole.default('editor')
})
export type DeskEditor = z.infer<typeof DeskEditor>

export const DeskUsersFile = z.object({ editors: z.array(DeskEditor) })

/** A new random token, as written into a users file. */
export function newToken(): string {
  return randomBytes(24).toString('base64url')
}

/** Reads a users file; a clear message names what is wrong with it. */
export function readUsers(path: string): Map<string, DeskEditor> {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(`The users file ${path} cannot be read: ${(error as Error).message}`, {
      cause: error
    })
  }
  const parsed = DeskUsersFile.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(
      `The users file ${path} is not valid: ${issue.path.join('.')}: ${issue.message}`
    )
  }
  const byToken = new Map<string, DeskEditor>()
  for (const editor of parsed.data.editors) {
    if (byToken.has(editor.token)) throw new Error(`The users file ${path} repeats a token.`)
    byToken.set(editor.token, editor)
  }
  return byToken
}

/** Writes a users file with one editor and returns that editor (for a first start). */
export function createUsersFile(path: string, name = 'Editor'): DeskEditor {
  const editor: DeskEditor = { name, token: newToken(), role: 'editor' }
  writeFileSync(path, JSON.stringify({ editors: [editor] }, null, 2) + '\n', { mode: 0o600 })
  return editor
}

/**
 * The editors of a users file, kept current: the file's folder is watched (an editor that
 * saves by replacing the file is seen too) and `onChange` hears every successful reload. A
 * file that stops being valid keeps the last good list and is reported through `onError`.
 */
export class DeskUsers {
  private editors: Map<string, DeskEditor>
  private watcher: FSWatcher | null = null
  private timer: NodeJS.Timeout | null = null

  constructor(
    readonly path: string,
    private readonly onChange: (editors: Map<string, DeskEditor>) => void,
    private readonly onError: (message: string) => void
  ) {
    this.editors = readUsers(path)
  }

  byToken(token: string): DeskEditor | undefined {
    return this.editors.get(token)
  }

  watch(): void {
    const name = basename(this.path)
    this.watcher = watch(dirname(this.path), (_event, file) => {
      if (file && file !== name) return
      // Editors save in several steps; read once they are done.
      if (this.timer) clearTimeout(this.timer)
      this.timer = setTimeout(() => this.reload(), 50)
    })
  }

  reload(): void {
    if (!existsSync(this.path)) {
      this.onError(`The users file ${this.path} is gone; keeping the editors it last listed.`)
      return
    }
    try {
      this.editors = readUsers(this.path)
    } catch (error) {
      this.onError(`${(error as Error).message} Keeping the editors it last listed.`)
      return
    }
    this.onChange(this.editors)
  }

  close(): void {
    this.watcher?.close()
    if (this.timer) clearTimeout(this.timer)
  }
}
