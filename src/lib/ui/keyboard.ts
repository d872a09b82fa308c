/**
 * Arrow-key stepping through an ordered row of items with one tab stop (a chart's bars, the timeline's days and
 * events). The arrows along the row step by one; on a row that runs down the screen (time running down on a phone)
 * those are Up and Down. Returns the next index, or undefined when the key is not a stepping key, so Tab and the rest
 * keep working.
 */
export interface StepOptions {
  /** The row runs down the screen: Down is the next item, Up the previous one. */
  vertical?: boolean
  /** The arrows across the row step too, as in a list (Down or Right: next). */
  across?: boolean
  /** Items per Page Up / Page Down (forward: Page Down on a vertical row, Page Up on a horizontal one); 0: not ours. */
  page?: number
}

export function stepIndex(
  key: string,
  active: number | null,
  count: number,
  { vertical = false, across = false, page = 0 }: StepOptions = {},
): number | undefined {
  if (count <= 0) return undefined
  const [next, previous] = vertical ? ['ArrowDown', 'ArrowUp'] : ['ArrowRight', 'ArrowLeft']
  const [crossNext, crossPrevious] = vertical ? ['ArrowRight', 'ArrowLeft'] : ['ArrowDown', 'ArrowUp']
  let by: number
  if (key === 'Home') return 0
  if (key === 'End') return count - 1
  if (key === next || (across && key === crossNext)) by = 1
  else if (key === previous || (across && key === crossPrevious)) by = -1
  else if (page > 0 && key === (vertical ? 'PageDown' : 'PageUp')) by = page
  else if (page > 0 && key === (vertical ? 'PageUp' : 'PageDown')) by = -page
  else return undefined
  // Nothing chosen yet: forward starts at the first item, backward at the last.
  if (active === null) return by > 0 ? 0 : count - 1
  return Math.max(0, Math.min(count - 1, active + by))
}
