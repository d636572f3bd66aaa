/**
 * The child process of the kill test: saves a JSON file over and over with the durable
 * writer and reports each save on stdout ("ack <n>") only once the write has resolved, the
 * way the app acknowledges a save to the renderer. It never stops by itself: the test kills it.
 */
import { readFileSync } from 'node:fs'
import { writeFileDurably } from '../../../src/main/library/durableFile'

const path = process.argv[2]
if (!path) throw new Error('usage: saverChild <file>')
// About the size of an annotated article, so a kill can land in the middle of a write.
const body = 'Le PDG intérimaire de Scale AI a publiquement affirmé. '.repeat(400)
let n = (JSON.parse(readFileSync(path, 'utf-8')) as { n: number }).n
for (;;) {
  n += 1
  await writeFileDurably(path, JSON.stringify({ n, body }))
  process.stdout.write(`ack ${n}\n`)
}
