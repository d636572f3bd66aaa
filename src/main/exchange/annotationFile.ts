/**
 * Reading an annotation file the user picked in the desktop Open dialog: its size is
 * checked before it is read, and it must be UTF-8 text. The text is returned as it is (no
 * normalisation: its offsets count code points over the exact characters it holds).
 */
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { AppError, MAX_IMPORT_BYTES } from '@shared/contract'
import { formatBytes } from '../import/decode'

/** The name and text of an annotation file on disk, or a typed error saying why not. */
export async function readAnnotationFileAt(
  path: string
): Promise<{ fileName: string; text: string }> {
  const fileName = basename(path)
  let size: number
  try {
    const info = await stat(path)
    if (!info.isFile()) throw new AppError('invalid-input', `"${fileName}" is not a file.`)
    size = info.size
  } catch (error) {
    if (error instanceof AppError) throw error
    const why = error instanceof Error ? error.message : String(error)
    throw new AppError('io', `"${fileName}" cannot be read: ${why}`)
  }
  if (size > MAX_IMPORT_BYTES) {
    throw new AppError(
      'too-large',
      `"${fileName}" is ${formatBytes(size)}; the largest annotation file that can be ` +
        `imported is ${formatBytes(MAX_IMPORT_BYTES)}.`
    )
  }
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    throw new AppError('io', `"${fileName}" cannot be read: ${why}`)
  }
  try {
    return { fileName, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    throw new AppError(
      'unsupported',
      `"${fileName}" is not UTF-8 text: an annotation file is JSON (.newsroom.json or .jsonld).`
    )
  }
}
