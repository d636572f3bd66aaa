/**
 * Import of an article file the user picked: the format is chosen by the file's extension,
 * the bytes must be UTF-8 text, and only plain-text blocks come out.
 */
import { blocksFromPlainText, titleFromBlocks } from '@shared/articleFromText'
import { AppError } from '@shared/contract'
import type { Block } from '@shared/model'
import { decodeImportBytes } from './decode'
import { articleFromHtml } from './html'
import { articleFromMarkdown } from './markdown'

/** File formats the importer reads. */
export type ImportFormat = 'txt' | 'md' | 'html'

/** Extensions (lower case, with the dot) and the format each one means. */
export const IMPORT_EXTENSIONS: Readonly<Record<string, ImportFormat>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html'
}

/** What an imported file becomes before it is stored as an article. */
export interface ImportedArticle {
  title: string
  blocks: Block[]
  format: ImportFormat
  /** The language the file declares (HTML's lang attribute), when it declares one. */
  language?: string
}

/** The format of a file name, by its extension. */
export function importFormatOf(fileName: string): ImportFormat | undefined {
  const match = /\.[^./\\]+$/.exec(fileName.trim().toLowerCase())
  return match ? IMPORT_EXTENSIONS[match[0]] : undefined
}

/**
 * Reads an imported file into blocks and a title, or explains what is wrong with it:
 * 'too-large', 'unsupported' (unknown extension, binary or non-UTF-8 bytes) or
 * 'invalid-input' (no readable text). Never throws for bad input.
 */
export function parseImport(fileName: string, bytes: Uint8Array): ImportedArticle | AppError {
  const format = importFormatOf(fileName)
  if (!format) {
    return new AppError(
      'unsupported',
      `"${fileName}" is not a file type that can be imported. Import a .txt, .md or .html ` +
        'file, or copy the text and paste it as a new article.'
    )
  }
  const text = decodeImportBytes(fileName, bytes)
  if (text instanceof AppError) return text

  let result: ImportedArticle
  if (format === 'txt') {
    const blocks = blocksFromPlainText(text)
    result = { title: titleFromBlocks(blocks), blocks, format }
  } else if (format === 'md') {
    result = { ...articleFromMarkdown(text), format }
  } else {
    const { title, blocks, language } = articleFromHtml(text)
    result = language ? { title, blocks, format, language } : { title, blocks, format }
  }
  if (!result.blocks.length) {
    return new AppError(
      'invalid-input',
      `"${fileName}" has no readable article text. Check that it is the right file, or ` +
        'copy the article text and paste it as a new article.'
    )
  }
  return result
}
