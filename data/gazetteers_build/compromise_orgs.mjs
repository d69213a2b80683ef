// Prints the organisations and sports teams of npm `compromise`'s English lexicon (lower case,
// `Organization` and `SportsTeam` tags), one a line, sorted, unpacked with the package's own
// unpacker (npm `efrt`).
// Usage: node compromise_orgs.mjs NODE_MODULES_DIR
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const dir = process.argv[2]
const url = (p) => pathToFileURL(join(dir, p)).href
const { unpack } = await import(url('efrt/src/index.js'))
const { default: lexicon } = await import(url('compromise/src/2-two/_built/lexicon.js'))
const names = new Set()
for (const tag of ['Organization', 'SportsTeam']) {
  for (const name of Object.keys(unpack(lexicon[tag]))) names.add(name)
}
process.stdout.write([...names].sort().join('\n') + '\n')
