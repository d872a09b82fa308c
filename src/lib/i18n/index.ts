/** Languages, typed message catalogues and Intl formatting. Every widget owns a catalogue made with defineMessages. */

export const LANGS = ['en', 'es', 'fr'] as const
export type Lang = (typeof LANGS)[number]

/** The Intl locale used for each language: Canadian English and French, Peruvian Spanish. */
export const LOCALES: Record<Lang, string> = { en: 'en-CA', es: 'es-PE', fr: 'fr-CA' }

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value)
}

/** A message is plain text, or plural forms chosen with Intl.PluralRules ('other' is required). */
export type Message = string | { one?: string; other: string; zero?: string }
export type Params = Record<string, string | number>

/**
 * A catalogue in three languages. The English one is the reference: TypeScript rejects a Spanish or French
 * catalogue with a missing or extra key, and tests/unit/i18n checks the same at run time.
 */
export type Catalogue<K extends string> = Record<Lang, Record<K, Message>>

export function defineMessages<K extends string>(
  en: Record<K, Message>,
  es: NoInfer<Record<K, Message>>,
  fr: NoInfer<Record<K, Message>>,
): Catalogue<K> {
  return { en, es, fr }
}

const pluralRules = new Map<Lang, Intl.PluralRules>()
function plural(lang: Lang): Intl.PluralRules {
  let rules = pluralRules.get(lang)
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(LOCALES[lang])))
  return rules
}

/** Fill {name} placeholders; numbers are formatted for the language. Unknown placeholders stay visible. */
export function interpolate(template: string, lang: Lang, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    if (value === undefined) return whole
    return typeof value === 'number' ? formatNumber(lang, value) : value
  })
}

/** The colon after a label: French puts a no-break space before it ("Sources\u00a0: …"), as its catalogues do. */
export function colon(lang: Lang): string {
  return lang === 'fr' ? '\u00a0:' : ':'
}

export function translate<K extends string>(catalogue: Catalogue<K>, lang: Lang, key: K, params: Params = {}): string {
  const message = catalogue[lang][key] ?? catalogue.en[key]
  if (typeof message === 'string') return interpolate(message, lang, params)
  const count = typeof params.count === 'number' ? params.count : NaN
  const form = count === 0 && message.zero ? message.zero : message[plural(lang).select(count) as 'one' | 'other']
  return interpolate(form ?? message.other, lang, params)
}

/** A translator bound to one catalogue and language: t('key', { count: 3 }). */
export function translator<K extends string>(catalogue: Catalogue<K>, lang: Lang) {
  return (key: K, params?: Params) => translate(catalogue, lang, key, params)
}

const numberFormats = new Map<string, Intl.NumberFormat>()
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const id = lang + JSON.stringify(options)
  let format = numberFormats.get(id)
  if (!format) numberFormats.set(id, (format = new Intl.NumberFormat(LOCALES[lang], options)))
  return format
}

export function formatNumber(lang: Lang, value: number, options?: Intl.NumberFormatOptions): string {
  return numberFormat(lang, options).format(value)
}

export function formatPercent(lang: Lang, share: number, fractionDigits = 1): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: fractionDigits }).format(share)
}

/**
 * Money in Canadian dollars, long form, without losing precision: millions are written compactly only when
 * the compact form is exact (81,400,000 → "CAD 81.4 million"); otherwise every digit is kept.
 */
export function formatCAD(lang: Lang, value: number): string {
  const millions = value / 1e6
  const exactInMillions = Math.abs(value) >= 1e6 && Math.abs(millions * 1000 - Math.round(millions * 1000)) < 1e-6
  if (exactInMillions) {
    const amount = formatNumber(lang, millions, { maximumFractionDigits: 3 })
    if (lang === 'en') return `CAD ${amount} million`
    if (lang === 'es') return `${amount} ${millions === 1 ? 'millón' : 'millones'} de dólares canadienses`
    return `${amount}\u00a0M$\u00a0CA`
  }
  // Cents are kept as published: 21,111.10 keeps its zero; whole amounts show none.
  const amount = formatNumber(lang, value, {
    minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
    maximumFractionDigits: 2,
  })
  if (lang === 'en') return `CAD ${amount}`
  if (lang === 'es') return `${amount} dólares canadienses`
  return `${amount}\u00a0$\u00a0CA`
}

/** Short money label for axes and tight spaces (CA$81.4M, 81,4 M$ CA). */
export function formatCADShort(lang: Lang, value: number): string {
  return numberFormat(lang, {
    style: 'currency',
    currency: 'CAD',
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(value)
}

export type DateStyle = 'long' | 'medium' | 'short' | 'month' | 'monthShort' | 'dayMonth'
const dateOptions: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { dateStyle: 'long' },
  medium: { dateStyle: 'medium' },
  short: { dateStyle: 'short' },
  month: { month: 'long', year: 'numeric' },
  monthShort: { month: 'short' },
  dayMonth: { day: 'numeric', month: 'short' },
}

/** Parse an ISO calendar date (YYYY-MM-DD or YYYY-MM) as a UTC day, so no time zone moves it. */
export function parseISODate(iso: string): Date {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso)
  if (!match) throw new RangeError(`Not an ISO date: ${iso}`)
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3] ?? '1')))
}

const dateFormats = new Map<string, Intl.DateTimeFormat>()
/** Dates are calendar days: always formatted in UTC so a reader in Tokyo or Lima sees the same day. */
export function formatDate(lang: Lang, date: string | Date, style: DateStyle = 'long'): string {
  const id = lang + style
  let format = dateFormats.get(id)
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], { ...dateOptions[style], timeZone: 'UTC' })
    dateFormats.set(id, format)
  }
  return format.format(typeof date === 'string' ? parseISODate(date) : date)
}

/** "9–12 January 2023" style ranges, localised by Intl. */
const rangeFormats = new Map<Lang, Intl.DateTimeFormat>()
// The texts too: Intl's formatRange was the largest script cost of a change of the guided story's step. A page
// formats a few dozen distinct ranges; the cap only guards against an unbounded number of brushed ranges.
const rangeTexts = new Map<string, string>()
const RANGE_TEXTS_MAX = 500
export function formatDateRange(lang: Lang, start: string, end: string): string {
  const id = `${lang} ${start} ${end}`
  const known = rangeTexts.get(id)
  if (known !== undefined) return known
  let format = rangeFormats.get(lang)
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' })
    rangeFormats.set(lang, format)
  }
  const text = format.formatRange(parseISODate(start), parseISODate(end))
  if (rangeTexts.size >= RANGE_TEXTS_MAX) rangeTexts.clear()
  rangeTexts.set(id, text)
  return text
}

/** The language a page should use: an explicit flag, else the host page's <html lang>, else the browser. */
export function resolveLang(
  flag: string | null | undefined,
  htmlLang?: string | null,
  navigatorLangs?: readonly string[],
) {
  for (const candidate of [flag, htmlLang, ...(navigatorLangs ?? [])]) {
    const base = candidate?.toLowerCase().split('-')[0]
    if (isLang(base)) return base
  }
  return 'en' as Lang
}
