/**
 * Writes schemas/newsroom-annotations.v1.schema.json from the zod schemas of the native
 * format (`npm run schema`). A unit test fails while the committed file differs from what
 * this would write.
 */
import { resolve } from 'node:path'
import { nativeJsonSchemaText, NATIVE_SCHEMA_PATH } from './cli/schemaFile'
import { writeFilesAtomically } from './cli/files'

const root = resolve(import.meta.dirname, '..')
writeFilesAtomically([{ path: resolve(root, NATIVE_SCHEMA_PATH), content: nativeJsonSchemaText() }])
console.log(`Wrote ${NATIVE_SCHEMA_PATH}`)
