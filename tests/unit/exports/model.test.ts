/** Data → chart specs: every number is a record's or labelled derived; null years stay null; a permit is never summed. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ExportsDataset } from '../../../src/lib/data/types.ts'
import { LANGS, formatCAD } from '../../../src/lib/i18n/index.ts'
import {
  ExportsDataProblem,
  canadaTotalsByYear,
  exportsView,
  pickRecords,
  sumExports,
  type ChartSpec,
} from '../../../src/lib/exports/model.ts'
import { formatCADApprox, formatCADCompact } from '../../../src/lib/exports/money.ts'

const data = JSON.parse(readFileSync('data/arms-exports/1.1.0.json', 'utf8')) as ExportsDataset
const byId = new Map(data.records.map((r) => [r.id, r]))
const chart = (charts: ChartSpec[], id: ChartSpec['id']) => {
  const found = charts.find((c) => c.id === id)
  if (!found) throw new Error(`no ${id} chart`)
  return found
}
const clone = (): ExportsDataset => structuredClone(data)

describe('exportsView', () => {
  it('builds the five charts in every language', () => {
    for (const lang of LANGS) {
      const view = exportsView(data, lang)
      expect(view.charts.map((c) => c.id)).toEqual(['yearly', 'lav', 'share', 'region', 'permit'])
      for (const c of view.charts) {
        expect(c.title.length).toBeGreaterThan(5)
        expect(c.items.length).toBeGreaterThan(0)
        expect(new Set(c.items.map((i) => i.key)).size).toBe(c.items.length)
        for (const i of c.items) expect(i.announcement).not.toMatch(/\{\w+\}|undefined|NaN/)
      }
    }
  })

  it('exports by year: one derived 2014–2016 span, 2017–2021 official figures, no figure found after', () => {
    const yearly = chart(exportsView(data, 'en').charts, 'yearly')
    expect(yearly.items.map((i) => [i.label, i.status])).toEqual([
      ['2014–2016', 'derived'],
      ['2017', 'official'],
      ['2018', 'official'],
      ['2019', 'official'],
      ['2020', 'official'],
      ['2021', 'official'],
      ['2022', 'nodata'],
      ['2023', 'nodata'],
    ])
    for (const item of yearly.items.filter((i) => i.status === 'official')) {
      expect(item.value).toBe(byId.get(item.records[0]!)?.value_cad)
    }
    // never zero for a year without a figure
    for (const item of yearly.items.filter((i) => i.status === 'nodata')) {
      expect(item.value).toBeNull()
      expect(byId.get(item.records[0]!)?.value_cad).toBeNull()
      expect(item.shortText).toBe('no figure found')
    }
    const span = yearly.items[0]!
    expect(span.value).toBe(byId.get('ae-peru-2014-2016-residual')?.value_cad)
    expect(span.statusText).toBe('derived')
    expect(span.shortText).toBe('≈ $79M')
    expect(span.valueText).toBe('≈ CAD 79 million')
    expect(span.detail).toContain('CAD 81.4 million (Amnesty, 2014–2021) minus CAD 2,403,611.89')
    expect(yearly.notes[0]).toContain('derived')
    expect(yearly.notes[1]).toBe('2017–2021 together: CAD 2,403,611.89 (derived: our sum of the official figures).')
    // our sum agrees with the dataset's own derived record
    expect(byId.get('ae-peru-2017-2021-sum')?.value_cad).toBe(2_403_611.89)
  })

  it('the derived span is the total minus the official years, to the cent', () => {
    const total = byId.get('ae-peru-2014-2021-total')!.value_cad!
    const official = [2017, 2018, 2019, 2020, 2021].map((y) => byId.get(`ae-peru-${y}`)!)
    const residual = chart(exportsView(data, 'en').charts, 'yearly').items[0]!.value!
    expect(residual).toBeCloseTo(total - sumExports(official), 2)
  })

  it('announces each bar with its value and what kind of figure it is', () => {
    const en = chart(exportsView(data, 'en').charts, 'yearly').items
    expect(en[3]!.announcement).toBe('2019: CAD 734,960.49 (official figure)')
    expect(en[6]!.announcement).toBe('2022: no figure found')
    expect(en[0]!.announcement).toBe('2014–2016: ≈ CAD 79 million (derived)')
    const es = chart(exportsView(data, 'es').charts, 'yearly').items
    expect(es[3]!.announcement).toBe('2019: 734,960.49 dólares canadienses (cifra oficial)')
    const fr = chart(exportsView(data, 'fr').charts, 'yearly').items
    expect(fr[3]!.announcement).toBe('2019\u00a0: 734\u00a0960,49\u00a0$\u00a0CA (chiffre officiel)')
  })

  it('the total and the LAV II: 81.4M, 67M for 32 vehicles, share derived, dispute noted', () => {
    const lav = chart(exportsView(data, 'en').charts, 'lav')
    expect(lav.items.map((i) => i.value)).toEqual([81_400_000, 67_000_000])
    expect(lav.title).toBe('The CAD 81.4 million and the armoured vehicles')
    expect(lav.items[1]!.label).toBe('32 LAV II vehicles')
    expect(lav.labels.share).toBe('82% of the total (derived)')
    expect(lav.notes[0]).toContain('US$67M (Naval Today, 2014)')
    expect(lav.notes[0]).toContain('US$55M (Army Recognition, 2015)')
    expect(lav.notes[0]).toContain('currency not stated (London Free Press, 2015)')
    expect(lav.sources.map((s) => s.label)).toEqual(
      expect.arrayContaining(['Naval Today', 'Army Recognition', 'London Free Press']),
    )
  })

  it('money in the three languages', () => {
    expect(formatCAD('en', 81_400_000)).toBe('CAD 81.4 million')
    expect(formatCAD('es', 81_400_000)).toBe('81.4 millones de dólares canadienses')
    expect(formatCAD('fr', 81_400_000)).toBe('81,4\u00a0M$\u00a0CA')
    expect(formatCADApprox('es', 78_996_388.11)).toBe('79 millones de dólares canadienses')
    expect(formatCADCompact('en', 734_960.49)).toBe('$735K')
    expect(formatCADCompact('fr', 81_400_000)).toBe('81,4\u00a0M\u00a0$')
    expect(chart(exportsView(data, 'fr').charts, 'lav').title).toBe('Les 81,4\u00a0M$\u00a0CA et les véhicules blindés')
  })

  it('Peru’s share: uses the first-reported 2019 total and names the revision', () => {
    const share = chart(exportsView(data, 'en').charts, 'share')
    const canada = share.items[0]!
    const used = canadaTotalsByYear(pickRecords(data).canada)
    expect(used.get(2019)?.used.id).toBe('ae-canada-2019-first-reported')
    expect(canada.records).toContain('ae-canada-2019-first-reported')
    expect(canada.records).not.toContain('ae-canada-2019-ploughshares-2024')
    const expected = [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021].reduce(
      (sum, y) => sum + used.get(y)!.used.value_cad!,
      0,
    )
    expect(canada.value).toBe(expected)
    expect(share.items[1]!.valueText).toBe('0.59%')
    expect(share.notes[0]).toContain('CAD 3,757 million')
    expect(share.notes[0]).toContain('CAD 4,308 million')
    expect(share.notes[0]).toContain('0.57%')
  })

  it('other Latin American destinations: a like-for-like window, none listed shown as such', () => {
    const region = chart(exportsView(data, 'en').charts, 'region')
    expect([...new Set(region.items.map((i) => i.group))]).toEqual(['2018', '2019', '2020', '2021'])
    const colombia2019 = region.items.find((i) => i.group === '2019' && i.label === 'Colombia')!
    expect(colombia2019.value).toBeNull()
    expect(colombia2019.announcement).toBe('2019 · Colombia: none listed')
    for (const item of region.items.filter((i) => i.value !== null))
      expect(item.value).toBe(byId.get(item.records[0]!)?.value_cad)
    expect(region.items.filter((i) => i.highlight).map((i) => i.label)).toEqual(['Peru', 'Peru', 'Peru', 'Peru'])
    expect(region.notes.join(' ')).toContain('Guatemala CAD 8,731 (2013)')
    const es = chart(exportsView(data, 'es').charts, 'region')
    expect(es.items.map((i) => i.label)).toContain('México')
  })

  it('every number on a chart comes from its records, or is labelled derived', () => {
    for (const lang of LANGS) {
      for (const c of exportsView(data, lang).charts) {
        for (const item of c.items) {
          if (item.value === null || item.status === 'period') continue
          expect(item.records.length, `${c.id}/${item.key}`).toBeGreaterThan(0)
          const own = byId.get(item.records[0]!)
          if (item.status === 'derived' || item.key === 'canada-sum') {
            expect(item.statusText, `${c.id}/${item.key}`).toMatch(/derived|derivada|dérivé/)
            continue
          }
          expect(own?.value_cad, `${c.id}/${item.key}`).toBe(item.value)
          expect(own?.sources.length).toBeGreaterThan(0)
        }
      }
    }
  })
})

describe('the permit is never an export', () => {
  it('sumExports refuses a permit', () => {
    const permit = byId.get('ae-peru-2023-permit')!
    expect(permit.kind).toBe('permit')
    expect(() => sumExports([byId.get('ae-peru-2017')!, permit])).toThrow(/permit/)
  })

  it('changing the permit’s value changes no other number', () => {
    const huge = clone()
    huge.records.find((r) => r.kind === 'permit')!.value_cad = 9e12
    const a = exportsView(data, 'en').charts.filter((c) => c.id !== 'permit')
    const b = exportsView(huge, 'en').charts.filter((c) => c.id !== 'permit')
    expect(b.map((c) => c.items.map((i) => i.value))).toEqual(a.map((c) => c.items.map((i) => i.value)))
  })

  it('is shown as a permit: an authorised ceiling, valid from 6 Feb 2023', () => {
    const permit = chart(exportsView(data, 'en').charts, 'permit')
    const item = permit.items.find((i) => i.status === 'permit')!
    expect(item.value).toBe(960_000)
    expect(item.start).toBe('2023-02-06')
    expect(item.announcement).toBe(
      'Permit of up to CAD 960,000, valid from February 6, 2023: an authorised ceiling, not an export.',
    )
    expect(permit.labels.ceiling).toBe('an authorised ceiling, not an export')
    // and in no other chart
    for (const c of exportsView(data, 'en').charts.filter((c) => c.id !== 'permit'))
      for (const i of c.items) expect(i.records).not.toContain('ae-peru-2023-permit')
  })
})

describe('frame text and table', () => {
  it('title, dek and description come from the data', () => {
    const view = exportsView(data, 'en')
    expect(view.dek).toBe(
      'CAD 81.4 million of military goods in 2014–2021, most of it 32 LAV II armoured vehicles, according to Amnesty International. In 2023, a new permit.',
    )
    expect(view.description).toContain('no figure found for 2022, 2023')
    expect(view.description).toContain('CAD 2,700')
    expect(view.description).toContain('0.59%')
    expect(exportsView(data, 'es').title).toBe('Lo que Canadá vendió al Perú')
  })

  it('the table lists the same numbers, with kind and source', () => {
    const rows = exportsView(data, 'en').table
    const row = (key: string) => rows.find((r) => r.key === key)!
    expect(row('ae-peru-2019')).toMatchObject({
      period: '2019',
      value: 'CAD 734,960.49',
      kind: 'export (official figure)',
    })
    expect(row('ae-peru-2015').value).toBe('no figure found')
    expect(row('ae-peru-2014-2016-residual')).toMatchObject({
      kind: 'derived (our arithmetic)',
      value: '≈ CAD 79 million',
    })
    expect(row('ae-peru-2023-permit')).toMatchObject({ kind: 'permit (ceiling, not an export)', value: 'CAD 960,000' })
    expect(row('peru-share').value).toBe('0.59%')
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length)
    for (const r of rows) expect(r.source.length, r.key).toBeGreaterThan(0)
  })
})

describe('bad data', () => {
  it('a dataset without the derived residual is a data problem, not a wrong chart', () => {
    const broken = clone()
    broken.records = broken.records.filter((r) => r.kind !== 'derived')
    expect(() => exportsView(broken, 'en')).toThrow(ExportsDataProblem)
  })

  it('a missing Canadian year drops the share chart instead of understating the total', () => {
    const gap = clone()
    gap.records = gap.records.filter((r) => r.id !== 'ae-canada-2016')
    expect(exportsView(gap, 'en').charts.map((c) => c.id)).not.toContain('share')
  })
})
