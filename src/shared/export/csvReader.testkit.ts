/** Test support: reading back the CSV files the export writes, strictly. */
import { UTF8_BOM } from './csv'

/** A strict RFC 4180 reader (CRLF records, quoted fields), to read back what we write. */
export function parseCsv(text: string): string[][] {
  if (!text.startsWith(UTF8_BOM)) throw new Error('no byte order mark')
  const body = text.slice(1)
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let i = 0
  while (i < body.length) {
    if (body[i] === '"') {
      i++
      for (;;) {
        if (body[i] === '"' && body[i + 1] === '"') {
          field += '"'
          i += 2
        } else if (body[i] === '"') {
          i++
          break
        } else if (i >= body.length) {
          throw new Error('unterminated quoted field')
        } else {
          field += body[i++]
        }
      }
    } else if (body[i] === ',') {
      row.push(field)
      field = ''
      i++
    } else if (body[i] === '\r' && body[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i += 2
    } else if (body[i] === '\r' || body[i] === '\n') {
      throw new Error(`bare line break at ${i}`)
    } else {
      field += body[i++]
    }
  }
  if (field || row.length) throw new Error('last record lacks its CRLF')
  return rows
}
