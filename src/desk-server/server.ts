/**
 * The desk server: Hocuspocus with the desk's rules. Every connection needs an editor's
 * token from the users file (read-only editors see but cannot change); a received update
 * that would make an article invalid is refused and logged; messages are bounded in size;
 * documents are kept in a SQLite file in the data folder; with a Redis address, several
 * server processes share their documents and connections can move between them.
 */
import { join } from 'node:path'
import { Server, type Extension } from '@hocuspocus/server'
import { DeskUsers, type DeskEditor } from './users'
import { RedisRelay } from './redisRelay'
import { SqlitePersistence } from './persistence'
import { StoreThread } from './storeThread'
import { StageFigures, STAGE_FILE, now } from './stageFigures'
import { UpdateGuard, isFirstSyncStep, updateInMessage } from './updateGuard'

export interface DeskServerOptions {
  host: string
  port: number
  dataDir: string
  usersFile: string
  redisUrl?: string
  /** Largest message accepted, in bytes; a larger one closes the connection. */
  maxMessageBytes: number
  /** Print where the time went (update checks, event loop, CPU) when stopping. */
  stats?: boolean
  log: (line: string) => void
}

/** What each connection remembers about who opened it. */
interface DeskContext {
  editor: string
  token: string
}

/** Close codes a desk client can tell apart. */
export const DESK_CLOSE = {
  revoked: { code: 4401, reason: 'Token revoked' },
  demoted: { code: 4403, reason: 'Now read-only' }
} as const

export interface RunningDesk {
  url: string
  port: number
  stop(): Promise<void>
}

function redisExtension(url: string, identifier: string, figures: StageFigures | null): RedisRelay {
  const parsed = new URL(url)
  if (parsed.protocol !== 'redis:') throw new Error(`--redis wants a redis:// address, not ${url}`)
  return new RedisRelay(
    {
      host: parsed.hostname,
      port: Number(parsed.port || 6379),
      identifier,
      options: {
        // ioredis' ready check fails on a subscriber connection ("Connection in subscriber
        // mode"); the check is not needed for the desk's publish and subscribe.
        enableReadyCheck: false,
        ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
        ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
        ...(parsed.pathname.length > 1 ? { db: Number(parsed.pathname.slice(1)) } : {})
      }
    },
    figures
  )
}

export async function startDeskServer(options: DeskServerOptions): Promise<RunningDesk> {
  const { log } = options
  const store = new StoreThread(options.dataDir)
  const guard = new UpdateGuard()
  const figures = options.stats ? new StageFigures(join(options.dataDir, STAGE_FILE)) : null

  const closeConnections = (keep: (context: DeskContext) => DeskEditor | undefined): void => {
    for (const document of server.hocuspocus.documents.values()) {
      for (const connection of document.getConnections()) {
        const context = connection.context as DeskContext
        const editor = keep(context)
        if (!editor) {
          log(`cut off ${context.editor}: token revoked (${document.name})`)
          connection.close(DESK_CLOSE.revoked)
          // The socket too: its other articles were opened with the same token.
          connection.webSocket.close(DESK_CLOSE.revoked.code, DESK_CLOSE.revoked.reason)
        } else if (editor.role === 'read-only' && !connection.readOnly) {
          log(`${context.editor} is now read-only (${document.name})`)
          connection.readOnly = true
        } else if (editor.role === 'editor' && connection.readOnly) {
          connection.readOnly = false
        }
      }
    }
  }

  const users = new DeskUsers(
    options.usersFile,
    (editors) => {
      log(`read ${editors.size} editors from ${options.usersFile}`)
      closeConnections((context) => editors.get(context.token))
    },
    (message) => log(message)
  )

  const identifier = `desk-${process.pid}-${Date.now()}`
  const persistence = new SqlitePersistence(
    store,
    identifier,
    log,
    figures ? (write) => figures.timeWrite(write) : undefined
  )
  const extensions: Extension[] = [persistence]
  if (options.redisUrl) extensions.push(redisExtension(options.redisUrl, identifier, figures))

  const server = new Server(
    {
      name: 'desk',
      address: options.host,
      port: options.port,
      quiet: true,
      stopOnSignals: false,
      // Hocuspocus' own store hooks only decide when a closed article is unloaded: the
      // persistence extension writes each change as it comes.
      debounce: 1000,
      maxDebounce: 10000,
      extensions,
      async onAuthenticate({ token, connectionConfig, documentName }) {
        const editor = users.byToken(token)
        if (!editor) {
          log(`refused a connection to ${documentName}: unknown token`)
          throw new Error('Unknown token')
        }
        connectionConfig.readOnly = editor.role === 'read-only'
        return { editor: editor.name, token } satisfies DeskContext
      },
      async beforeHandleMessage({ connection, document, update, context }) {
        if (connection.readOnly) return
        if (figures && isFirstSyncStep(update)) {
          // An editor (re)connecting: the reply with what it lacks is written right after.
          const from = now()
          setImmediate(() => figures.catchUp(from))
        }
        const carried = updateInMessage(update)
        if (!carried) return
        figures?.mark('received', carried)
        try {
          if (figures) figures.timeCheck(() => guard.check(document, carried))
          else guard.check(document, carried)
        } catch (error) {
          log(
            `refused an update from ${(context as DeskContext).editor} to ${document.name}: ` +
              (error as Error).message
          )
          throw error
        }
      }
    },
    { maxPayload: options.maxMessageBytes }
  )

  await server.listen()
  users.watch()
  const port = server.address.port
  const url = `ws://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`
  log(`desk listening on ${url} (data in ${options.dataDir})`)

  return {
    url,
    port,
    async stop() {
      users.close()
      await server.destroy()
      await persistence.close()
      if (figures) log(figures.line())
    }
  }
}
