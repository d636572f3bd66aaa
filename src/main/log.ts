/**
 * The main process log: one line per event, ISO timestamp first, appended to
 * `<userData>/logs/main.log`. Writes are synchronous so the line about a crash is on disk
 * before the process dies; the app logs little, so the cost is nothing.
 */
import { appendFileSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'

/** How serious a log line is. */
export type LogLevel = 'info' | 'warn' | 'error'

/** A line-oriented logger. */
export interface MainLog {
  /** The file the lines go to. */
  readonly file: string
  info(message: string, detail?: unknown): void
  warn(message: string, detail?: unknown): void
  error(message: string, detail?: unknown): void
}

/** Formats one log line (without the newline). Exported for tests. */
export function formatLogLine(
  level: LogLevel,
  message: string,
  detail: unknown,
  now: Date
): string {
  const extra = detail === undefined ? '' : ` ${describeDetail(detail)}`
  // One event per line: newlines inside a message would make the file hard to grep.
  return `${now.toISOString()} ${level.toUpperCase()} ${message}${extra}`.replace(
    /\r?\n/g,
    '\n    '
  )
}

function describeDetail(detail: unknown): string {
  if (detail instanceof Error) return detail.stack ?? `${detail.name}: ${detail.message}`
  if (typeof detail === 'string') return detail
  try {
    return JSON.stringify(detail)
  } catch {
    return String(detail)
  }
}

/**
 * Opens (creating its folder) a log appending to `file`. If the disk refuses a write the line
 * goes to stderr instead: logging must never be the reason the app fails.
 */
export function createMainLog(file: string, clock: () => Date = () => new Date()): MainLog {
  try {
    mkdirSync(dirname(file), { recursive: true })
  } catch {
    // Reported by the first failing write below.
  }
  const write = (level: LogLevel, message: string, detail?: unknown): void => {
    const line = formatLogLine(level, message, detail, clock())
    try {
      appendFileSync(file, line + '\n', 'utf8')
    } catch (error) {
      console.error(`[log unavailable: ${String(error)}] ${line}`)
    }
    if (level === 'error') console.error(line)
  }
  return {
    file,
    info: (message, detail) => write('info', message, detail),
    warn: (message, detail) => write('warn', message, detail),
    error: (message, detail) => write('error', message, detail)
  }
}
