/**
 * Words generated from the data in the reader's language: the title, dek and screen-reader description of the
 * map, and what the live region says about a department or a place. Pure: tested in node in all three languages.
 */
import type { Tally } from '../data/derive.ts'
import { STORY_END, STORY_START, departmentName, type DepartmentNames } from '../data/derive.ts'
import type { Category } from '../data/types.ts'
import { LOCALES, formatDate, formatDateRange, formatNumber, translate, type Lang } from '../i18n/index.ts'
import { placeText, type PlaceTexts } from '../i18n/local-text.ts'
import type { Period } from '../state/selection.svelte.ts'
import { mapMessages, type MapMessageKey } from './messages.ts'
import { OFFICIAL_CATEGORIES, shownCategories, type MapCounts, type MapFilter } from './model.ts'

type Params = Record<string, string | number>

export function t(lang: Lang, key: MapMessageKey, params?: Params): string {
  return translate(mapMessages, lang, key, params)
}

const CATEGORY_COUNT_KEY: Record<Category, MapMessageKey> = {
  clash: 'catClash',
  blockade: 'catBlockade',
  police: 'catPolice',
  soldier: 'catSoldier',
  other: 'catOther',
}

export const CATEGORY_NAME_KEY: Record<Category, MapMessageKey> = {
  clash: 'nameClash',
  blockade: 'nameBlockade',
  police: 'namePolice',
  soldier: 'nameSoldier',
  other: 'nameOther',
}

export const CATEGORY_COLUMN_KEY: Record<Category, MapMessageKey> = {
  clash: 'colClash',
  blockade: 'colBlockade',
  police: 'colPolice',
  soldier: 'colSoldier',
  other: 'colOther',
}

/** The main places get a label on the map, most important first (label placement keeps that priority). */
export const MAIN_PLACES: readonly { key: string; label: string }[] = [
  { key: 'Juliaca', label: 'Juliaca' },
  { key: 'Ayacucho (Huamanga)', label: 'Ayacucho' },
  { key: 'Andahuaylas', label: 'Andahuaylas' },
  { key: 'Cusco', label: 'Cusco' },
  { key: 'Lima (Cercado)', label: 'Lima' },
  { key: 'Cerro Colorado (Arequipa)', label: 'Arequipa' },
  { key: 'Pichanaqui', label: 'Pichanaqui' },
  { key: 'Macusani', label: 'Macusani' },
]

/** "7 December 2022 – 31 May 2023" for the story window, or the chosen period. */
export function rangeText(lang: Lang, period: Period | null): string {
  const p = period ?? { start: STORY_START, end: STORY_END }
  return p.start === p.end ? formatDate(lang, p.start) : formatDateRange(lang, p.start, p.end)
}

// Built once per language: a formatter is costly to create, and tooltips and the live region list on every move.
const listFormats = new Map<Lang, Intl.ListFormat>()

function list(lang: Lang, items: string[]): string {
  let format = listFormats.get(lang)
  if (!format) {
    format = new Intl.ListFormat(LOCALES[lang], { style: 'long', type: 'conjunction' })
    listFormats.set(lang, format)
  }
  return format.format(items)
}

export function deathsText(lang: Lang, count: number): string {
  return t(lang, 'deaths', { count })
}

/** "21 in clashes, 1 blockade-linked, 1 police officer, 6 soldiers": categories with deaths, in map order. */
export function breakdownText(lang: Lang, tally: Tally, order: readonly Category[]): string {
  return order
    .filter((c) => tally.byCategory[c] > 0)
    .map((c) => t(lang, CATEGORY_COUNT_KEY[c], { count: tally.byCategory[c] }))
    .join(', ')
}

/** "Puno: 29 deaths — 21 in clashes, 1 blockade-linked, 1 police officer, 6 soldiers". */
export function announceDepartment(
  lang: Lang,
  name: string,
  tally: Tally,
  order: readonly Category[],
  hiddenOthers = 0,
): string {
  const deaths = deathsText(lang, tally.total)
  const breakdown = breakdownText(lang, tally, order)
  const text = breakdown
    ? t(lang, 'announceBreakdown', { name, deaths, breakdown })
    : t(lang, 'announce', { name, deaths })
  return hiddenOthers > 0 ? t(lang, 'announceHidden', { text, count: hiddenOthers }) : text
}

