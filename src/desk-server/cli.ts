/**
 * `npm run desk -- [--data DIR] [--host HOST] [--port PORT] [--users FILE] [--redis URL]
 * [--max-message-mb N] [--stats]`: starts the desk server. See docs/desk.md.
 */
import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { startDeskServer } from './server'
import { createUsersFile } from './users'

const USAGE = `Usage: npm run desk -- [options]
  --data DIR          where the desk keeps its SQLite file (default: ./desk-data)
  --host HOST         address to listen on (default: 127.0.0.1, this machine only)
  --port PORT         port to listen on (default: 1234; 0 picks a free one)
  --users FILE        editors and their tokens (default: DIR/users.json, made on first start)
  --redis URL         redis://host:port shared by several desk processes
  --max-message-mb N  largest message accepted from an editor (default: 16)
  --stats             print where the time went on stopping (and stage times to DIR/desk-stages.json)`

function log(line: string): void {
  console.log(`${new Date().toISOString()} ${line}`)
}

async function main(argv: string[]): Promise<number> {
  let values
  try {
    ;({ values } = parseArgs({
      args: argv,
      options: {
        data: { type: 'string', default: 'desk-data' },
        host: { type: 'string', default: '127.0.0.1' },
        port: { type: 'string', default: '1234' },
        users: { type: 'string' },
        redis: { type: 'string' },
        'max-message-mb': { type: 'string', default: '16' },
        stats: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false }
      }
    }))
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`)
    return 2
  }
  if (values.help) {
    console.log(USAGE)
    return 0
  }
  const port = Number(values.port)
  const maxMb = Number(values['max-message-mb'])
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port wants a number from 0 to 65535, not "${values.port}".`)
    return 2
  }
  if (!(maxMb > 0)) {
    console.error(`--max-message-mb wants a positive number, not "${values['max-message-mb']}".`)
    return 2
  }
  const dataDir = resolve(values.data)
  const usersFile = resolve(values.users ?? join(dataDir, 'users.json'))
  if (!existsSync(usersFile)) {
    if (values.users) {
      console.error(`The users file ${usersFile} does not exist.`)
      return 2
    }
    mkdirSync(dataDir, { recursive: true })
    const editor = createUsersFile(usersFile)
    log(`made ${usersFile} with one editor, "${editor.name}", token ${editor.token}`)
    log('add an entry per editor there; the desk reads the file again when it changes')
  }

  const desk = await startDeskServer({
    host: values.host,
    port,
    dataDir,
    usersFile,
    redisUrl: values.redis,
    maxMessageBytes: Math.round(maxMb * 1024 * 1024),
    stats: values.stats,
    log
  })
  const stop = async (): Promise<void> => {
    log('stopping: writing every open article to the database')
    await desk.stop()
    process.exit(0)
  }
  process.once('SIGINT', () => void stop())
  process.once('SIGTERM', () => void stop())
  return -1
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code)
  },
  (error: Error) => {
    console.error(error.message)
    process.exit(1)
  }
)
