/** `npm run suggest`: see scripts/cli/suggestCommand.ts and docs/suggestions.md. */
import { runSuggest } from './cli/suggestCommand'

process.exitCode = runSuggest(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line)
})
