/** `npm run eval:suggest`: see scripts/cli/evalSuggestCommand.ts and docs/suggestions.md. */
import { runEvalSuggest } from './cli/evalSuggestCommand'

process.exitCode = runEvalSuggest(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line)
})
