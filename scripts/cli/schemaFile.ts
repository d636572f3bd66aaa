/** The committed JSON Schema file of the native format, and the text it must hold. */
import { nativeJsonSchema } from '@shared/export/nativeSchema'

/** Where the JSON Schema is committed, from the repository root. */
export const NATIVE_SCHEMA_PATH = 'schemas/newsroom-annotations.v1.schema.json'

/** The schema file's text as `npm run schema` writes it. */
export function nativeJsonSchemaText(): string {
  return JSON.stringify(nativeJsonSchema(), null, 2) + '\n'
}
