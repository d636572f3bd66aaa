/**
 * Folder paths as main reports them, for messages: joined with the folder's own separator
 * (Windows or POSIX), without Node's `path` (the renderer has no Node).
 */

/** Joins a folder and a name with the folder's own separator. */
export function childPath(folder: string, name: string): string {
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/'
  return folder.endsWith(separator) ? `${folder}${name}` : `${folder}${separator}${name}`
}

/** The folder part of a path (everything before the last separator). */
export function parentPath(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'))
  return cut > 0 ? path.slice(0, cut) : path
}

/** True for a POSIX, Windows drive or UNC absolute path. */
export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(path) || path.startsWith('\\\\')
}

/** A path main gave relative to the library folder, made absolute for the reader. */
export function inLibrary(folder: string, path: string): string {
  return isAbsolutePath(path) || !folder ? path : childPath(folder, path)
}
