/** `npm run report -- …`: see scripts/cli/reportCommand.ts. */
import { runReport } from './cli/reportCommand'

process.exitCode = runReport(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line)
})
