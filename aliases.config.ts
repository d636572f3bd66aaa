import { resolve } from 'node:path'

/**
 * Import aliases, the same in TypeScript (tsconfig.base.json `paths`), electron-vite, Vitest
 * and tsx: `@shared/…` is the pure core, `@renderer/…` the React app's own folder.
 */
export const aliases = {
  '@shared': resolve(__dirname, 'src/shared'),
  '@renderer': resolve(__dirname, 'src/renderer/src')
}
