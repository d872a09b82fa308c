/**
 * A moment of the story as flags, so that a newsroom can embed "Puno in January": `department=PE-PUN`,
 * `period=2023-01-01/2023-01-31`, `event=<timeline event id>`, from an embed's query string or a custom element's
 * attributes. Validated like the render flags (./flags.ts): a value that is not well formed is refused with a
 * warning that does not quote it, and the widget opens without that part of the selection.
 */
import type { Period, SelectionSnapshot } from './state/selection.svelte.ts'

export const SELECTION_FLAGS = ['department', 'period', 'event'] as const
export type SelectionFlags = Pick<SelectionSnapshot, 'department' | 'period' | 'event'>

export const NO_SELECTION: SelectionFlags = { department: null, period: null, event: null }

/** Peru's first-level subdivisions in ISO 3166-2:PE (the regions, Callao and the Province of Lima). */
export const DEPARTMENT_CODES = [
  'PE-AMA', 'PE-ANC', 'PE-APU', 'PE-ARE', 'PE-AYA', 'PE-CAJ', 'PE-CAL', 'PE-CUS', 'PE-HUC', 'PE-HUV', 'PE-ICA',
  'PE-JUN', 'PE-LAL', 'PE-LAM', 'PE-LIM', 'PE-LMA', 'PE-LOR', 'PE-MDD', 'PE-MOQ', 'PE-PAS', 'PE-PIU', 'PE-PUN',
  'PE-SAM', 'PE-TAC', 'PE-TUM', 'PE-UCA',
] as const // prettier-ignore

/** The story's span: a period flag must fall within it. */
export const STORY_SPAN: Period = { start: '2022-12-07', end: '2023-05-31' }

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
/** A real calendar day written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = DATE.exec(value)
  if (!m) return false
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return date.toISOString().slice(0, 10) === value
}

/** Timeline event ids are lower-case words joined by hyphens, as every id in data/timeline is (checked by a test). */
export const EVENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function parseSelectionFlags(
  get: (name: string) => string | null,
  warn: (message: string) => void = (message) => console.warn(`[peru-protests] ${message}`),
): SelectionFlags {
  const flags: SelectionFlags = { ...NO_SELECTION }
  const department = get('department')?.trim().toUpperCase()
  if (department) {
    if ((DEPARTMENT_CODES as readonly string[]).includes(department)) flags.department = department
    else warn('Ignoring the "department" flag: expected an ISO 3166-2:PE code such as PE-PUN.')
  }
  const period = get('period')?.trim()
  if (period) {
    const [start = '', end = '', ...rest] = period.split('/')
    const valid = rest.length === 0 && isIsoDate(start) && isIsoDate(end) && start <= end
    if (valid && start >= STORY_SPAN.start && end <= STORY_SPAN.end) flags.period = { start, end }
    else
      warn(
        `Ignoring the "period" flag: expected two dates from ${STORY_SPAN.start} to ${STORY_SPAN.end}, as YYYY-MM-DD/YYYY-MM-DD.`,
      )
  }
  const event = get('event')?.trim()
  if (event) {
    if (event.length <= 100 && EVENT_ID.test(event)) flags.event = event
    else warn('Ignoring the "event" flag: expected a timeline event id.')
  }
  return flags
}

export function selectionFromSearch(search: string | URLSearchParams, warn?: (message: string) => void) {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search
  return parseSelectionFlags((name) => params.get(name), warn)
}

export function hasSelection(flags: SelectionFlags): boolean {
  return flags.department !== null || flags.period !== null || flags.event !== null
}

/** The query string for a selection (empty parts left out), to add to an embed's URL. */
export function selectionToSearch(flags: SelectionFlags): string {
  const params = new URLSearchParams()
  if (flags.department) params.set('department', flags.department)
  if (flags.period) params.set('period', `${flags.period.start}/${flags.period.end}`)
  if (flags.event) params.set('event', flags.event)
  return params.toString().replace(/%2F/g, '/')
}
