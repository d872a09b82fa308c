import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  DEATHS_CSV_COLUMNS,
  deathsCsv,
  EXPORTS_CSV_COLUMNS,
  publishedDataFiles,
  publishedDataFilesFrom,
  TIMELINE_CSV_COLUMNS,
} from '../../../scripts/publish-data.ts'
import { csvField, toCsv } from '../../../scripts/lib/csv.ts'
import { compareSemver, entryFor, sha256, type Manifest } from '../../../scripts/lib/manifest.ts'
import type { DeathsDataset } from '../../../src/lib/data/types.ts'
import { clone, DATA, deaths, ROOT } from './helpers.ts'

/** Minimal RFC 4180 parser, to read the CSVs back the way a spreadsheet would. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else cell += c
  }
  return rows
}

describe('publishedDataFiles', () => {
  const files = publishedDataFiles(ROOT)
  const byName = new Map(files.map((f) => [f.fileName, f.source]))

  it('publishes every version, the latest of each major and the three CSVs, at exact paths', () => {
    const manifest = JSON.parse(readFileSync(join(DATA, 'manifest.json'), 'utf8')) as Manifest
    const versions = manifest.datasets.map((e) => e.path)
    expect(versions).toEqual(
      expect.arrayContaining([
        'arms-exports/1.0.0.json',
        'arms-exports/1.1.0.json',
        'peru-departments/1.0.0.json',
        'protest-deaths/1.0.0.json',
        'protest-deaths/1.1.0.json',
        'timeline/1.0.0.json',
        'timeline/1.1.0.json',
      ]),
    )
    expect(files.map((f) => f.fileName).sort()).toEqual(
      [
        ...versions,
        'arms-exports/v1.json',
        'arms-exports.csv',
        'manifest.json',
        'peru-departments/v1.json',
        'protest-deaths/v1.json',
        'protest-deaths.csv',
        'timeline/v1.json',
        'timeline.csv',
      ].sort(),
    )
    // v1.json is the latest 1.x; every earlier version stays published at its own path
    const latest = (name: string) =>
      manifest.datasets.filter((e) => e.name === name).sort((a, b) => compareSemver(b.version, a.version))[0]?.path
    expect(latest('protest-deaths')).not.toBe('protest-deaths/1.0.0.json')
    for (const name of ['arms-exports', 'peru-departments', 'protest-deaths', 'timeline'])
      expect(byName.get(`${name}/v1.json`), name).toBe(readFileSync(join(DATA, latest(name) ?? ''), 'utf8'))
    expect(byName.get('protest-deaths/1.0.0.json')).toBe(readFileSync(join(DATA, 'protest-deaths/1.0.0.json'), 'utf8'))
  })

  it('writes the CSV headers exactly as documented', () => {
    const header = (name: string) => byName.get(name)?.split('\r\n')[0]
    expect(header('protest-deaths.csv')).toBe(
      'id,incident_date,death_date,department_code,department,place,latitude,longitude,category,counted_by_defensoria,cause,name,age,confidence,source_urls',
    )
    expect(header('arms-exports.csv')).toBe('period,kind,value_cad,destination,description,source_urls')
    expect(header('timeline.csv')).toBe('date,category,department_code,headline_en,headline_es,headline_fr,source_urls')
    expect(DEATHS_CSV_COLUMNS.join(',')).toBe(header('protest-deaths.csv'))
    expect(EXPORTS_CSV_COLUMNS.join(',')).toBe(header('arms-exports.csv'))
    expect(TIMELINE_CSV_COLUMNS.join(',')).toBe(header('timeline.csv'))
  })

  it('writes one CSV row per person, with dates ISO and source URLs separated by " | "', () => {
    const rows = parseCsv(byName.get('protest-deaths.csv') ?? '')
    expect(rows).toHaveLength(82)
    expect(rows.slice(1).every((r) => r.length === 15)).toBe(true)
    const juliaca = rows.find((r) => r[0] === 'pd-2023-01-09-juliaca-08')
    expect(juliaca?.slice(1, 3)).toEqual(['2023-01-09', '2023-01-12'])
    expect(juliaca?.[11]).toBe('Brayan Apaza Jumpiri')
    expect(juliaca?.[12]).toBe('') // age disputed: 15 or 16
    const urls = juliaca?.[14]?.split(' | ') ?? []
    expect(urls.length).toBeGreaterThan(2)
    expect(urls.every((u) => /^https?:\/\/\S+$/.test(u))).toBe(true)
  })

  it('writes exports with plain numbers and empty cells for unpublished years', () => {
    const rows = parseCsv(byName.get('arms-exports.csv') ?? '')
    const byPeriodKind = (p: string, k: string) => rows.filter((r) => r[0] === p && r[1] === k && r[3] === 'Peru')
    expect(byPeriodKind('2017', 'export')[0]?.[2]).toBe('88823.51')
    expect(byPeriodKind('2021', 'export')[0]?.[2]).toBe('2700')
    expect(byPeriodKind('2015', 'export')[0]?.[2]).toBe('')
    expect(byPeriodKind('2014-2021', 'total').map((r) => r[2])).toEqual(['81400000', '67000000'])
    expect(byPeriodKind('2014-2016', 'derived')[0]?.[2]).toBe('78996388.11')
    expect(byPeriodKind('2023', 'permit')[0]?.[2]).toBe('960000')
    expect(rows.find((r) => r[2] === '4308000000')).toBeDefined()
  })

  it('writes timeline rows in three languages', () => {
    const rows = parseCsv(byName.get('timeline.csv') ?? '')
    expect(rows).toHaveLength(56)
    expect(rows[1]?.slice(0, 3)).toEqual(['2022-12-07', 'political', 'PE-LIM'])
    expect(rows.find((r) => r[2] === 'PE-APU | PE-LAL')).toBeDefined()
  })
})

describe('CSV quoting', () => {
  it('quotes commas, quotes and newlines (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a, b')).toBe('"a, b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('line\nbreak')).toBe('"line\nbreak"')
    expect(csvField('cr\rhere')).toBe('"cr\rhere"')
    expect(csvField(null)).toBe('')
    expect(csvField(-15.5)).toBe('-15.5')
    expect(csvField(1e21)).toBe('1000000000000000000000')
    expect(toCsv(['a', 'b'], [['x,y', 'z']])).toBe('a,b\r\n"x,y",z\r\n')
    expect(() => toCsv(['a'], [['x', 'y']])).toThrow()
  })

  it('round-trips awkward values through the deaths CSV', () => {
    const doc = clone(deaths) as DeathsDataset
    const r = doc.records[0]!
    r.name = 'Name, with "quotes"'
    r.cause = 'first line\nsecond line'
    r.place = 'Plaza "Mayor", Lima'
    const rows = parseCsv(deathsCsv(doc))
    const row = rows.find((x) => x[0] === r.id)
    expect(row?.[11]).toBe('Name, with "quotes"')
    expect(row?.[10]).toBe('first line\nsecond line')
    expect(row?.[5]).toBe('Plaza "Mayor", Lima')
    expect(row).toHaveLength(15)
  })
})

describe('versions', () => {
  it('serves the latest version of each major at v<major>.json and keeps every version', () => {
    const base = readFileSync(join(DATA, 'timeline/1.0.0.json'), 'utf8')
    const texts: Record<string, string> = {
      'timeline/1.0.0.json': base,
      'timeline/1.2.0.json': base.replace('"1.0.0"', '"1.2.0"'),
      'timeline/1.10.0.json': base.replace('"1.0.0"', '"1.10.0"'),
      'timeline/2.0.0.json': base.replace('"1.0.0"', '"2.0.0"'),
    }
    const manifest: Manifest = {
      datasets: Object.entries(texts).map(([path, text]) =>
        entryFor('timeline', path.slice(9, -5), text, '2026-11-28'),
      ),
    }
    const out = publishedDataFilesFrom(manifest, (p) => texts[p] ?? '')
    const names = out.map((f) => f.fileName)
    expect(names).toEqual([
      'timeline/1.0.0.json',
      'timeline/1.2.0.json',
      'timeline/1.10.0.json',
      'timeline/2.0.0.json',
      'timeline/v1.json',
      'timeline/v2.json',
      'manifest.json',
      'timeline.csv',
    ])
    expect(out.find((f) => f.fileName === 'timeline/v1.json')?.source).toBe(texts['timeline/1.10.0.json'])
    expect(out.find((f) => f.fileName === 'timeline/v2.json')?.source).toBe(texts['timeline/2.0.0.json'])
    // The published manifest: every version as data/manifest.json lists it, and each v<major>.json's version and
    // the SHA-256 of its exact bytes, which the first view compares with the files a page was drawn from.
    const published = JSON.parse(out.find((f) => f.fileName === 'manifest.json')!.source) as {
      datasets: unknown[]
      latest: { name: string; major: number; version: string; path: string; sha256: string }[]
    }
    expect(published.datasets).toHaveLength(4)
    expect(published.latest).toEqual([
      {
        name: 'timeline',
        major: 1,
        version: '1.10.0',
        path: 'timeline/v1.json',
        sha256: sha256(texts['timeline/1.10.0.json']!),
      },
      {
        name: 'timeline',
        major: 2,
        version: '2.0.0',
        path: 'timeline/v2.json',
        sha256: sha256(texts['timeline/2.0.0.json']!),
      },
    ])
  })
})
