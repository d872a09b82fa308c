/**
 * The timeline's numbers as table columns: one row per day with deaths (a column per category drawn, the total and
 * the places) with a footer of totals, and one row per event. Pure: the widget gives the rows.
 */
import type { Category, TimelineEvent } from '../data/types.ts'
import { formatDate, formatNumber, type Lang } from '../i18n/index.ts'
import { placeText, type PlaceTexts } from '../i18n/local-text.ts'
import type { Column } from '../ui/table.ts'
import type { DayColumn } from './bins.ts'
import { CATEGORY_KEYS, LANE_KEYS, laneOf, list, t } from './describe.ts'

/** The days' columns: date, a column per category drawn, the total, and the places (in the reader's language). */
export function dayTableColumns(lang: Lang, categories: readonly Category[], places: PlaceTexts): Column<DayColumn>[] {
  return [
    {
      key: 'date',
      label: t(lang, 'colDate'),
      cell: (d) => formatDate(lang, d.date, 'medium'),
      sortValue: (d) => d.date,
      rowHeader: true,
    },
    ...categories.map((c): Column<DayColumn> => ({
      key: c,
      label: t(lang, CATEGORY_KEYS[c]),
      cell: (d) => formatNumber(lang, d.byCategory[c]),
      sortValue: (d) => d.byCategory[c],
      align: 'end',
    })),
    {
      key: 'total',
      label: t(lang, 'colTotal'),
      cell: (d) => formatNumber(lang, d.total),
      sortValue: (d) => d.total,
      align: 'end',
    },
    {
      key: 'places',
      label: t(lang, 'colPlaces'),
      cell: (d) =>
        list(
          lang,
          d.places.map((p) => placeText(lang, p, places)),
        ),
    },
  ]
}

/** The days' footer, added up from the rows themselves, so it always matches what the table shows. */
export function dayTableFooter(lang: Lang, rows: readonly DayColumn[], categories: readonly Category[]): string[] {
  return [
    t(lang, 'tableTotal'),
    ...categories.map((c) =>
      formatNumber(
        lang,
        rows.reduce((s, d) => s + d.byCategory[c], 0),
      ),
    ),
    formatNumber(
      lang,
      rows.reduce((s, d) => s + d.total, 0),
    ),
    '',
  ]
}

/** The events' columns: date (to the month when that is all that is known), headline, lane, deaths. */
export function eventTableColumns(lang: Lang): Column<TimelineEvent>[] {
  return [
    {
      key: 'date',
      label: t(lang, 'colDate'),
      cell: (e) => formatDate(lang, e.date, e.date_precision === 'month' ? 'month' : 'long'),
      sortValue: (e) => e.date,
      rowHeader: true,
    },
    { key: 'event', label: t(lang, 'colEvent'), cell: (e) => e.headline[lang] },
    { key: 'lane', label: t(lang, 'colLane'), cell: (e) => t(lang, LANE_KEYS[laneOf(e.category)]) },
    {
      key: 'deaths',
      label: t(lang, 'colDeaths'),
      cell: (e) => (e.deaths === null ? '–' : formatNumber(lang, e.deaths)),
      sortValue: (e) => e.deaths ?? -1,
      align: 'end',
    },
  ]
}
