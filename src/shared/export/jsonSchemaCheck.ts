/**
 * Validation of native documents against the published JSON Schema with ajv: the check every
 * export passes before it is written, and the one a tool outside this app would run. The
 * schema is the one `npm run schema` writes to `schemas/` (a unit test keeps the two equal).
 */
import Ajv2020 from 'ajv/dist/2020.js'
import type { ValidateFunction } from 'ajv/dist/2020.js'
import { nativeJsonSchema } from './nativeSchema'
import { jsonPathFromPointer, type Problem } from './problems'

let firstError: ValidateFunction | undefined
let everyError: ValidateFunction | undefined

/**
 * A validator of the schema, compiled on first use (compiling takes a few hundred
 * milliseconds). Stopping at the first error answers "valid?" about twice as fast on a long
 * article; collecting every error is only for naming the problems of an invalid document.
 *
 * The quick validator also reads an annotation's `kind` first and checks it against that
 * kind's schema only (ajv's `discriminator`), where `oneOf` tries every kind to make sure no
 * second one matches: three times as fast on a long article, and the same verdict, since
 * each kind's schema requires its own `kind` value and so no two can match. The keyword is
 * not in the published schema (a strict ajv refuses keywords it was not told about), and
 * the validator that names the problems uses the published schema as it is; a test holds
 * that the two verdicts agree.
 */
function compile(allErrors: boolean): ValidateFunction {
  const ajv = new Ajv2020({ allErrors, strict: true, discriminator: !allErrors })
  // The schema pairs each `format` with a `pattern` that says more (zod's date-time pattern
  // knows leap years), and a test holds that every format has one: the names are declared
  // so ajv stays strict about unknown formats, and the patterns do the checking.
  ajv.addFormat('date-time', true)
  ajv.addFormat('date', true)
  return ajv.compile(allErrors ? nativeJsonSchema() : byKind(nativeJsonSchema()))
}

/** The schema with each annotation checked against its own kind's schema only. */
function byKind(schema: Record<string, unknown>): Record<string, unknown> {
  const properties = schema.properties as Record<string, { items: Record<string, unknown> }>
  const { items } = properties.annotations
  return {
    ...schema,
    properties: {
      ...properties,
      annotations: {
        ...properties.annotations,
        items: {
          ...items,
          type: 'object',
          properties: { kind: { type: 'string' } },
          required: ['kind'],
          discriminator: { propertyName: 'kind' }
        }
      }
    }
  }
}

/**
 * Problems of a value against the native JSON Schema; empty when it is valid.
 *
 * The value may be the document as parsed from a file or the live object an export is about
 * to write: for plain data (what JSON.parse, the zod schemas and the exporter make) ajv gives
 * both the same verdict, so an export is checked without a JSON round trip. Where the two
 * differ the live check is the stricter: a Date, NaN or an undefined array item is refused
 * here, though its JSON (a string, null) might pass, and so is an unknown property whose
 * value is undefined; a known property whose value is undefined is absent for both, as
 * JSON.stringify leaves it out. `jsonSchemaCheck.test.ts` holds this.
 */
export function jsonSchemaProblems(value: unknown): Problem[] {
  firstError ??= compile(false)
  if (firstError(value)) return []
  everyError ??= compile(true)
  everyError(value)
  return (everyError.errors ?? []).map((error) => {
    const where = jsonPathFromPointer(error.instancePath)
    const extra =
      error.keyword === 'additionalProperties'
        ? ` (${String((error.params as { additionalProperty?: string }).additionalProperty)})`
        : ''
    return { path: where, message: `${error.message ?? 'is invalid'}${extra}` }
  })
}
