// Prints the ~38k popular English Wikipedia titles of npm `compromise-wikipedia` (lower case),
// one a line, sorted, unpacked with the package's own unpacker (npm `efrt`).
// Usage: node wikipedia_titles.mjs NODE_MODULES_DIR
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const dir = process.argv[2]
const url = (p) => pathToFileURL(join(dir, p)).href
const { unpack } = await import(url('efrt/src/index.js'))
const { default: model } = await import(url('compromise-wikipedia/src/_model.js'))
const titles = Object.keys(unpack(model)).sort()
process.stdout.write(titles.join('\n') + '\n')
