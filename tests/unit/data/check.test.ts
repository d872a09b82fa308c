import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runChecks } from '../../../scripts/lib/check.ts'
import { mirrorReason } from '../../../scripts/lib/hosts.ts'
import { latestOf, parseManifest } from '../../../scripts/lib/manifest.ts'
import { dataTree, FIXTURES, republish, setPointer } from './helpers.ts'

interface Fixture {
  description: string
  /** a data file (`timeline/1.0.0.json`), or `<dataset>/latest`: the latest version the manifest lists */
  file: string
  set: { path: string; value: unknown }[]
  republish?: boolean
  expect?: string
  expectNone?: boolean
}

const dir = join(FIXTURES, 'check')
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ name: f, ...(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Fixture) }))

/** The file a fixture edits: cross-checks read the latest version of each dataset, so most fixtures edit that one. */
function fileOf(fx: Fixture, tree: Record<string, string>) {
  const name = /^(.+)\/latest$/.exec(fx.file)?.[1]
  if (name === undefined) return fx.file
  const entry = latestOf(parseManifest(tree['manifest.json']).manifest.datasets, name)
  if (!entry) throw new Error(`${fx.file}: no published version of ${name}`)
  return entry.path
}

function treeWith(fx: Fixture) {
  const tree = dataTree()
  const file = fileOf(fx, tree)
  const doc = JSON.parse(tree[file] ?? 'null') as unknown
  for (const s of fx.set) setPointer(doc, s.path, s.value)
  tree[file] = JSON.stringify(doc, null, 2) + '\n'
  if (fx.republish) republish(tree, file)
  return tree
}

describe('data check', () => {
  it('passes on the committed data', () => {
    expect(runChecks({ files: dataTree() })).toEqual([])
  })

  it.each(fixtures)('$name: $description', (fx) => {
    const problems = runChecks({ files: treeWith(fx) })
    if (fx.expectNone) expect(problems).toEqual([])
    else
      expect(
        problems.some((p) => p.includes(fx.expect ?? '\u0000')),
        problems.join('\n'),
      ).toBe(true)
  })

  it('flags a version file missing from the manifest, and a manifest entry without a file', () => {
    const tree = dataTree()
    tree['timeline/1.0.1.json'] = tree['timeline/1.0.0.json'] ?? ''
    delete tree['arms-exports/1.0.0.json']
    const problems = runChecks({ files: tree })
    expect(problems).toContain(
      'timeline/1.0.1.json: not listed in manifest.json: a draft, not published (publish it: npm run data:publish -- timeline --why "<reason>" --source <url>)',
    )
    expect(problems).toContain('arms-exports/1.0.0.json: listed in manifest.json but missing')
  })

  it('stays strict: a field the schema does not list fails, naming the record and the field', () => {
    const tree = dataTree()
    const doc = JSON.parse(tree['arms-exports/1.0.0.json'] ?? '') as { records: Record<string, unknown>[] }
    doc.records[1]!.destination_code = 'PE'
    tree['arms-exports/1.0.0.json'] = JSON.stringify(doc, null, 2) + '\n'
    republish(tree, 'arms-exports/1.0.0.json')
    expect(runChecks({ files: tree })).toContain(
      `arms-exports/1.0.0.json: records[1] (id ${String(doc.records[1]!.id)}) field destination_code: must NOT have additional properties`,
    )
  })

  it('flags a version without a changelog entry', () => {
    const tree = dataTree()
    tree['CHANGELOG.md'] = (tree['CHANGELOG.md'] ?? '').replace('### timeline 1.0.0', '### timeline')
    expect(runChecks({ files: tree })).toContain('CHANGELOG.md: no entry for "timeline 1.0.0"')
  })

  it('flags stale generated validators, a non-reproducible geo file and hand-edited places', () => {
    const files = dataTree()
    const problems = runChecks({
      files,
      validators: { committed: 'old', expected: 'new' },
      geoRebuilt: { path: 'peru-departments/1.0.0.json', text: '{}' },
      placesRebuilt: '{}',
    })
    expect(problems.some((p) => p.startsWith('src/lib/data/validators.generated.js: stale'))).toBe(true)
    expect(
      problems.some((p) => p.startsWith('peru-departments/1.0.0.json: differs from what `npm run data:geo` builds')),
    ).toBe(true)
    expect(problems.some((p) => p.startsWith('sources/places.json: differs'))).toBe(true)
  })

  it('reports broken JSON in one line instead of crashing', () => {
    const tree = dataTree()
    tree['protest-deaths/1.0.0.json'] = '{ broken'
    republish(tree, 'protest-deaths/1.0.0.json')
    const problems = runChecks({ files: tree })
    expect(problems.some((p) => p.startsWith('protest-deaths/1.0.0.json: not valid JSON'))).toBe(true)
  })
})

describe('mirror hosts', () => {
  it.each([
    ['https://elcomercio-elcomercio-prod.cdn.arcpublishing.com/peru/x', true],
    ['https://829842.bflnqr70.asia/print/77892', true],
    ['https://ebin.pub/x.html', true],
    ['https://dokumen.pub/x.html', true],
    ['https://dailymed.democraticunderground.org/?x', true],
    ['https://panatimes.com/x', true],
    ['https://www.search.com.vn/wiki/es/X', true],
    ['https://wiki.riteme.site/wiki/X', true],
    ['https://web.dev.ohchr.un-icc.cloud/en/statements/x', true],
    ['https://es.scribd.com/document/1', true],
    ['https://en.m.wikipedia.org./wiki/X', true],
    ['http://207.237.157.11/pt/CIDH/x', true],
    ['http://edit.hrw.org/es/news/x', true],
    ['https://can01.safelinks.protection.outlook.com/?url=x', true],
    ['https://larepublica.pe/sociedad/x', false],
    ['https://www.hrw.org/report/x', false],
    ['https://www.ohchr.org/en/statements/x', false],
  ])('%s → mirror: %s', (url, isMirror) => {
    expect(mirrorReason(url) !== null).toBe(isMirror)
  })
})
