import { defineConfig } from 'vitest/config'
import { aliases } from './aliases.config'

export default defineConfig({
  resolve: { alias: aliases },
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // Vitest's default on this 2-core machine is one worker; much of the suite waits on
    // child processes, disks and sockets, so two files at a time finish sooner.
    maxWorkers: 2
  }
})
