/**
 * Bytes of an imported file as text, or a plain reason why they are not text we can read.
 * Only UTF-8 is accepted (with or without a byte-order mark): guessing a legacy encoding
 * would silently garble accents, which a fact-checker must be able to trust.
 */
import { AppError, MAX_IMPORT_BYTES } from '@shared/contract'

/** Size of a number of bytes as people read it ("5.2 MB"). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** The 'too-large' error for a file of `size` bytes, or undefined when it is small enough. */
export function oversizedImport(fileName: string, size: number): AppError | undefined {
  if (size <= MAX_IMPORT_BYTES) return undefined
  return new AppError(
    'too-large',
    `"${fileName}" is ${formatBytes(size)}; the largest file that can be imported ` +
      `is ${formatBytes(MAX_IMPORT_BYTES)}. Split the article or import only its text.`
  )
}

/**
 * Decodes a file's bytes as UTF-8 and normalises the text to NFC. Fails with 'too-large'
 * above {@link MAX_IMPORT_BYTES} and with 'unsupported' for anything that looks binary
 * (a NUL byte, or bytes that are not valid UTF-8).
 */
export function decodeImportBytes(fileName: string, bytes: Uint8Array): string | AppError {
  const tooLarge = oversizedImport(fileName, bytes.byteLength)
  if (tooLarge) return tooLarge
  const binary = new AppError(
    'unsupported',
    `"${fileName}" looks like a binary file, not text. Import a .txt, .md or .html file ` +
      'saved as UTF-8 (for a Word or PDF document, copy its text and paste it instead).'
  )
  if (bytes.includes(0)) return binary
  let text: string
  try {
    // ignoreBOM: false (the default) strips one leading UTF-8 byte-order mark.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new AppError(
      'unsupported',
      `"${fileName}" looks like a binary file, or text in an encoding other than UTF-8. ` +
        'Open it in a text editor, save it as UTF-8 and import it again.'
    )
  }
  return text.normalize('NFC')
}
