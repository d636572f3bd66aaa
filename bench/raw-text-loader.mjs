/**
 * Lets Node load `import text from './file.txt?raw'` as the bundler does (the library's
 * sample article is imported that way), so the benchmark runs the main process's own code
 * under tsx: node --import ./bench/raw-text-loader.mjs …
 */
import { register } from 'node:module'

register(
  'data:text/javascript,' +
    encodeURIComponent(`
      import { readFileSync } from 'node:fs'
      import { fileURLToPath } from 'node:url'
      export async function load(url, context, next) {
        if (!url.endsWith('?raw')) return next(url, context)
        const text = readFileSync(fileURLToPath(url.slice(0, -4)), 'utf8')
        return { format: 'module', source: 'export default ' + JSON.stringify(text), shortCircuit: true }
      }
    `)
)
