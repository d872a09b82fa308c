/**
 * Positions on the timeline. Days are laid out in "day units" (0 = 7 Dec 2022, one unit per day) so the SVG can
 * use a viewBox in those units and stretch with CSS, and everything in HTML is placed in percent: the
 * server-rendered markup is right at any width, before any script measures anything.
 */
// Named imports from d3-array and d3-time only: d3-scale would bring d3-format, d3-interpolate and d3-time-format
// into a first view that must stay small, for two linear maps we can write in one line each.
import { nice, ticks } from 'd3-array'
import { utcDay, utcMonth } from 'd3-time'
import { STORY_END, STORY_START, calendarDays } from '../data/derive.ts'
import { formatDate, parseISODate, type Lang } from '../i18n/index.ts'

export const DAYS: readonly string[] = calendarDays(STORY_START, STORY_END)
export const DAY_COUNT = DAYS.length

const start = parseISODate(STORY_START)
const endExclusive = utcDay.offset(parseISODate(STORY_END), 1)

const span = endExclusive.getTime() - start.getTime()

/** Date → percent of the width (left edge of the day's column): a linear UTC time scale. */
export function timeScale(date: Date): number {
  return ((date.getTime() - start.getTime()) / span) * 100
}

export function dayIndex(iso: string): number {
  return utcDay.count(start, parseISODate(iso))
}

export function dayAt(index: number): string {
  return DAYS[Math.max(0, Math.min(DAY_COUNT - 1, Math.round(index)))] ?? STORY_START
}

/** Left edge of a day's column, in percent. */
export function dayPercent(iso: string): number {
  return timeScale(parseISODate(iso))
}

/** Centre of a day's column, in percent. */
export function dayCentrePercent(iso: string): number {
  return dayPercent(iso) + 50 / DAY_COUNT
}

export interface MonthSpan {
  /** YYYY-MM */
  month: string
  /** left and right edges, in percent */
  from: number
  to: number
  label: string
  /** the year, shown under the first month and under each January */
  year: string | null
}

/** The months of the story window, clipped to it (December starts on the 7th), labelled in the reader's language. */
export function monthSpans(lang: Lang): MonthSpan[] {
  return utcMonth.range(utcMonth.floor(start), endExclusive).map((m, i) => {
    const from = Math.max(0, timeScale(m))
    const to = Math.min(100, timeScale(utcMonth.offset(m, 1)))
    const month = m.toISOString().slice(0, 7)
    const showYear = i === 0 || m.getUTCMonth() === 0
    return {
      month,
      from,
      to,
      label: formatDate(lang, m, 'monthShort'),
      year: showYear ? String(m.getUTCFullYear()) : null,
    }
  })
}

/** The count axis: a nice maximum (never below 5, so a quiet filter does not look like a massacre) and its ticks. */
export function countAxis(max: number, tickCount = 4): { max: number; ticks: number[] } {
  const [, top = 5] = nice(0, Math.max(5, max), tickCount)
  return { max: top, ticks: ticks(0, top, tickCount).filter((t) => Number.isInteger(t)) }
}

/** A value on a count axis → percent from the bottom. */
export function countPercent(value: number, max: number): number {
  return max > 0 ? (value / max) * 100 : 0
}

/**
 * The wide layout's plot is never narrower than this. Small enough that the story's 720 px column (and an embed from
 * about 730 px wide) shows the whole period: 620 px plus the plot's padding and the count axis take 676 px, and the
 * timeline is at least 714 px wide there. The event labels still fit in their rows at this width. Below 714 px the
 * timeline turns vertical (a CSS container query, so the server-rendered page is right at every width).
 */
export const MIN_PLOT_WIDTH = 620

/** The tall (phone) layout: days run down, this many px each, whatever the width, so the server can place labels. */
export const DAY_PX = 4
export const TALL_HEIGHT = DAY_COUNT * DAY_PX

/** Centre of a day, in px from the top of the tall layout. */
export function dayCentrePx(iso: string): number {
  return (dayIndex(iso) + 0.5) * DAY_PX
}

/**
 * Whether the timeline around an element is in its tall layout. The layout is CSS's choice (a container query sets
 * --tl-tall); pointer and key handlers ask at the moment they run, never at mount, so hydration moves nothing.
 */
export function isTall(element: Element | null | undefined): boolean {
  return !!element && getComputedStyle(element).getPropertyValue('--tl-tall').trim() === '1'
}
