/**
 * The main-process handlers: one per row of the contract, over one Library. The same
 * object serves Electron's IPC registration and the loopback web host, each of which calls
 * `dispatch(channel, raw, handlers[channel])` so requests and responses are parsed there (an
 * article file checked when it was read is not checked again: `openedArticle`) and every
 * AppError thrown here reaches the renderer as a typed `{ ok: false, error }`.
 */
import { AppError, openedArticle, type ContractHandlers } from '@shared/contract'
import type { Desk } from './desk/Desk'
import { EditorRevisions } from './editorRevisions'
import { createExchange } from './exchange/exchange'
import { folderTarget, type ExportTarget } from './exchange/exportTarget'
import { webHostExportFolder } from './exchange/launch'
import { oversizedImport } from './import/decode'
import type { ArticleChanges, Library } from './library/Library'
import { LibraryEntities } from './memory/LibraryEntities'
import { LibraryMemory } from './memory/LibraryMemory'
import { createReportExport, folderReportTarget, type ReportTarget } from './report/reportExport'

/** What the handlers need from the host process. */
export interface HandlerDeps {
  library: Library
  /** Opens an already-checked http(s) URL in the system browser; false if it did not. */
  openExternal: (url: string) => Promise<boolean>
  /** Where exports are written; `<library>/exports` when absent. */
  exportTarget?: ExportTarget
  /** Where fact-check reports are written; `<library>/exports` when absent. */
  reportTarget?: ReportTarget
  /** Prints a report's HTML file to PDF (Electron only). */
  printToPdf?: (htmlPath: string) => Promise<Uint8Array>
  /** The desk this library's shared articles sync with; absent, the desk rows refuse. */
  desk?: Desk
}

const NO_DESK_HERE = 'This window has no desk (it was started without one).'

/** Standard base64 (padding optional); whitespace from line-wrapped encoders is allowed. */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/** The bytes of a base64 string, or an 'invalid-input' error saying it is not base64. */
export function bytesFromBase64(fileName: string, base64: string): Uint8Array {
  const compact = base64.replace(/\s+/g, '')
  if (!BASE64.test(compact) || compact.length % 4 === 1) {
    throw new AppError(
      'invalid-input',
      `The content of "${fileName}" did not arrive intact (it is not valid base64). ` +
        'Try importing it again.'
    )
  }
  // Decoded size is known before decoding: refuse oversized files without allocating them.
  const padding = compact.endsWith('==') ? 2 : compact.endsWith('=') ? 1 : 0
  const size = Math.floor((compact.length * 3) / 4) - padding
  const tooLarge = oversizedImport(fileName, size)
  if (tooLarge) throw tooLarge
  const buffer = Buffer.from(compact, 'base64')
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

/** The contract's handlers over one library. */
export function createHandlers(deps: HandlerDeps): ContractHandlers {
  const { library, desk } = deps
  const needDesk = (): Desk => {
    if (!desk) throw new AppError('unsupported', NO_DESK_HERE)
    return desk
  }
  const exchange = createExchange({
    library,
    target: deps.exportTarget ?? folderTarget(webHostExportFolder(library.folder))
  })
  const memory = new LibraryMemory(library)
  // Read the library into the search index in the background, so the first search is quick;
  // a failure here is reported by the first search that waits for it.
  memory.ready().catch(() => undefined)
  // From here on every article written is linked to the library's registry of entities.
  const entities = new LibraryEntities(library, memory)
  const exportReport = createReportExport({
    library,
    target: deps.reportTarget ?? folderReportTarget(webHostExportFolder(library.folder)),
    printToPdf: deps.printToPdf
  })
  // What each editor last opened or saved, so that its next save can send only the changes.
  const revisions = new EditorRevisions()
  const save = async (id: string, changes: ArticleChanges) => {
    // A shared article's save is merged with others' work on the desk first.
    const saved = (await desk?.save(id, changes)) ?? (await library.save(id, changes))
    return { ...saved, revision: revisions.saved(id, changes) }
  }
  return {
    listLibrary: () => library.list(),
    openArticle: async ({ id }) => {
      const file = await library.open(id)
      desk?.opened(file)
      // Checked when it was read: only the revision is checked on its way out.
      return openedArticle(file, revisions.opened(id, file))
    },
    createArticle: ({ text, title }) => library.create({ text, title }),
    importArticle: async ({ fileName, contentBase64 }) =>
      library.import(fileName, bytesFromBase64(fileName, contentBase64)),
    renameArticle: ({ id, title }) => library.rename(id, title),
    deleteArticle: async ({ id }) => {
      const deleted = await library.delete(id)
      revisions.forget(id)
      await desk?.forget(id)
      return deleted
    },
    saveArticle: ({ id, entities, annotations, blocks, rejectedSuggestions }) =>
      save(id, { entities, annotations, blocks, rejectedSuggestions }),
    saveArticleChanges: ({ id, base, ...delta }) => save(id, revisions.rebuild(id, base, delta)),
    getSettings: () => library.getSettings(),
    updateSettings: (changes) => library.updateSettings(changes),
    openExternal: async ({ url }) => {
      try {
        // Reviewed: `url` passed the contract's HttpUrl (http or https only); the host's
        // openExternal checks it again before the system sees it.
        return { opened: await deps.openExternal(url) } // eng-disable OPEN_EXTERNAL_JS_CHECK
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error)
        throw new AppError('io', `The link could not be opened in the browser: ${why}`)
      }
    },
    exportArticle: (request) => exchange.exportArticle(request),
    importAnnotations: (request) => exchange.importAnnotations(request),
    searchLibrary: ({ query }) => memory.search(query),
    verificationQueue: (filter) => memory.queue(filter),
    entityPage: (request) => entities.page(request),
    libraryEntities: async () => ({ entities: await entities.list() }),
    updateLibraryEntity: ({ id, ...patch }) => entities.update(id, patch),
    mergeLibraryEntities: ({ keepId, goneId }) => entities.merge(keepId, goneId),
    splitLibraryEntity: ({ id, articleIds, mentions, name }) =>
      mentions?.length
        ? entities.splitMentions(id, mentions, name)
        : entities.split(id, articleIds ?? [], name),
    exportReport: (request) => exportReport(request),
    getLibraryAccess: async () => library.access(),
    listArticleVersions: async ({ id }) => ({ versions: await library.versions(id) }),
    restoreArticleVersion: async ({ id, versionId }) => {
      const file = await library.restore(id, versionId)
      return openedArticle(file, revisions.opened(id, file))
    },
    overwriteChangedArticle: async ({ id }) => {
      await library.overwriteChanged(id)
      return { id }
    },
    getDeskSettings: async () => needDesk().settingsView(),
    saveDeskSettings: (change) => needDesk().saveSettings(change),
    shareArticle: ({ id }) => needDesk().share(id),
    deskStatus: async ({ selection }) => needDesk().overview(selection),
    stopSharing: async ({ id }) => {
      await needDesk().stopSharing(id)
      return { id }
    },
    deskUndo: async ({ id, direction }) => ({ changed: await needDesk().step(id, direction) })
  }
}
