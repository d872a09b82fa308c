/**
 * The level of a graphic's title. A graphic in an article is a section of it (h2, the default); a graphic alone on
 * an embed page is the page itself, and its title is the page's h1 (set by the embed page's app).
 */
import { getContext, setContext } from 'svelte'

export type TitleLevel = 1 | 2

const KEY = Symbol('pp-title-level')

export function setTitleLevel(level: TitleLevel): void {
  setContext(KEY, level)
}

export function titleLevel(): TitleLevel {
  return getContext<TitleLevel | undefined>(KEY) ?? 2
}

/** The tag of a heading `depth` levels below the graphic's title (a chart's title, a detail's heading). */
export function headingBelowTitle(depth: 1 | 2): `h${number}` {
  return `h${titleLevel() + depth}`
}
