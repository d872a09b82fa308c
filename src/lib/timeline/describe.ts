/** Words generated from the data, in the reader's language: title, dek, description, notes, lanes and names. */
import { STORY_END, STORY_START, summaryTotals, type DateField } from '../data/derive.ts'
import type {
  Category,
  DeathRecord,
  Lang,
  Localized,
  TimelineCategory,
  TimelineDataset,
  TimelineEvent,
} from '../data/types.ts'
import { placeText, placeTexts, type PlaceTexts } from '../i18n/local-text.ts'
import { formatDate, formatDateRange, formatNumber, LOCALES, translate, type Params } from '../i18n/index.ts'
import { nonZeroDays, peakDay, placeCounts, timelineBins, type DayColumn } from './bins.ts'
import { timelineMessages, type TimelineMessageKey } from './messages.ts'

export function t(lang: Lang, key: TimelineMessageKey, params?: Params): string {
  return translate(timelineMessages, lang, key, params)
}

/** "A, B and C" in the reader's language (Intl.ListFormat). */
export function list(lang: Lang, items: readonly string[]): string {
  return new Intl.ListFormat(LOCALES[lang], { style: 'long', type: 'conjunction' }).format(items)
}

export const CATEGORY_KEYS: Record<Category, TimelineMessageKey> = {
  clash: 'catClash',
  blockade: 'catBlockade',
  police: 'catPolice',
  soldier: 'catSoldier',
  other: 'catOther',
}

/** Event lanes: seven categories in four lanes, so each lane reads as one thread of the story. */
export type Lane = 'state' | 'protest' | 'international' | 'canada'
export const LANES: readonly Lane[] = ['state', 'protest', 'international', 'canada']
export const LANE_KEYS: Record<Lane, TimelineMessageKey> = {
  state: 'laneState',
  protest: 'laneProtest',
  international: 'laneInternational',
  canada: 'laneCanada',
}

export function laneOf(category: TimelineCategory): Lane {
  switch (category) {
    case 'protest':
    case 'violence':
      return 'protest'
    case 'international':
      return 'international'
    case 'canada':
      return 'canada'
    default:
      return 'state'
  }
}

/** Department names (from data/peru-departments 1.0.0): the timeline does not load the map's geometry for 26 names. */
const DEPARTMENTS: Record<string, string | Localized> = {
  'PE-AMA': 'Amazonas',
  'PE-ANC': { en: 'Áncash', es: 'Áncash', fr: 'Ancash' },
  'PE-APU': 'Apurímac',
  'PE-ARE': 'Arequipa',
  'PE-AYA': 'Ayacucho',
  'PE-CAJ': 'Cajamarca',
  'PE-CAL': 'Callao',
  'PE-CUS': { en: 'Cusco', es: 'Cusco', fr: 'Cuzco' },
  'PE-HUC': 'Huánuco',
  'PE-HUV': 'Huancavelica',
  'PE-ICA': 'Ica',
  'PE-JUN': 'Junín',
  'PE-LAL': 'La Libertad',
  'PE-LAM': 'Lambayeque',
  'PE-LIM': 'Lima',
  'PE-LOR': 'Loreto',
  'PE-MDD': 'Madre de Dios',
  'PE-MOQ': 'Moquegua',
  'PE-PAS': 'Pasco',
  'PE-PIU': 'Piura',
  'PE-PUN': 'Puno',
  'PE-SAM': 'San Martín',
  'PE-TAC': 'Tacna',
  'PE-TUM': 'Tumbes',
  'PE-UCA': 'Ucayali',
}

/** A department's name; an unknown code is shown as itself, never as a blank. */
export function departmentLabel(code: string, lang: Lang): string {
  const name = DEPARTMENTS[code]
  if (!name) return code
  return typeof name === 'string' ? name : name[lang]
}

export function dateKind(lang: Lang, field: DateField): string {
  return t(lang, field === 'death' ? 'dateKindDeath' : 'dateKindIncident')
}

