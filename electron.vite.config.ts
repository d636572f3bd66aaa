import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { cspMetaTag } from './src/main/csp'
import { aliases } from './aliases.config'

/**
 * Puts the strict Content-Security-Policy meta tag into the built index.html only: under the
 * dev server React's refresh preamble is an inline script, and main sends a dev header then.
 */
function cspMeta(): Plugin {
  return {
    name: 'newsroom-csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${cspMetaTag()}`)
    }
  }
}

// One build for the three Electron processes. The main build has a second entry, the
// loopback web host, which runs the same main-process handlers under plain Node so the
// renderer can be exercised in a browser where no Electron binary exists, and a third, the
// import worker that both of them start.
export default defineConfig({
  main: {
    resolve: { alias: aliases },
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          'web-host': resolve(__dirname, 'src/main/web-host/cli.ts'),
          // Imports are parsed in a worker thread (src/main/import/importInWorker.ts), which
          // finds this file beside the code that starts it.
          'import-worker': resolve(__dirname, 'src/main/import/importWorker.ts')
        },
        // Shared chunks beside the entries, so `new URL('./import-worker.js', import.meta.url)`
        // means out/main/import-worker.js from every chunk.
        output: { chunkFileNames: '[name]-[hash].js' }
      }
    }
  },
  preload: {
    resolve: { alias: aliases },
    build: {
      // A sandboxed preload cannot load modules: bundle everything (zod included) into one
      // CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    resolve: { alias: aliases },
    root: resolve(__dirname, 'src/renderer'),
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } }
    },
    // The assist reads an article in a module worker (features/suggestions/suggest.worker.ts).
    worker: { format: 'es' },
    plugins: [react(), cspMeta()]
  }
})
