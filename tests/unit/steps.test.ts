/**
 * The guided story's steps: typed content whose every figure is recomputed here from the published data, in every
 * language, and whose graphic states name things that exist in the data.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { STEPS, STEP_IDS, parseStepNumber, stepAt, type StepId } from '../../src/lib/story/steps.ts'
import { stepMessages } from '../../src/lib/story/messages.ts'
import { summaryTotals } from '../../src/lib/data/derive.ts'
import { LANGS, type Lang } from '../../src/lib/i18n/index.ts'
import type { DeathsDataset, ExportsDataset, TimelineDataset } from '../../src/lib/data/types.ts'

const read = <T>(path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as T
const manifest = read<{ datasets: { name: string; version: string; path: string }[] }>('data/manifest.json')
/** The latest published version of a dataset, as the manifest lists it: the one the story draws. */
function latest<T>(name: string): T {
  const newest = manifest.datasets
    .filter((d) => d.name === name)
    .reduce((a, b) => (b.version.localeCompare(a.version, 'en', { numeric: true }) > 0 ? b : a))
  return read<T>(`data/${newest.path}`)
}
const deaths = latest<DeathsDataset>('protest-deaths')
const timeline = latest<TimelineDataset>('timeline')
const exportsData = latest<ExportsDataset>('arms-exports')
const geo = readFileSync(new URL('../../data/peru-departments/1.0.0.json', import.meta.url), 'utf8')

const text = (lang: Lang, id: StepId) => String(stepMessages[lang][`${id}_text`])
/** Checks that a figure appears in a step's text, written as each language writes it. */
function says(id: StepId, written: Record<Lang, string>) {
  for (const lang of LANGS) expect(text(lang, id), `${id} (${lang})`).toContain(written[lang])
}
const counted = deaths.records.filter((r) => r.counted_by_defensoria !== 'no')

