/**
 * The embed protocol's messages, shared by the embed pages (child) and loader.js (host). Public contract:
 * child → host  { sentinel: 'peru-protests', type: 'ready', id }                       (on start; host answers init)
 *               { sentinel: 'peru-protests', type: 'height', id, height }
 *               { sentinel: 'amp', type: 'embed-size', height }                       (for <amp-iframe>)
 *               { sentinel: 'peru-protests', type: 'select', id, widget, department, period, event }
 *               { sentinel: 'peru-protests', type: 'step', id, step, count }      (the story embed, at each step)
 * host → child  { sentinel: 'peru-protests', type: 'init', id, lang?, theme? }
 */
export const SENTINEL = 'peru-protests'
export const MIN_HEIGHT = 40
export const MAX_HEIGHT = 20_000

export interface HeightMessage {
  sentinel: typeof SENTINEL
  type: 'height'
  id: string
  height: number
}

export interface InitMessage {
  sentinel: typeof SENTINEL
  type: 'init'
  id: string
  lang?: string
  theme?: string
}

export interface SelectMessage {
  sentinel: typeof SENTINEL
  type: 'select'
  id: string
  widget: string
  department: string | null
  event: string | null
  period: { start: string; end: string } | null
}

/** The story embed moved to another step (counted from 1, of `count`). */
export interface StepMessage {
  sentinel: typeof SENTINEL
  type: 'step'
  id: string
  step: number
  count: number
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Ids are short tokens: anything else is dropped, so an id can never carry markup or a URL. */
export function cleanId(value: unknown): string | null {
  return typeof value === 'string' && /^[\w-]{1,64}$/.test(value) ? value : null
}

/** A height the host may apply: a finite number up to MAX_HEIGHT, raised to MIN_HEIGHT; anything else is rejected. */
export function cleanHeight(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > MAX_HEIGHT) return null
  return Math.max(MIN_HEIGHT, Math.ceil(value))
}

export function parseHeightMessage(data: unknown): { id: string | null; height: number } | null {
  if (!isRecord(data) || data.sentinel !== SENTINEL || data.type !== 'height') return null
  const height = cleanHeight(data.height)
  return height === null ? null : { id: cleanId(data.id), height }
}

export function parseInitMessage(data: unknown): { id: string | null; lang?: string; theme?: string } | null {
  if (!isRecord(data) || data.sentinel !== SENTINEL || data.type !== 'init') return null
  const result: { id: string | null; lang?: string; theme?: string } = { id: cleanId(data.id) }
  if (typeof data.lang === 'string' && /^(en|es|fr)$/.test(data.lang)) result.lang = data.lang
  if (typeof data.theme === 'string' && /^(light|dark|auto)$/.test(data.theme)) result.theme = data.theme
  return result
}

/** The embed's hello on start: the host answers with `init`, addressed to the origin that said it. */
export function isReady(data: unknown): boolean {
  return isRecord(data) && data.sentinel === SENTINEL && data.type === 'ready'
}

/** A step message the host may pass on: whole numbers, the step within 1…count, at most 100 steps. */
export function parseStepMessage(data: unknown): { step: number; count: number } | null {
  if (!isRecord(data) || data.sentinel !== SENTINEL || data.type !== 'step') return null
  const { step, count } = data
  if (!Number.isInteger(count) || !Number.isInteger(step)) return null
  const [s, c] = [step as number, count as number]
  return c >= 1 && c <= 100 && s >= 1 && s <= c ? { step: s, count: c } : null
}
