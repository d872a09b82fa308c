// Writes src/lib/data/validators.generated.js from the JSON Schemas. Run after changing a schema:
//   npx tsx scripts/build-validators.ts
import { writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateValidatorsSource, GENERATED_VALIDATORS_PATH } from './lib/validators.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
writeFileSync(join(root, GENERATED_VALIDATORS_PATH), generateValidatorsSource(root))
console.log(`wrote ${GENERATED_VALIDATORS_PATH}`)