describe('the guided story’s steps', () => {
  it('8 to 12 steps, in order, each with a heading, a text of at most about 60 words and its graphic in words', () => {
    expect(STEPS.length).toBeGreaterThanOrEqual(8)
    expect(STEPS.length).toBeLessThanOrEqual(12)
    expect(STEPS.map((s) => s.id)).toEqual([...STEP_IDS])
    for (const lang of LANGS)
      for (const { id } of STEPS) {
        for (const part of ['heading', 'text', 'graphic'] as const)
          expect(String(stepMessages[lang][`${id}_${part}`]).trim().length, `${id}_${part} (${lang})`).toBeGreaterThan(
            5,
          )
        // Spanish and French run longer than English for the same sentences.
        const words = text(lang, id).split(/\s+/).length
        expect(words, `${id} (${lang}): ${words} words`).toBeLessThanOrEqual(lang === 'en' ? 60 : 72)
      }
  })

  it('the moments the story must show, in order of date', () => {
    const dated = STEPS.filter((s) => s.state.event).map((s) => timeline.records.find((e) => e.id === s.state.event))
    expect(dated.map((e) => e?.date)).toEqual(['2022-12-07', '2022-12-15', '2023-01-09', '2023-01-19', '2023-03-05'])
    expect(STEPS.at(-1)?.state).toMatchObject({ graphic: 'exports', highlight: 'ae-peru-2023-permit' })
  })

  it('every state names an event, a department and a record that exist, and a period inside the story', () => {
    for (const { id, state } of STEPS) {
      if (state.event) {
        const event = timeline.records.find((e) => e.id === state.event)
        expect(event, id).toBeDefined()
        if (event?.department_code) expect(state.department, id).toBe(event.department_code)
        if (state.period) expect(event!.date >= state.period.start && event!.date <= state.period.end, id).toBe(true)
      }
      if (state.department) expect(geo, id).toContain(`"${state.department}"`)
      if (state.period) {
        expect(state.period.start <= state.period.end, id).toBe(true)
        expect(state.period.start >= '2022-12-07' && state.period.end <= '2023-05-31', id).toBe(true)
      }
      if (state.highlight)
        expect(
          exportsData.records.map((r) => r.id),
          id,
        ).toContain(state.highlight)
      expect(state.chart !== null, id).toBe(state.graphic === 'exports')
    }
  })

  it('7 December 2022: no death yet on the map the first step shows', () => {
    const { period } = stepAt(1)!.state
    expect(period).toEqual({ start: '2022-12-07', end: '2022-12-07' })
    expect(deaths.records.filter((r) => r.death_date === '2022-12-07' || r.incident_date === '2022-12-07')).toEqual([])
  })

  it('Ayacucho, 15 December: 10 killed, two of whom died later, all within the period the map shows', () => {
    const killed = counted.filter((r) => r.department_code === 'PE-AYA' && r.incident_date === '2022-12-15')
    expect(killed).toHaveLength(10)
    expect(killed.filter((r) => r.death_date !== '2022-12-15')).toHaveLength(2)
    const { period } = stepAt(2)!.state
    for (const r of killed) expect(r.death_date! >= period!.start && r.death_date! <= period!.end).toBe(true)
    says('ayacucho', { en: '10 people killed', es: '10 personas muertas', fr: '10 personnes tuées' })
    says('ayacucho', { en: 'two of them died', es: 'dos de ellas murieron', fr: 'deux d’entre elles' })
  })

  it('Juliaca, 9 January: 18 civilians, one dead three days later, and a police officer named in the data', () => {
    const day = counted.filter((r) => r.department_code === 'PE-PUN' && r.incident_date === '2023-01-09')
    const civilians = day.filter((r) => r.category === 'clash')
    expect(civilians).toHaveLength(18)
    expect(civilians.filter((r) => r.death_date === '2023-01-12')).toHaveLength(1)
    const police = day.filter((r) => r.category === 'police')
    expect(police).toHaveLength(1)
    says('juliaca', { en: '18 civilians', es: '18 civiles', fr: '18 civils' })
    says('juliaca', { en: police[0]!.name!, es: police[0]!.name!, fr: police[0]!.name! })
  })

  it('Lima: one death the Defensoría counted, named with the age the data gives', () => {
    const lima = counted.filter((r) => r.department_code === 'PE-LIM')
    expect(lima).toHaveLength(1)
    const [victim] = lima
    expect(victim).toMatchObject({ death_date: '2023-01-28', age: 55 })
    says('lima', { en: `${victim!.name}, 55`, es: `${victim!.name}, de 55 años`, fr: `${victim!.name}, 55 ans` })
  })

  it('the Ilave river: six soldiers, all in Puno on 5 March 2023, the only deaths the step’s map shows', () => {
    const soldiers = counted.filter((r) => r.category === 'soldier')
    expect(soldiers).toHaveLength(6)
    for (const r of soldiers) expect(r).toMatchObject({ department_code: 'PE-PUN', incident_date: '2023-03-05' })
    expect(stepAt(5)!.state.categories).toEqual(['soldier'])
    says('ilave', { en: 'Six soldiers', es: 'Seis soldados', fr: 'Six soldats' })
  })

  it('the count: 67 = 49 + 11 + 1 + 6, and 14 outside it, 7 of them reported by UNHCR and IOM', () => {
    expect(summaryTotals(deaths.records)).toMatchObject({
      defensoria: { total: 67, clash: 49, blockade: 11, police: 1, soldier: 6 },
      other: 14,
    })
    expect(deaths.totals.find((t) => t.id === 'unhcr-iom-7')?.value).toBe(7)
    for (const lang of LANGS)
      for (const figure of ['67', '49', '11', '1', '6'])
        expect(text(lang, 'count')).toMatch(new RegExp(`\\b${figure} `))
    says('others', { en: '14 more deaths', es: '14 muertes más', fr: '14 autres morts' })
    says('others', { en: '7 Haitian migrants', es: '7 migrantes haitianos', fr: '7 migrants haïtiens' })
  })

  it('the exports: CAD 81.4 million, 32 LAV II at CAD 67 million, CAD 2.4 million, a CAD 960,000 permit', () => {
    const record = (id: string) => exportsData.records.find((r) => r.id === id)
    expect(record('ae-peru-2014-2021-total')?.value_cad).toBe(81_400_000)
    expect(record('ae-peru-lav-ii')).toMatchObject({ value_cad: 67_000_000, quantity: 32 })
    expect(Math.round((record('ae-peru-2017-2021-sum')?.value_cad ?? 0) / 100_000) / 10).toBe(2.4)
    expect(record('ae-peru-2023-permit')).toMatchObject({ value_cad: 960_000, valid_from: '2023-02-06' })
    says('lav', { en: 'CAD 81.4 million', es: '81.4 millones', fr: '81,4\u00a0M$\u00a0CA' })
    says('lav', { en: 'CAD 67 million', es: '67 millones', fr: '67\u00a0M$\u00a0CA' })
    says('lav', { en: '32 LAV II', es: '32 vehículos blindados LAV II', fr: '32 véhicules blindés LAV II' })
    says('official', { en: 'CAD 2.4 million', es: '2.4 millones', fr: '2,4\u00a0M$\u00a0CA' })
    says('permit', { en: 'CAD 960,000', es: '960,000', fr: '960 000\u00a0$\u00a0CA' })
    says('permit', { en: '6 February 2023', es: '6 de febrero de 2023', fr: '6 février 2023' })
  })

  it('a step number from a link: 1 to N, nothing else', () => {
    expect(parseStepNumber('3')).toBe(3)
    expect(parseStepNumber(String(STEPS.length))).toBe(STEPS.length)
    for (const raw of ['0', String(STEPS.length + 1), '-1', '2.5', 'two', '', null, '1e1', '<b>'])
      expect(parseStepNumber(raw)).toBeNull()
  })
})
