/** The messages between the main process and the import worker (structured-clone data). */
import type { ErrorCode } from '@shared/contract'
import type { ImportedArticle } from './parseImport'

/** One file to parse. */
export interface WorkerRequest {
  fileName: string
  bytes: Uint8Array
}

/**
 * `ready` once the worker listens; then the parsed article, or the typed error parseImport
 * gave (or a crash inside the worker).
 */
export type WorkerReply =
  | { ready: true }
  | { ok: true; article: ImportedArticle }
  | { ok: false; code: ErrorCode; message: string }
