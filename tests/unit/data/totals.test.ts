// The deaths dataset reproduces the research's tables a–c exactly (table c is in data/sources/reference-totals.json):
// its latest version, the one the build serves.
import { describe, expect, it } from 'vitest'
import { deathsByDepartment, summaryTotals } from '../../../src/lib/data/derive.ts'
import type { DeathsDataset, Source } from '../../../src/lib/data/types.ts'
import { latest } from './helpers.ts'
import { ALL_BY_DEPARTMENT, OFFICIAL_BY_DEPARTMENT, TABLE_C } from '../reference-totals.ts'

const deaths = latest<DeathsDataset>('protest-deaths')
const records = deaths.records

describe('protest-deaths totals (latest version)', () => {
  it('counts 67 = 49 + 11 + 1 + 6 in the Defensoría count, 14 others, 81 in all', () => {
    expect(summaryTotals(records)).toEqual({
      defensoria: { total: 67, clash: 49, blockade: 11, police: 1, soldier: 6 },
      other: 14,
      all: 81,
      inferred: 6,
    })
  })

  it('has one record per person with unique, stable ids', () => {
    const ids = records.map((r) => r.id)
    expect(new Set(ids).size).toBe(81)
    expect(ids).toContain('pd-2022-12-11-andahuaylas-01')
    expect(ids.every((id) => /^pd-\d{4}-\d{2}(-\d{2})?-[a-z0-9-]+-\d{2}$/.test(id))).toBe(true)
  })

  it('reproduces table (c) of the research per department and category', () => {
    const official = deathsByDepartment(records, { official: 'defensoria' })
    const totals = Object.fromEntries(Object.entries(official).map(([code, t]) => [code, t.total]))
    // Departments with no death in the official count have no entry (Huancavelica's one death is outside it).
    expect(totals).toEqual(Object.fromEntries(Object.entries(OFFICIAL_BY_DEPARTMENT).filter(([, n]) => n > 0)))
    expect(official['PE-HUV']).toBeUndefined() // Huancavelica: 0 in the official count
    const all = deathsByDepartment(records)
    expect(Object.keys(all).sort()).toEqual(Object.keys(TABLE_C).sort())
    for (const [code, row] of Object.entries(TABLE_C)) expect(all[code]?.byCategory, code).toEqual(row)
    expect(Object.values(all).reduce((s, t) => s + t.total, 0)).toBe(81)
    expect(Object.fromEntries(Object.entries(all).map(([c, t]) => [c, t.total]))).toEqual(ALL_BY_DEPARTMENT)
  })

  it('flags exactly the 14 other reported deaths as outside the count', () => {
    const no = records.filter((r) => r.counted_by_defensoria === 'no')
    expect(no).toHaveLength(14)
    expect(no.every((r) => r.category === 'other')).toBe(true)
    expect(records.filter((r) => r.category === 'other')).toHaveLength(14)
    const names = no.map((r) => r.name).filter(Boolean)
    expect(names).toEqual(
      expect.arrayContaining(['Manuel Quilla Ticona', 'Gilmer Yony Villar Torres', 'Héctor Vásquez Contreras']),
    )
    expect(names).not.toContain('Julia Carhuapoma Patiña') // one of the two Chao deaths of 18 Jan: see below
    expect(no.filter((r) => r.incident_id === 'row-22' || r.incident_id === 'row-23')).toHaveLength(7) // Haitian migrants
  })

  it('splits the partial La Libertad row: one counted by inference, one not, both flagged uncertain', () => {
    const row = records.filter((r) => r.incident_id === 'row-21')
    expect(row.map((r) => r.counted_by_defensoria).sort()).toEqual(['inferred', 'no'])
    for (const r of row) {
      expect(r.confidence).toBe('low')
      expect(r.notes).toMatch(/uncertain/)
    }
  })

  it('counts Julia Carhuapoma Patiña, not the La Libertad newborn, as the research does (its summary lists the newborn outside the count)', () => {
    const julia = records.find((r) => r.id === 'pd-2023-01-18-chao-01')
    const newborn = records.find((r) => r.id === 'pd-2023-01-18-chao-02')
    expect(julia).toMatchObject({
      name: 'Julia Carhuapoma Patiña',
      age: 51,
      counted_by_defensoria: 'inferred',
      category: 'blockade',
      research_category: 'blockade_or_accident',
    })
    expect(newborn).toMatchObject({
      name: null,
      age: 0,
      counted_by_defensoria: 'no',
      category: 'other',
      research_category: 'blockade_or_accident',
    })
    // each record says which one we count, why, what speaks against it, and when to swap
    for (const r of [julia, newborn]) {
      expect(r?.notes).toContain('8 → 9 by 19 Jan')
      expect(r?.notes).toMatch(/no source we read says which/)
      expect(r?.notes).toMatch(/IACHR’s 56/)
      expect(r?.notes).toMatch(/Swap the two if a Defensoría list shows otherwise/)
    }
  })

  it('says the department table is one we could not read, not one the Defensoría never published (research, table c)', () => {
    const note = deaths.notes.find((n) => /department table/.test(n))
    expect(note).toMatch(/^We could not read a department table of the Defensoría’s final count\./)
    expect(deaths.notes.join(' ')).not.toMatch(/never published/)
  })

  it('keeps incident date and date of death apart for the people who died later', () => {
    const later = records.filter((r) => r.death_date !== r.incident_date)
    expect(later.map((r) => [r.name, r.incident_date, r.death_date])).toEqual([
      ['Cristhian Alex Rojas Vásquez', '2022-12-10', '2022-12-14'],
      ['Leonardo David Hancco Chacca', '2022-12-15', '2022-12-17'],
      ['Jhonatan Alarcón Galindo', '2022-12-15', '2022-12-21'],
      ['Brayan Apaza Jumpiri', '2023-01-09', '2023-01-12'],
      ['Rosalino Flórez Valverde', '2023-01-11', '2023-03-21'],
      ['Salomón Valenzuela Chua', '2023-01-18', '2023-01-19'],
      ['Manuel Quilla Ticona', '2023-03-14', '2023-03-30'],
    ])
  })

  it('marks month-only dates as month precision', () => {
    const month = records.filter((r) => r.incident_date_precision === 'month')
    expect(month.map((r) => r.incident_date).sort()).toEqual([
      '2022-12',
      '2022-12',
      '2022-12',
      '2022-12',
      '2023-01',
      '2023-01',
      '2023-01',
    ])
  })

  it('does not include the retracted Chincheros person', () => {
    expect(records.some((r) => [r.name, ...r.name_variants].some((n) => n?.includes('Lloclla')))).toBe(false)
    expect(deaths.excluded.map((e) => e.name)).toContain('Jonathan Lloclla Loayza')
  })

  it('keeps disputed ages as variants and null age without a majority', () => {
    const arcana = records.find((r) => r.name === 'Miguel Arcana')
    expect(arcana?.age).toBeNull()
    expect(arcana?.age_variants.map((v) => v.value)).toEqual([23, 35, 37, 38])
    expect(records.find((r) => r.name === 'Brayan Apaza Jumpiri')?.minor).toBe(true)
    expect(records.filter((r) => r.category === 'clash' && r.minor === true)).toHaveLength(7)
  })

  it('has the authorities’ headline figures with what each counts', () => {
    const byId = Object.fromEntries(deaths.totals.map((t) => [t.id, t]))
    expect(byId['defensoria-final-67']?.value).toBe(67)
    expect(byId['defensoria-informe-190-66']?.value).toBe(66)
    expect(byId['hrw-49']?.value).toBe(49)
    expect(byId['amnesty-sample-12']).toMatchObject({ value: 12, is_sample: true })
    expect(byId['amnesty-lethal-racism-25']).toMatchObject({ value: 25, is_sample: true })
    expect(byId['iachr-56']?.value).toBe(56)
    expect(byId['ohchr-10jan-40']?.value).toBe(40)
    expect(byId['ohchr-oct2023-50']?.value).toBe(50)
    expect(byId['minsa-19dec-25']?.value).toBe(25)
    for (const t of deaths.totals) expect(t.counts.length).toBeGreaterThan(10)
  })

  it('gives every record at least one source URL and coordinates with their provenance', () => {
    for (const r of records) {
      expect(r.sources.length).toBeGreaterThan(0)
      expect(r.coords_source).toMatch(/GeoNames|Natural Earth/)
    }
  })

  it('cites a publisher’s home page only with a note saying why, and Servindi’s list of 24 Dec 2022 as read on a mirror', () => {
    const sources: Source[] = []
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(walk)
      else if (typeof x === 'object' && x !== null) {
        const o = x as Record<string, unknown>
        if (typeof o.publisher === 'string' && typeof o.url === 'string') sources.push(o as unknown as Source)
        Object.values(o).forEach(walk)
      }
    }
    walk(deaths)
    const homePages = sources.filter((s) => {
      const url = new URL(s.url)
      return url.pathname === '/' && url.search === '' // not a permalink such as /?p=192912
    })
    for (const s of homePages) expect(s.note, `${s.publisher} ${s.url}`).toMatch(/not found|not known/)
    const servindi = homePages.filter((s) => s.url === 'https://www.servindi.org/')
    expect(servindi).toHaveLength(22)
    for (const s of servindi)
      expect(s).toMatchObject({
        date: '2022-12-26',
        archive_url: 'https://829842.bflnqr70.asia/print/77892',
        note: 'Servindi article of 26 Dec 2022 reproducing the Defensoría’s list of 24 Dec; its address on servindi.org is not known to us (we read it on a mirror, kept as archive_url), so the home page is cited rather than a guessed path.',
      })
  })

  it('cites Servindi’s own article where the research has its address: the OHCHR report of October 2023', () => {
    const ohchr = deaths.totals.find((t) => t.id === 'ohchr-oct2023-50')
    expect(ohchr?.sources).toContainEqual(
      expect.objectContaining({
        publisher: 'Servindi',
        url: 'https://www.servindi.org/actualidad-noticias/19/10/2023/onu-violadores-de-dd-hh-deben-rendir-cuentas',
        date: '2023-10-19',
      }),
    )
  })
})
