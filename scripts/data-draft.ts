// npm run data:draft -- <dataset> <patch|minor|major>
// Copies the latest published version of a dataset to data/<dataset>/<next>.json, with "version" and "updated" set,
// and prints what to edit next. A draft is not published: `npm run data:publish` does that.
import { existsSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readDataTree } from './lib/check.ts'
import { draft, DeskError, today } from './lib/desk.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const [dataset, bump] = process.argv.slice(2)
if (!dataset || !bump) {
  console.error('usage: npm run data:draft -- <dataset> <patch|minor|major>   (see data/README.md)')
  process.exit(2)
}
try {
  const d = draft(readDataTree(join(root, 'data')), dataset, bump, today())
  const file = join(root, 'data', d.path)
  if (existsSync(file)) throw new DeskError([`data/${d.path} already exists`])
  writeFileSync(file, d.text)
  for (const line of d.next) console.log(line)
} catch (e) {
  if (!(e instanceof DeskError)) throw e
  for (const p of e.problems) console.error(p)
  console.error('data:draft: nothing written')
  process.exit(1)
}