export function timelineTitle(lang: Lang): string {
  return t(lang, 'title')
}

export function timelineDek(lang: Lang, field: DateField): string {
  return t(lang, 'dek', { dateKind: dateKind(lang, field), range: formatDateRange(lang, STORY_START, STORY_END) })
}

export function timelineNotes(lang: Lang, records: readonly DeathRecord[]): string {
  const d = summaryTotals(records).defensoria
  return t(lang, 'notes', { ...d })
}

/** The description screen readers hear, computed from the data for the current date field and filter. */
export function describeTimeline(
  lang: Lang,
  records: readonly DeathRecord[],
  timeline: TimelineDataset,
  options: { dateField: DateField; includeOther: boolean; interactive: boolean },
): string {
  const bins = timelineBins(records, { dateField: options.dateField, includeOther: options.includeOther })
  const official = timelineBins(records, { dateField: options.dateField, includeOther: false })
  const days = nonZeroDays(official.days)
  const parts: string[] = []
  const first = days[0]
  const last = days.at(-1)
  if (first && last) {
    parts.push(
      t(lang, 'descCount', {
        total: official.total,
        dateKind: dateKind(lang, options.dateField),
        first: formatDate(lang, first.date),
        last: formatDate(lang, last.date),
        end: formatDate(lang, STORY_END),
      }),
    )
  }
  const peak = peakDay(bins.days)
  if (peak) {
    const places = placeCounts(records, peak.date, options)
    const texts = placeTexts(records)
    const date = formatDate(lang, peak.date)
    const only = places.length === 1 ? places[0] : undefined
    parts.push(
      only
        ? t(lang, 'descPeakOne', { date, count: peak.total, place: placeText(lang, only.place, texts) })
        : t(lang, 'descPeakMany', {
            date,
            count: peak.total,
            places: list(
              lang,
              places.map((p) => t(lang, 'placeCount', { count: p.count, place: placeText(lang, p.place, texts) })),
            ),
          }),
    )
  }
  const monthCount = bins.months.reduce((s, m) => s + m.total, 0)
  if (monthCount > 0) {
    const months = list(
      lang,
      bins.months.map((m) => formatDate(lang, m.month, 'month')),
    )
    parts.push(t(lang, 'descMonths', { count: monthCount, months }))
  }
  const other = summaryTotals(records).other
  if (other > 0) parts.push(t(lang, options.includeOther ? 'descOtherShown' : 'descOtherHidden', { count: other }))
  const keys = timeline.records.filter((e) => e.key && e.short_label).map((e) => eventLabel(e, lang))
  parts.push(t(lang, 'descEvents', { count: timeline.records.length, keys: list(lang, keys) }))
  if (timeline.periods.length) parts.push(t(lang, 'descPeriods', { count: timeline.periods.length }))
  if (options.interactive) parts.push(t(lang, 'descHandles'))
  return parts.join(' ')
}

/** An event's short label (key events) or its headline. */
export function eventLabel(event: TimelineEvent, lang: Lang): string {
  return event.short_label?.[lang] ?? event.headline[lang]
}

/** One day in words (what the live region says when the keyboard reaches it): its deaths by category and places. */
export function dayText(lang: Lang, day: DayColumn, categories: readonly Category[], texts: PlaceTexts): string {
  const date = formatDate(lang, day.date)
  if (day.total === 0) return `${date}: ${t(lang, 'noDeathsDay')}.`
  const parts = categories
    .filter((c) => day.byCategory[c] > 0)
    .map((c) => `${formatNumber(lang, day.byCategory[c])} ${t(lang, CATEGORY_KEYS[c]).toLowerCase()}`)
  const places = list(
    lang,
    day.places.map((p) => placeText(lang, p, texts)),
  )
  return `${date}: ${t(lang, 'deaths', { count: day.total })} (${list(lang, parts)}). ${t(lang, 'places', { places })}.`
}
