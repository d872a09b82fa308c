/**
 * Render flags: one typed schema, read from an iframe page's query string or a custom element's attributes.
 * Unknown or hostile values fall back to defaults with a warning; nothing from the input is echoed into the page.
 */
import { isLang, resolveLang, type Lang } from './i18n/index.ts'

export const THEMES = ['light', 'dark', 'auto'] as const
export type Theme = (typeof THEMES)[number]

export interface RenderFlags {
  /** Language of every text in the graphic. */
  lang: Lang
  /** Colour theme; 'auto' follows the reader's system setting. */
  theme: Theme
  /** Graphic only: no title, description, notes or source chrome (the host page provides them). */
  plain: boolean
  /** No interaction: no tooltips, no brushing, no selection (for print, screenshots, AMP). */
  static: boolean
}

export const DEFAULT_FLAGS: RenderFlags = { lang: 'en', theme: 'auto', plain: false, static: false }

/** The language a page asks for: its `<html lang>` when that is en, es or fr (any region), else English. */
export function pageLang(htmlLang: string | null | undefined): Lang {
  return resolveLang(null, htmlLang)
}

function readHtmlLang(): string | null {
  return typeof document === 'undefined' ? null : document.documentElement.lang
}

/** Flags as a component receives them: any may be left out, and a plain-JavaScript host may pass anything. */
export type FlagProps = { [K in keyof RenderFlags]?: unknown }

/**
 * The flags a widget draws with, from its props: each one as given when valid, else its default. A value of the
 * wrong kind is refused with a console warning, as the query-string flags are; a left-out one is silently defaulted.
 */
export function flagsFromProps(props: FlagProps, context: Omit<FlagContext, 'navigatorLangs'> = {}): RenderFlags {
  const warn = context.warn ?? ((message: string) => console.warn(`[peru-protests] ${message}`))
  const htmlLang = context.htmlLang === undefined ? readHtmlLang() : context.htmlLang
  const isTheme = (value: unknown) => (THEMES as readonly unknown[]).includes(value)
  const isBoolean = (value: unknown) => typeof value === 'boolean'
  const pick = <T>(name: keyof RenderFlags, valid: (value: unknown) => boolean, fallback: T, expected: string) => {
    const value = props[name]
    if (valid(value)) return value as T
    if (value != null) warn(`Ignoring the "${name}" prop: expected ${expected}.`)
    return fallback
  }
  return {
    lang: pick('lang', isLang, pageLang(htmlLang), 'en, es or fr'),
    theme: pick('theme', isTheme, DEFAULT_FLAGS.theme, 'light, dark or auto'),
    plain: pick('plain', isBoolean, DEFAULT_FLAGS.plain, 'true or false'),
    static: pick('static', isBoolean, DEFAULT_FLAGS.static, 'true or false'),
  }
}

export interface FlagContext {
  /** The host document's <html lang>, used when no lang flag is given. */
  htmlLang?: string | null
  /** navigator.languages, the last resort. */
  navigatorLangs?: readonly string[]
  warn?: (message: string) => void
}

/** A flag given without a value (`?plain`) or as true/1/yes is on; false/0/no is off. */
function parseBoolean(name: string, raw: string | null, warn: (m: string) => void): boolean {
  if (raw === null) return false
  const value = raw.trim().toLowerCase()
  if (value === '' || value === 'true' || value === '1' || value === 'yes' || value === name) return true
  if (value === 'false' || value === '0' || value === 'no') return false
  warn(`Ignoring the "${name}" flag: expected true or false.`)
  return false
}

/** The input is never quoted back in warnings: a hostile value must not reach the console or the page verbatim. */
export function parseFlags(get: (name: string) => string | null, context: FlagContext = {}): RenderFlags {
  const warn = context.warn ?? ((message: string) => console.warn(`[peru-protests] ${message}`))
  const rawLang = get('lang')
  let lang: Lang
  if (rawLang !== null && !isLang(rawLang.trim().toLowerCase())) {
    warn('Ignoring the "lang" flag: expected en, es or fr.')
    lang = resolveLang(null, context.htmlLang, context.navigatorLangs)
  } else {
    lang = resolveLang(rawLang?.trim().toLowerCase(), context.htmlLang, context.navigatorLangs)
  }
  const rawTheme = get('theme')?.trim().toLowerCase() ?? null
  let theme: Theme = DEFAULT_FLAGS.theme
  if (rawTheme !== null) {
    if ((THEMES as readonly string[]).includes(rawTheme)) theme = rawTheme as Theme
    else warn('Ignoring the "theme" flag: expected light, dark or auto.')
  }
  return {
    lang,
    theme,
    plain: parseBoolean('plain', get('plain'), warn),
    static: parseBoolean('static', get('static'), warn),
  }
}

export function flagsFromSearch(search: string | URLSearchParams, context?: FlagContext): RenderFlags {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search
  return parseFlags((name) => params.get(name), context)
}

export function flagsFromElement(element: Element, context?: FlagContext): RenderFlags {
  return parseFlags((name) => element.getAttribute(name), context)
}

/** The query string that reproduces these flags (defaults omitted), for embed codes. */
export function flagsToSearch(flags: RenderFlags): string {
  const params = new URLSearchParams()
  params.set('lang', flags.lang)
  if (flags.theme !== 'auto') params.set('theme', flags.theme)
  if (flags.plain) params.set('plain', '')
  if (flags.static) params.set('static', '')
  return params.toString().replace(/=(?=&|$)/g, '')
}

export type HostFlags = Partial<Pick<RenderFlags, 'lang' | 'theme'>>

/**
 * What a host's `init` message (loader.js passes the iframe's data-lang and data-theme) may change: a valid
 * language or theme, and only where the embed URL itself did not choose one.
 */
export function hostFlagChanges(requested: { lang?: string; theme?: string }, explicit: URLSearchParams): HostFlags {
  const changes: HostFlags = {}
  const lang = requested.lang?.trim().toLowerCase()
  const theme = requested.theme?.trim().toLowerCase()
  if (lang && isLang(lang) && !explicit.has('lang')) changes.lang = lang
  if (theme && (THEMES as readonly string[]).includes(theme) && !explicit.has('theme')) changes.theme = theme as Theme
  return changes
}
