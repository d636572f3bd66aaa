/** `npm run reanchor -- …`: see scripts/cli/reanchorCommand.ts and docs/export-format.md. */
import { runReanchor } from './cli/reanchorCommand'

process.exitCode = runReanchor(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line)
})
