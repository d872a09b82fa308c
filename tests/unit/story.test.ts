/** The story's text and the data agree: every figure the text states is recomputed from the published data. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { COUNTED_TOTALS, story } from '../../src/pages/story/messages.ts'
import { parseChangelog } from '../../src/pages/story/changelog.ts'
import { deathsByDepartment, summaryTotals } from '../../src/lib/data/derive.ts'
import type { DeathsDataset, ExportsDataset } from '../../src/lib/data/types.ts'
import { ALL_BY_DEPARTMENT, OFFICIAL_BY_DEPARTMENT } from './reference-totals.ts'

const read = <T>(path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as T
/** The story's messages are plain strings (no plural forms), read as text. */
const en = story.en as Record<keyof typeof story.en, string>
/** The latest published version of a dataset, as the manifest lists it: the one the story draws. */
function latest<T>(name: string): T {
  const { datasets } = read<{ datasets: { name: string; version: string; path: string }[] }>('data/manifest.json')
  const newest = datasets
    .filter((d) => d.name === name)
    .reduce((a, b) => (b.version.localeCompare(a.version, 'en', { numeric: true }) > 0 ? b : a))
  return read<T>(`data/${newest.path}`)
}
const deaths = latest<DeathsDataset>('protest-deaths')
const exportsData = read<ExportsDataset>('data/arms-exports/1.0.0.json')

describe('story text agrees with the data', () => {
  const totals = summaryTotals(deaths.records)
  const official = deathsByDepartment(deaths.records, { official: 'defensoria' })
  const all = deathsByDepartment(deaths.records, { official: 'all' })
  const exportValue = (id: string) => exportsData.records.find((r) => r.id === id)?.value_cad

  it('the Defensoría’s 67 = 49 + 11 + 1 + 6, and 14 others', () => {
    expect(totals).toMatchObject({
      defensoria: { total: 67, clash: 49, blockade: 11, police: 1, soldier: 6 },
      other: 14,
      all: 81,
    })
    for (const figure of ['67', '49 civilians', '11 people', '1 police officer', '6 soldiers', '14 more deaths'])
      expect(en.map1 + en.map3 + en.lede1).toContain(figure)
  })

  it('Puno 29 and Ayacucho 10 in the official count', () => {
    expect(official['PE-PUN']?.total).toBe(OFFICIAL_BY_DEPARTMENT['PE-PUN'])
    expect(official['PE-AYA']?.total).toBe(OFFICIAL_BY_DEPARTMENT['PE-AYA'])
    expect(en.map2).toContain(`${OFFICIAL_BY_DEPARTMENT['PE-PUN']} by our reconstruction of the Defensoría’s count`)
    expect(en.map2).toContain(`${OFFICIAL_BY_DEPARTMENT['PE-AYA']} people killed`)
    const juliaca = deaths.records.filter((r) => r.category === 'clash' && r.incident_date === '2023-01-09')
    expect(juliaca).toHaveLength(18)
    expect(all['PE-PUN']?.total).toBe(ALL_BY_DEPARTMENT['PE-PUN'])
  })

  it('of the two Chao deaths of 18 January 2023, the method names the one the data counts, with her age from the record', () => {
    const chao = deaths.records.filter((r) => r.incident_id === 'row-21')
    const counted = chao.filter((r) => r.counted_by_defensoria !== 'no')
    const uncounted = chao.filter((r) => r.counted_by_defensoria === 'no')
    expect(counted).toHaveLength(1)
    expect(uncounted).toHaveLength(1)
    const [julia] = counted
    expect(julia).toMatchObject({ name: 'Julia Carhuapoma Patiña', age: 51, incident_date: '2023-01-18' })
    expect(uncounted[0]?.cause).toMatch(/^newborn/)
    const age = String(julia?.age)
    expect(en.method1).toContain(`we count ${julia?.name}, ${age}, and not the newborn`)
    expect(String(story.es.method1)).toContain(`contamos a ${julia?.name}, de ${age} años, y no al recién nacido`)
    expect(String(story.fr.method1)).toContain(`nous comptons ${julia?.name}, ${age} ans, et non le nouveau-né`)
  })

  it('the export figures are the data’s', () => {
    expect(exportValue('ae-peru-2014-2021-total')).toBe(81_400_000)
    expect(exportValue('ae-peru-lav-ii')).toBe(67_000_000)
    expect(exportValue('ae-peru-2023-permit')).toBe(960_000)
    expect(exportValue('ae-peru-2017-2021-sum')).toBeCloseTo(2_403_611.89, 2)
    expect(exportValue('ae-peru-2014-2016-residual')).toBeCloseTo(78_996_388.11, 2)
    expect(en.dek).toContain('CAD 81.4 million')
    expect(en.exports1).toContain('CAD 2.4 million')
    expect(en.exports1).toContain('CAD 79.0 million by our own calculation')
    expect(en.exports3).toContain('CAD 960,000')
    expect(String(story.es.exports3)).toContain('960,000')
    expect(String(story.fr.exports3)).toContain('960 000')
  })

  it('every listed authority total exists in the data, with the value the labels describe', () => {
    const values = Object.fromEntries(deaths.totals.map((t) => [t.id, t.value]))
    expect(COUNTED_TOTALS.map((id) => values[id])).toEqual([67, 49, 56, 50, 25, 12])
    expect(deaths.totals.find((t) => t.id === 'amnesty-sample-12')?.is_sample).toBe(true)
  })

  it('a changelog heading: its date apart from its title, or none', () => {
    const entries = parseChangelog('## 2027-01-05 – Puno corrected\n### protest-deaths 1.0.1\n## Undated note\n')
    expect(entries).toEqual([
      {
        heading: '2027-01-05 – Puno corrected',
        date: '2027-01-05',
        title: 'Puno corrected',
        datasets: ['protest-deaths 1.0.1'],
        versions: [
          {
            label: 'protest-deaths 1.0.1',
            dataset: 'protest-deaths',
            version: '1.0.1',
            why: {},
            sources: [],
            changes: [],
          },
        ],
      },
      { heading: 'Undated note', date: null, title: 'Undated note', datasets: [], versions: [] },
    ])
  })

  it('the corrections note reads the changelog', () => {
    const entries = parseChangelog(readFileSync(new URL('../../data/CHANGELOG.md', import.meta.url), 'utf8'))
    expect(entries.length).toBeGreaterThan(0)
    // the date apart, so that the page can write it in the reader's language
    expect(entries.at(-1)).toMatchObject({ date: '2026-11-27', title: 'first publication' })
    expect(entries.at(-1)?.datasets).toEqual(
      expect.arrayContaining(['protest-deaths 1.0.0', 'timeline 1.0.0', 'arms-exports 1.0.0']),
    )
    // entries written by data:publish are read back with their reason, sources and changes
    const minor = entries.flatMap((e) => e.versions).find((v) => v.label === 'protest-deaths 1.1.0')
    expect(minor?.why.en).toMatch(/^Spanish and French of the place descriptions/)
    expect(minor?.why.fr).toContain('\u00a0: ')
    expect(minor?.sources).toContain('https://www.amnesty.org/es/')
    expect(minor?.changes).toContainEqual({ kind: 'new-field', field: 'records[].place_i18n', count: 63 })
  })
})
