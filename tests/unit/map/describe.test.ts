import { describe, expect, it } from 'vitest'
import { departmentNames, emptyCounts } from '../../../src/lib/data/derive.ts'
import {
  announceDepartment,
  announcePlace,
  describeMap,
  dekText,
  rangeText,
  titleText,
} from '../../../src/lib/map/describe.ts'
import { CATEGORY_ORDER, DEFAULT_FILTER, hiddenOthers, mapCounts } from '../../../src/lib/map/model.ts'
import { deaths, geo } from './fixtures.ts'

const names = departmentNames(geo)
const codes = Object.keys(names)
const puno = { total: 29, byCategory: { ...emptyCounts(), clash: 21, blockade: 1, police: 1, soldier: 6 } }
const others = (filter = DEFAULT_FILTER) =>
  Object.values(hiddenOthers(deaths.records, filter)).reduce((a, b) => a + b, 0)

describe('announcements', () => {
  it('says a department’s deaths by category, in each language', () => {
    expect(announceDepartment('en', 'Puno', puno, CATEGORY_ORDER)).toBe(
      'Puno: 29 deaths — 21 in clashes, 1 blockade-linked, 1 police officer, 6 soldiers',
    )
    expect(announceDepartment('es', 'Puno', puno, CATEGORY_ORDER)).toBe(
      'Puno: 29 muertes — 21 en enfrentamientos, 1 vinculada a bloqueos, 1 policía, 6 soldados',
    )
    expect(announceDepartment('fr', 'Puno', puno, CATEGORY_ORDER)).toBe(
      'Puno\u00a0: 29 décès — 21 lors d’affrontements, 1 lié aux blocages, 1 policier, 6 soldats',
    )
  })

  it('says “no deaths”, and mentions other reported deaths that are not shown', () => {
    const zero = { total: 0, byCategory: emptyCounts() }
    expect(announceDepartment('en', 'Huancavelica', zero, CATEGORY_ORDER, 1)).toBe(
      'Huancavelica: no deaths; 1 other reported death outside the Defensoría’s count is not shown',
    )
    expect(announceDepartment('es', 'Tumbes', zero, CATEGORY_ORDER)).toBe('Tumbes: ninguna muerte')
    expect(
      announcePlace('en', 'Juliaca', 'Puno', { total: 1, byCategory: { ...emptyCounts(), clash: 1 } }, CATEGORY_ORDER),
    ).toBe('Juliaca (Puno): 1 death — 1 in clashes')
  })
})

describe('describeMap', () => {
  /** The words for the map the filter draws, with that many other deaths left out of it. */
  const inputFor = (filter: typeof DEFAULT_FILTER, otherDeaths: number) => ({
    counts: mapCounts(deaths.records, codes, filter),
    names,
    filter,
    otherDeaths,
  })
  const input = inputFor(DEFAULT_FILTER, others())

  it('is computed from the data, in English', () => {
    const text = describeMap('en', input)
    expect(text).toContain('In all, 67 deaths.')
    expect(text).toContain(
      'Most deaths were in Puno (29) and Ayacucho (10), followed by Apurímac (7), Cusco (6), Arequipa (5), La Libertad (5), Junín (3), Lima (1) and San Martín (1).',
    )
    expect(text).toContain('The deadliest place was Juliaca (19).')
    expect(text).toContain('14 other reported deaths, outside the Defensoría’s count, are not included.')
    expect(text).toContain('by date of death')
    expect(text).toContain('December 7, 2022')
  })

  it('in Spanish and French', () => {
    const es = describeMap('es', input)
    expect(es).toContain('En total, 67 muertes.')
    expect(es).toContain('La mayoría de las muertes ocurrieron en Puno (29) y Ayacucho (10), seguidos de Apurímac (7)')
    expect(es).toContain('fecha de fallecimiento')
    const fr = describeMap('fr', input)
    expect(fr).toContain('Au total, 67 décès.')
    expect(fr).toContain('La plupart des décès ont eu lieu à Puno (29) et à Ayacucho (10), puis à Apurímac (7)')
    expect(fr).toContain('Cuzco (6), Arequipa (5), La Libertad (5), Junín (3), Lima (1) et San Martín (1).')
  })

  it('follows the filters: with other deaths, one category, an empty period', () => {
    const all = { ...DEFAULT_FILTER, includeOther: true }
    const allText = describeMap('en', inputFor(all, 14))
    expect(allText).toContain('In all, 81 deaths.')
    expect(allText).toContain('Puno (36)')
    expect(allText).toContain('Includes 14 other reported deaths')
    const soldiers = { ...DEFAULT_FILTER, categories: ['soldier' as const] }
    const soldierText = describeMap('en', inputFor(soldiers, 0))
    expect(soldierText).toContain('only: soldiers')
    expect(soldierText).toContain('All of them were in Puno (6).')
    const empty = { ...DEFAULT_FILTER, period: { start: '2023-04-01', end: '2023-05-31' } }
    expect(describeMap('fr', inputFor(empty, 0))).toContain('Aucun décès n’a été enregistré')
  })

  it('titles and ranges', () => {
    expect(titleText('en', 67)).toBe('Where 67 people died in Peru’s protests')
    expect(titleText('es', 67)).toContain('67 personas')
    expect(dekText('fr')).toContain('7 décembre 2022')
    expect(rangeText('en', { start: '2023-01-09', end: '2023-01-09' })).toBe('January 9, 2023')
  })
})
