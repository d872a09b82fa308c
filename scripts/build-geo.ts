// npm run data:geo — writes data/peru-departments/<GEO_VERSION>.json (TopoJSON, objects `departments` and
// `neighbours`). Re-running reproduces the committed file byte for byte; data:check verifies that.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildGeoTopology, GEO_DATASET, GEO_MAX_BYTES, GEO_VERSION } from './lib/geo.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const text = buildGeoTopology(root)
const bytes = Buffer.byteLength(text)
if (bytes > GEO_MAX_BYTES) {
  console.error(`peru-departments: ${bytes} bytes exceeds the ${GEO_MAX_BYTES}-byte budget; simplify more`)
  process.exit(1)
}
const out = join(root, 'data', GEO_DATASET, `${GEO_VERSION}.json`)
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, text)
console.log(`wrote ${out} (${bytes} bytes)`)
