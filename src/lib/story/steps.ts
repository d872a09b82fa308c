/**
 * The guided story: its steps, in order, each with the state the graphics take when the reader reaches it. The story
 * page scrolls through them beside its graphics, and the story embed shows them one at a time. Their text, in three
 * languages, is in ./messages.ts; every figure in it is recomputed from the data by tests/unit/steps.test.ts.
 */
import type { Category } from '../data/types.ts'
import type { ChartId } from '../exports/model.ts'
import type { ExportsFocus } from '../exports/focus.ts'
import type { Period } from '../state/selection.svelte.ts'
import type { WidgetName } from '../widget.ts'

/** What the graphics show at a step. */
export interface StepState {
  /** The graphic the step is about: the one shown beside (or above, on a phone) its text. */
  graphic: WidgetName
  /** The department picked out on the map, as an ISO 3166-2 code, or null. */
  department: string | null
  /** The period shown by the map and chosen on the timeline, or null for the whole story. */
  period: Period | null
  /** The timeline event in focus, by its id in the timeline data, or null. */
  event: string | null
  /** The Defensoría's categories of death that the map counts. */
  categories: readonly Category[]
  /** Whether the map also shows the deaths the Defensoría did not count. */
  includeOther: boolean
  /** For the exports: the one chart shown, or null for all of them. */
  chart: ChartId | null
  /** For the exports: the id of the data record whose bar is picked out, or null. */
  highlight: string | null
}

export interface Step {
  /** Stable id: a step's place in links is its number (#step-k, ?step=k), its id names it in messages and tests. */
  id: StepId
  state: StepState
}

export const STEP_IDS = [
  'castillo',
  'ayacucho',
  'juliaca',
  'lima',
  'ilave',
  'count',
  'others',
  'lav',
  'official',
  'permit',
] as const
export type StepId = (typeof STEP_IDS)[number]

const OFFICIAL: readonly Category[] = ['clash', 'blockade', 'police', 'soldier']

const base: StepState = {
  graphic: 'map',
  department: null,
  period: null,
  event: null,
  categories: OFFICIAL,
  includeOther: false,
  chart: null,
  highlight: null,
}
const state = (changes: Partial<StepState>): StepState => ({ ...base, ...changes })

export const STEPS: readonly Step[] = [
  {
    id: 'castillo',
    state: state({
      department: 'PE-LIM',
      period: { start: '2022-12-07', end: '2022-12-07' },
      event: 'tl-2022-12-07-castillo-removed',
    }),
  },
  {
    id: 'ayacucho',
    state: state({
      department: 'PE-AYA',
      period: { start: '2022-12-15', end: '2022-12-21' },
      event: 'tl-2022-12-15-ayacucho',
    }),
  },
  {
    id: 'juliaca',
    state: state({
      department: 'PE-PUN',
      period: { start: '2023-01-09', end: '2023-01-12' },
      event: 'tl-2023-01-09-juliaca',
    }),
  },
  {
    id: 'lima',
    state: state({
      department: 'PE-LIM',
      period: { start: '2023-01-01', end: '2023-01-31' },
      event: 'tl-2023-01-19-toma-de-lima',
    }),
  },
  {
    id: 'ilave',
    state: state({
      department: 'PE-PUN',
      period: { start: '2023-03-05', end: '2023-03-05' },
      event: 'tl-2023-03-05-ilave-soldiers',
      categories: ['soldier'],
    }),
  },
  { id: 'count', state: state({}) },
  { id: 'others', state: state({ includeOther: true }) },
  { id: 'lav', state: state({ graphic: 'exports', chart: 'lav', highlight: 'ae-peru-lav-ii' }) },
  { id: 'official', state: state({ graphic: 'exports', chart: 'yearly', highlight: null }) },
  { id: 'permit', state: state({ graphic: 'exports', chart: 'permit', highlight: 'ae-peru-2023-permit' }) },
]

/** The step at a 1-based number (as in #step-k and ?step=k), or null when there is none. */
export function stepAt(number: number): Step | null {
  return Number.isInteger(number) && number >= 1 && number <= STEPS.length ? (STEPS[number - 1] ?? null) : null
}

/** The exports focus of each step that shows the exports, in step order (drawn ahead of the reader: predraw.ts). */
export const EXPORTS_FOCUSES: readonly ExportsFocus[] = STEPS.flatMap(({ state }) =>
  state.graphic === 'exports' ? [{ chart: state.chart, highlight: state.highlight }] : [],
)

/** Reads a step number as a link gives it (`3`, from `?step=3` or `#step-3`); anything else is null. */
export function parseStepNumber(raw: string | null | undefined): number | null {
  if (raw == null || !/^\s*\d{1,3}\s*$/.test(raw)) return null
  const number = Number(raw)
  return stepAt(number) ? number : null
}

/**
 * The picture of a step's graphic state, for readers without JavaScript (under dist/fallbacks/, made with
 * `npm run fallbacks`), as a path relative to the site's root folder.
 */
export function stepPicture(number: number, lang: string): string {
  return `fallbacks/step-${number}-${lang}.png`
}
