/** `npm run export -- …`: see scripts/cli/exportCommand.ts and docs/export-format.md. */
import { runExport } from './cli/exportCommand'

process.exitCode = runExport(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line)
})
