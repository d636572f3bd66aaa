/**
 * Runs the annotation layer's micro-benchmark: npx tsx scripts/bench-annotations.ts
 * The benchmark lives with the renderer code it measures (see its module comment); it is
 * loaded by a computed path so this Node-side script does not pull renderer files into the
 * Node TypeScript project.
 */
const benchmark: string = '../src/renderer/src/editor/annotations/bench/benchAnnotations.ts'
await import(benchmark)

export {}
