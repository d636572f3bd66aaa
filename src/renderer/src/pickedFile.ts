/**
 * Reading a file the user picked, for `importArticle`: its bytes as base64, checked against
 * the import size limit before anything crosses to main.
 */
import { MAX_IMPORT_BYTES } from '@shared/contract'

/** Base64 of some bytes, in chunks so a 5 MB file does not overflow the call stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  }
  return btoa(binary)
}

/** The import size limit in whole megabytes, for messages. */
export const MAX_IMPORT_MB = Math.round(MAX_IMPORT_BYTES / (1024 * 1024))

/** What reading a picked file gave: its base64, or why it cannot be imported. */
export type PickedFile =
  | { ok: true; fileName: string; contentBase64: string }
  | { ok: false; fileName: string; problem: 'too-large' | 'unreadable' }

/** Reads a picked file for import (size checked first, so a huge file is never read). */
export async function readPickedFile(
  file: Pick<File, 'name' | 'size' | 'arrayBuffer'>
): Promise<PickedFile> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, fileName: file.name, problem: 'too-large' }
  try {
    const bytes = new Uint8Array(await file.arrayBuffer())
    return { ok: true, fileName: file.name, contentBase64: bytesToBase64(bytes) }
  } catch {
    return { ok: false, fileName: file.name, problem: 'unreadable' }
  }
}