export function announcePlace(
  lang: Lang,
  place: string,
  department: string,
  tally: Tally,
  order: readonly Category[],
): string {
  const deaths = deathsText(lang, tally.total)
  const breakdown = breakdownText(lang, tally, order)
  return breakdown
    ? t(lang, 'announcePlaceBreakdown', { place, department, deaths, breakdown })
    : t(lang, 'announcePlace', { place, department, deaths })
}

/** Short label of a place: the main places' labels, otherwise the data's own place key in the reader's language. */
export function placeLabel(lang: Lang, placeKey: string, texts: PlaceTexts): string {
  return MAIN_PLACES.find((p) => p.key === placeKey)?.label ?? placeText(lang, placeKey, texts)
}

export function titleText(lang: Lang, officialTotal: number): string {
  return t(lang, 'title', { count: officialTotal })
}

export function dekText(lang: Lang): string {
  return t(lang, 'dek', { range: rangeText(lang, null) })
}

function whatText(lang: Lang, filter: MapFilter): string {
  const all = OFFICIAL_CATEGORIES.every((c) => filter.categories.includes(c))
  if (all) return t(lang, filter.includeOther ? 'whatAll' : 'whatOfficial')
  const names = shownCategories(filter).map((c) => t(lang, CATEGORY_NAME_KEY[c]).toLocaleLowerCase(LOCALES[lang]))
  return t(lang, 'whatSome', { categories: list(lang, names) })
}

export interface DescribeInput {
  counts: MapCounts
  names: DepartmentNames
  filter: MapFilter
  /** other reported deaths the filter hides (all departments), or shows when includeOther is on */
  otherDeaths: number
  /** the places' names in Spanish and French, from the data (placeTexts) */
  places?: PlaceTexts
}

/** The GraphicFrame description: what the map shows and its main numbers, computed from the data. */
export function describeMap(lang: Lang, { counts, names, filter, otherDeaths, places }: DescribeInput): string {
  const num = (n: number) => formatNumber(lang, n)
  const name = (code: string) => departmentName(code, lang, names)
  const parts = [
    t(lang, filter.dateField === 'incident' ? 'descIntroIncident' : 'descIntro', {
      what: whatText(lang, filter),
      range: rangeText(lang, filter.period),
    }),
  ]
  const ranked = counts.ranked
  const [first, second] = ranked
  if (!first) {
    parts.push(t(lang, 'descNone'))
  } else {
    parts.push(t(lang, 'descTotal', { count: counts.total.total }))
    const top = { first: name(first.code), firstCount: num(first.tally.total) }
    if (!second) parts.push(t(lang, 'descOnly', top))
    else {
      const pair = { ...top, second: name(second.code), secondCount: num(second.tally.total) }
      const rest = ranked.slice(2).map((d) => `${name(d.code)} (${num(d.tally.total)})`)
      parts.push(rest.length ? t(lang, 'descMostRest', { ...pair, rest: list(lang, rest) }) : t(lang, 'descMost', pair))
    }
    const place = counts.places[0]
    if (place)
      parts.push(
        t(lang, 'descPlace', { place: placeLabel(lang, place.place_key, places ?? new Map()), count: place.total }),
      )
  }
  if (otherDeaths > 0)
    parts.push(t(lang, filter.includeOther ? 'descOthersShown' : 'descOthersHidden', { count: otherDeaths }))
  return parts.join(' ')
}

/** "December 2022" for month-only dates, else the medium date. */
export function dateText(lang: Lang, date: string, precision: 'day' | 'month'): string {
  return precision === 'month'
    ? t(lang, 'monthOnlyDate', { month: formatDate(lang, date, 'month') })
    : formatDate(lang, date, 'medium')
}
