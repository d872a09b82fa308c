/**
 * `npm run docs:performance`: writes the figures of docs/performance.md from the committed bench/results.json,
 * without running the bench (`npm run bench` does the same after each run).
 */
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { writeFigures, type BenchResults } from './lib/report.ts'

const root = fileURLToPath(new URL('../', import.meta.url))
const results = JSON.parse(await readFile(root + 'bench/results.json', 'utf8')) as BenchResults
await writeFigures(root + 'docs/performance.md', results)
console.log('Wrote the figures of docs/performance.md from bench/results.json')
