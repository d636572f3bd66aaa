import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { nativeJsonSchemaText, NATIVE_SCHEMA_PATH } from '../../scripts/cli/schemaFile'
import { FIXTURE_PATH } from '../../scripts/fixture/scaleAiMeta'

const root = resolve(import.meta.dirname, '../..')
const committed = readFileSync(resolve(root, NATIVE_SCHEMA_PATH), 'utf8')

describe('the committed JSON Schema', () => {
  it('is what `npm run schema` generates from the zod schemas (run it if this fails)', () => {
    expect(committed).toBe(nativeJsonSchemaText())
  })

  it('validates the fixture on its own, as a tool outside the app would use it', () => {
    const ajv = new Ajv2020({ allErrors: true, validateFormats: false })
    const validate = ajv.compile(JSON.parse(committed))
    const fixture = JSON.parse(readFileSync(resolve(root, FIXTURE_PATH), 'utf8'))
    expect(validate(fixture), JSON.stringify(validate.errors)).toBe(true)
    fixture.annotations[0].target.start = -1
    delete fixture.entities[0].aliases
    expect(validate(fixture)).toBe(false)
    expect(validate.errors?.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/annotations/0/target/start', '/entities/0'])
    )
  })
})
