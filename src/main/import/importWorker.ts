/**
 * The import worker's entry point (built as out/main/import-worker.js, a second entry of the
 * main build beside the web host). It parses one file per message with the same code as
 * everywhere else and posts the result back; the parent kills it when it runs over budget.
 */
import { setPriority } from 'node:os'
import { parentPort } from 'node:worker_threads'
import { AppError } from '@shared/contract'
import { parseImport } from './parseImport'
import type { WorkerReply, WorkerRequest } from './workerMessages'

if (!parentPort) throw new Error('The import worker must run as a worker thread.')
const port = parentPort

// On Linux this lowers only this thread: when the machine is busy, the main thread (the app's
// answers to the window) gets the processor before a parse does.
try {
  setPriority(0, 10)
} catch {
  // Not permitted on this system: the time budget still bounds the parse.
}

port.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply
  try {
    const result = parseImport(request.fileName, request.bytes)
    reply =
      result instanceof AppError
        ? { ok: false, code: result.code, message: result.message }
        : { ok: true, article: result }
  } catch (error) {
    // A stack overflow on absurdly nested markup lands here, not in the parent.
    reply =
      error instanceof RangeError
        ? {
            ok: false,
            code: 'too-large',
            message:
              `"${request.fileName}" is nested too deeply to be read as an article, so it was ` +
              'not imported. Copy the article text and paste it as a new article.'
          }
        : {
            ok: false,
            code: 'internal',
            message: error instanceof Error ? error.message : String(error)
          }
  }
  port.postMessage(reply)
})
// The parent starts the clock on this: loading the worker's code is not the file's fault.
port.postMessage({ ready: true } satisfies WorkerReply)
