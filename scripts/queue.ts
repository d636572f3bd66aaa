/** `npm run queue -- …`: see scripts/cli/queueCommand.ts. */
import { runQueue } from './cli/queueCommand'

process.exitCode = runQueue(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line)
})
