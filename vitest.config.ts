import { defineConfig } from 'vitest/config'
import { aliases } from './aliases.config'

export default defineConfig({
  resolve: { alias: aliases },
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node'
  }
})
