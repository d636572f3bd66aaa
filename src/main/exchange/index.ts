/**
 * Export and import in the app (issue 4, part 5), without Electron: the exchange over the
 * library, export targets, atomic writes and reading annotation files from disk. The
 * Electron dialogs are in ./dialogs (imported by the desktop entry only).
 */
export { createExchange, MAX_LISTED_ORPHANS, type Exchange, type ExchangeDeps } from './exchange'
export {
  folderTarget,
  pathsForChosen,
  proposedFileName,
  type ExportRequest,
  type ExportTarget
} from './exportTarget'
export { writeFilesAtomically, type FileToWrite } from './writeFiles'
export { readAnnotationFileAt } from './annotationFile'
export { exportDirOverride, webHostExportFolder } from './launch'
