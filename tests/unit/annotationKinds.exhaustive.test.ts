/**
 * A new annotation kind cannot be half added. This test compiles the renderer and the shared
 * layer (the `tsconfig.web.json` program) with a model that has one more kind, `fake-figure`,
 * and checks that the compiler names exactly the places that describe every kind: the
 * tables keyed by kind, the names in both languages, the native schema. If one of them stops
 * being exhaustive (a `Record` loosened to `Partial`, a default branch, a cast), its file
 * drops out of the list and the test fails; if a new place starts needing every kind, it
 * joins the list and the test fails until docs/ARCHITECTURE.md says so.
 *
 * The model is patched in memory through the compiler host; nothing is written.
 */
import { readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const MODEL = join(ROOT, 'src', 'shared', 'model.ts')
const FAKE = 'fake-figure'

/** The places a new kind must be described in, as docs/ARCHITECTURE.md lists them. */
const EXPECTED = [
  'src/renderer/src/editor/annotations/decorations.ts',
  'src/renderer/src/features/annotations/describe.ts',
  'src/renderer/src/features/annotations/kindViews.tsx',
  'src/renderer/src/i18n/annotateStrings.ts',
  'src/shared/annotations/kinds.ts',
  'src/shared/export/nativeSchema.ts',
  'src/shared/memory/checks.ts'
]

/** model.ts with one more annotation kind in the union. */
function modelWithFakeKind(): string {
  const source = readFileSync(MODEL, 'utf8')
  const union = /export const Annotation = z\.discriminatedUnion\('kind', \[/
  if (!union.test(source)) throw new Error('model.ts no longer declares the Annotation union')
  return source.replace(
    union,
    `const FakeFigure = z.object({ ...annotationBase, kind: z.literal('${FAKE}'), figure: z.string() })\n` +
      "export const Annotation = z.discriminatedUnion('kind', [FakeFigure, "
  )
}

/** Diagnostics of the web program, by file relative to the repository. */
function diagnosticsWith(model: string): Map<string, string[]> {
  const configPath = join(ROOT, 'tsconfig.web.json')
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'))
      }
    }
  )!
  const host = ts.createCompilerHost(parsed.options)
  const getSourceFile = host.getSourceFile.bind(host)
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) =>
    fileName === MODEL.replaceAll('\\', '/') || fileName === MODEL
      ? ts.createSourceFile(fileName, model, languageVersion, true)
      : getSourceFile(fileName, languageVersion, onError, shouldCreate)
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, host })
  const byFile = new Map<string, string[]>()
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const file = d.file ? relative(ROOT, d.file.fileName).replaceAll('\\', '/') : '(global)'
    const list = byFile.get(file) ?? []
    list.push(ts.flattenDiagnosticMessageText(d.messageText, '\n'))
    byFile.set(file, list)
  }
  return byFile
}

describe('adding an annotation kind', () => {
  it('fails to compile in exactly the places that describe every kind', () => {
    const errors = diagnosticsWith(modelWithFakeKind())
    expect([...errors.keys()].sort()).toEqual(EXPECTED)
    // The tables say which kind they lack.
    for (const file of EXPECTED.filter((f) => !f.endsWith('describe.ts'))) {
      expect(errors.get(file)!.join('\n'), file).toContain(FAKE)
    }
  }, 180_000)
})
