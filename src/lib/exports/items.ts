/**
 * The item factory: every number a chart shows is an item built here, with the records it comes from, its words in
 * the reader's language and what a screen reader hears. Shared helpers for the chart files in charts/.
 */
import type { Lang, Source } from '../data/types.ts'
import { localText } from '../i18n/local-text.ts'
import { translate, type Params } from '../i18n/index.ts'
import { exportsMessages } from './messages.ts'
import type { ChartItem, SourceLink } from './spec.ts'

export type MessageKey = keyof typeof exportsMessages.en

export function makeT(lang: Lang) {
  return (key: MessageKey, params?: Params) => translate(exportsMessages, lang, key, params)
}

export function announce(lang: Lang, label: string, valueText: string | null, statusText: string): string {
  const t = makeT(lang)
  return valueText === null
    ? t('announceNoValue', { label, status: statusText })
    : t('announce', { label, value: valueText, status: statusText })
}

export function uniqueSources(lang: Lang, items: readonly { sources: Source[] }[]): SourceLink[] {
  const seen = new Map<string, SourceLink>()
  for (const item of items)
    for (const s of item.sources)
      if (!seen.has(s.publisher))
        seen.set(s.publisher, { label: localText(lang, s.publisher, s.publisher_i18n), url: s.url })
  return [...seen.values()]
}

export function publisherList(lang: Lang, sources: readonly Source[]): string {
  return [...new Set(sources.map((s) => localText(lang, s.publisher, s.publisher_i18n)))].join('; ')
}

/** A short attribution: the publisher and the year of the piece. */
export function attribution(lang: Lang, sources: readonly Source[]): string {
  const s = sources[0]
  if (!s) return ''
  const publisher = localText(lang, s.publisher, s.publisher_i18n)
  return s.date ? `${publisher}, ${s.date.slice(0, 4)}` : publisher
}

/**
 * A chart item as a chart file gives it to chartItem: the item's own fields, with these four left to their defaults
 * when not given: `drawnFrom` (the first of `records`), `announcement` ("label: value (status)", the label being
 * `heading` when given), `detail` (none) and `sources` (none).
 */
export type ItemInput = Omit<ChartItem, Defaulted> &
  Partial<Pick<ChartItem, Defaulted>> & {
    /** what the announcement names the item by; default: its label */
    heading?: string
  }

type Defaulted = 'drawnFrom' | 'announcement' | 'detail' | 'sources'

/** One chart item; its announcement says "no figure" rather than a value when the value is null. */
export function chartItem(lang: Lang, input: ItemInput): ChartItem {
  const { heading, drawnFrom, announcement, detail, sources, ...rest } = input
  return {
    ...rest,
    drawnFrom: drawnFrom ?? input.records.slice(0, 1),
    announcement:
      announcement ??
      announce(lang, heading ?? input.label, input.value === null ? null : input.valueText, input.statusText),
    detail: detail ?? '',
    sources: sources ?? [],
  }
}

/** A chart's description for screen readers: its items' announcements, as sentences. */
export function describeItems(items: readonly ChartItem[]): string {
  return items.map((i) => i.announcement).join('. ') + '.'
}
