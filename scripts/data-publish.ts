// npm run data:publish -- <dataset> --why "<reason>" --source <url> [--source <url>…] [--why-es "…"] [--why-fr "…"]
// Publishes the dataset's draft: checks it as data:check would, writes its CHANGELOG entry (the reason, the sources
// and what changed since the previous version) and lists it, with its sha256, in data/manifest.json. A refused draft
// changes nothing; each problem names the file, the record and the field.
import { writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { readDataTree } from './lib/check.ts'
import { DeskError, publish } from './lib/desk.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const usage =
  'usage: npm run data:publish -- <dataset> --why "<reason>" --source <url> [--source <url>…] [--why-es "…"] [--why-fr "…"]'

let args: ReturnType<typeof parse>
function parse() {
  return parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: {
      why: { type: 'string' },
      'why-es': { type: 'string' },
      'why-fr': { type: 'string' },
      source: { type: 'string', multiple: true },
    },
  })
}
try {
  args = parse()
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e))
  console.error(usage)
  process.exit(2)
}
const [dataset, ...extra] = args.positionals
if (!dataset || extra.length) {
  console.error(usage)
  process.exit(2)
}
try {
  const dataDir = join(root, 'data')
  const result = publish(readDataTree(dataDir), {
    dataset,
    why: args.values.why ?? '',
    whyEs: args.values['why-es'],
    whyFr: args.values['why-fr'],
    sources: args.values.source ?? [],
  })
  for (const [path, text] of Object.entries(result.writes)) writeFileSync(join(dataDir, path), text)
  const { entry, previous, diff } = result
  console.log(`published ${entry.path} (sha256 ${entry.sha256.slice(0, 12)}…), after ${previous.version}`)
  console.log(
    `  ${diff.added.length} record(s) added, ${diff.removed.length} removed, ${diff.changed.length} field change(s), ${diff.newFields.length} new field(s)`,
  )
  console.log('  wrote data/manifest.json and the entry in data/CHANGELOG.md')
  for (const note of result.notes) console.log(`note: ${note}`)
  console.log(
    'Next: commit the version file, data/manifest.json and data/CHANGELOG.md together; `npm run build` serves it.',
  )
} catch (e) {
  if (!(e instanceof DeskError)) throw e
  for (const p of e.problems) console.error(p)
  console.error(`data:publish: refused, nothing written (${e.problems.length} problem(s))`)
  process.exit(1)
}
