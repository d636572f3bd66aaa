/**
 * Validation of native documents against the published JSON Schema with ajv: the check every
 * export passes before it is written, and the one a tool outside this app would run. The
 * schema is the one `npm run schema` writes to `schemas/` (a unit test keeps the two equal).
 */
import Ajv2020 from 'ajv/dist/2020.js'
import type { ValidateFunction } from 'ajv/dist/2020.js'
import { nativeJsonSchema } from './nativeSchema'
import { jsonPathFromPointer, type Problem } from './problems'

let compiled: ValidateFunction | undefined

/** The compiled validator, built on first use (compiling takes a few milliseconds). */
function validator(): ValidateFunction {
  if (compiled) return compiled
  const ajv = new Ajv2020({ allErrors: true, strict: true })
  // The schema pairs each `format` with a `pattern`; these keep ajv strict about the names.
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/)
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/)
  compiled = ajv.compile(nativeJsonSchema())
  return compiled
}

/**
 * Problems of a JSON value (as parsed from the file, not a live object) against the native
 * JSON Schema; empty when it is valid.
 */
export function jsonSchemaProblems(value: unknown): Problem[] {
  const validate = validator()
  if (validate(value)) return []
  return (validate.errors ?? []).map((error) => {
    const where = jsonPathFromPointer(error.instancePath)
    const extra =
      error.keyword === 'additionalProperties'
        ? ` (${String((error.params as { additionalProperty?: string }).additionalProperty)})`
        : ''
    return { path: where, message: `${error.message ?? 'is invalid'}${extra}` }
  })
}
