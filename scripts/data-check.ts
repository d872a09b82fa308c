// npm run data:check — one line per problem, non-zero exit when there is any.
// Checks schemas, cross-references, research totals, sources and mirror hosts, immutability against
// data/manifest.json, and that the generated validators, the geo file and places.json are up to date.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readDataTree, runChecks } from './lib/check.ts'
import { buildGeoTopology, GEO_DATASET, GEO_VERSION } from './lib/geo.ts'
import { buildPlaces } from './lib/places.ts'
import { generateValidatorsSource, GENERATED_VALIDATORS_PATH } from './lib/validators.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const validatorsPath = join(root, GENERATED_VALIDATORS_PATH)

let problems: string[]
try {
  problems = runChecks({
    files: readDataTree(join(root, 'data')),
    validators: {
      committed: existsSync(validatorsPath) ? readFileSync(validatorsPath, 'utf8') : undefined,
      expected: generateValidatorsSource(root),
    },
    geoRebuilt: { path: `${GEO_DATASET}/${GEO_VERSION}.json`, text: buildGeoTopology(root) },
    placesRebuilt: JSON.stringify(buildPlaces(root), null, 2) + '\n',
  })
} catch (e) {
  problems = [`data:check crashed: ${e instanceof Error ? e.message : String(e)}`]
}

for (const p of problems) console.log(p)
if (problems.length) {
  console.error(`data:check: ${problems.length} problem(s)`)
  process.exit(1)
}
console.log('data:check: ok')
