/** A host's focus: which record ids each chart can highlight, and how a chart and a highlight apply (or are refused). */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ExportsDataset } from '../../../src/lib/data/types.ts'
import { LANGS } from '../../../src/lib/i18n/index.ts'
import { exportsView } from '../../../src/lib/exports/model.ts'
import {
  CHART_IDS,
  canHighlight,
  focusCharts,
  highlightSentence,
  highlightsByChart,
  isChartId,
} from '../../../src/lib/exports/focus.ts'

const data = JSON.parse(readFileSync('data/arms-exports/1.1.0.json', 'utf8')) as ExportsDataset
const charts = exportsView(data, 'en').charts

describe('highlightsByChart', () => {
  const ids = highlightsByChart(data)

  it('lists, for each of the five charts, the records whose figure it draws', () => {
    expect(Object.keys(ids)).toEqual([...CHART_IDS])
    expect(ids.lav).toEqual(['ae-peru-2014-2021-total', 'ae-peru-lav-ii'])
    expect(ids.permit).toEqual(['ae-peru-2023-permit'])
    expect(ids.yearly?.[0]).toBe('ae-peru-2014-2016-residual')
    expect(ids.yearly).toContain('ae-peru-2019')
    // a year with no figure is drawn too, in words
    expect(ids.yearly).toContain('ae-peru-2022')
    expect(ids.region).toEqual(expect.arrayContaining(['ae-peru-2018', 'ae-mexico-2020', 'ae-colombia-2021']))
    // Peru's share is drawn from the total; Canada's bar from each year's preferred revision, never the other one
    expect(ids.share).toContain('ae-peru-2014-2021-total')
    expect(ids.share).toContain('ae-canada-2019-first-reported')
    expect(ids.share).not.toContain('ae-canada-2019-ploughshares-2024')
  })

  it('every id is a record of the dataset, and every record a chart draws is listed', () => {
    const known = new Set(data.records.map((r) => r.id))
    for (const list of Object.values(ids)) for (const id of list) expect(known.has(id), id).toBe(true)
    for (const spec of charts)
      for (const item of spec.items) for (const id of item.drawnFrom) expect(ids[spec.id]).toContain(id)
  })

  it('is the same in every language', () => {
    for (const lang of LANGS)
      for (const spec of exportsView(data, lang).charts)
        expect(spec.items.flatMap((i) => i.drawnFrom)).toEqual(
          charts.find((c) => c.id === spec.id)!.items.flatMap((i) => i.drawnFrom),
        )
  })

  it('lets a story step be checked: a chart and an id it does not draw fail', () => {
    expect(canHighlight(data, 'lav', 'ae-peru-lav-ii')).toBe(true)
    expect(canHighlight(data, 'permit', 'ae-peru-2023-permit')).toBe(true)
    expect(canHighlight(data, 'lav', 'ae-peru-2023-permit')).toBe(false)
    expect(canHighlight(data, 'permit', 'ae-peru-lav-ii')).toBe(false)
    // 2015 is inside the derived 2014–2016 span: no chart draws its (missing) figure on its own
    expect(canHighlight(data, 'yearly', 'ae-peru-2015')).toBe(false)
    expect(canHighlight(data, null, 'ae-peru-2018')).toBe(true)
    expect(canHighlight(data, null, 'no-such-record')).toBe(false)
  })
})

describe('focusCharts', () => {
  it('without a focus, gives the charts back as they are (the prerendered SVGs stay valid)', () => {
    const out = focusCharts(charts, null, null)
    expect(out.charts).toEqual(charts)
    expect(out.charts.every((c) => c.focus === undefined)).toBe(true)
    expect(out).toMatchObject({ chart: null, highlight: null, highlighted: [], warnings: [] })
    expect(focusCharts(charts, '', '').warnings).toEqual([])
  })

  it('one chart, compact, with the item drawn from the record emphasised', () => {
    const out = focusCharts(charts, 'lav', 'ae-peru-lav-ii')
    expect(out.chart).toBe('lav')
    expect(out.highlight).toBe('ae-peru-lav-ii')
    expect(out.charts.map((c) => c.id)).toEqual(['lav'])
    expect(out.charts[0]!.focus).toEqual({ keys: ['ae-peru-lav-ii'], compact: true })
    expect(out.highlighted.map((i) => i.key)).toEqual(['ae-peru-lav-ii'])
    expect(out.warnings).toEqual([])
  })

  it('a chart alone without a highlight is still compact', () => {
    const out = focusCharts(charts, 'permit', null)
    expect(out.charts[0]!.focus).toEqual({ keys: [], compact: true })
  })

  it('a highlight across all five charts marks it wherever it is drawn, and leaves the others untouched', () => {
    const out = focusCharts(charts, null, 'ae-peru-2018')
    expect(out.charts).toHaveLength(5)
    const focused = out.charts.filter((c) => c.focus)
    expect(focused.map((c) => [c.id, c.focus])).toEqual([
      ['yearly', { keys: ['ae-peru-2018'], compact: false }],
      ['region', { keys: ['region-ae-peru-2018'], compact: false }],
    ])
  })

  it('an unknown chart shows every chart, with a warning that repeats nothing of the input', () => {
    const input = '<img src=x onerror=alert(1)>'
    const out = focusCharts(charts, input, null)
    expect(out.chart).toBeNull()
    expect(out.charts).toHaveLength(5)
    expect(out.warnings).toHaveLength(1)
    expect(out.warnings[0]).not.toContain(input)
    expect(out.warnings[0]).toContain('showing every chart')
    expect(focusCharts(charts, 42, null).charts).toHaveLength(5)
  })

  it('an unknown highlight, or one the shown chart does not draw, highlights nothing, with a warning', () => {
    for (const [chart, highlight] of [
      ['lav', 'ae-peru-2023-permit'],
      [null, 'ae-peru-20"><script>'],
      ['yearly', { id: 'ae-peru-2019' }],
    ] as const) {
      const out = focusCharts(charts, chart, highlight)
      expect(out.highlight).toBeNull()
      expect(out.highlighted).toEqual([])
      expect(out.warnings).toHaveLength(1)
      if (typeof highlight === 'string') expect(out.warnings[0]).not.toContain(highlight)
    }
    // the chart itself still applies
    expect(focusCharts(charts, 'lav', 'ae-peru-2023-permit').charts.map((c) => c.id)).toEqual(['lav'])
  })

  it('isChartId knows the five ids and nothing else', () => {
    expect(CHART_IDS.every(isChartId)).toBe(true)
    for (const v of ['', 'LAV', 'lav ', null, undefined, 3]) expect(isChartId(v)).toBe(false)
  })
})

describe('highlightSentence', () => {
  it('says the highlighted item with its value in each language, from the data', () => {
    const say = (lang: (typeof LANGS)[number], chart: string, id: string) =>
      highlightSentence(lang, focusCharts(exportsView(data, lang).charts, chart, id).highlighted)
    expect(say('en', 'lav', 'ae-peru-lav-ii')).toBe(
      'Highlighted: 32 LAV II vehicles: CAD 67 million (value disputed; 82% of the total (derived)).',
    )
    expect(say('es', 'yearly', 'ae-peru-2019')).toBe('Resaltado: 2019: 734,960.49 dólares canadienses (cifra oficial).')
    expect(say('fr', 'permit', 'ae-peru-2023-permit')).toBe(
      'Mis en évidence\u00a0: Licence d’au plus 960\u00a0000\u00a0$\u00a0CA, valide à partir du 6 février 2023\u00a0: un plafond autorisé, pas une exportation.',
    )
    expect(highlightSentence('en', [])).toBe('')
  })
})
