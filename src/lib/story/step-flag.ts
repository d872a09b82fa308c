/**
 * The `step` flag of the story embed (`embed/story/?step=3`, `<peru-protests-story step="3">`): the step it opens
 * at, counted from 1. Validated like the other flags: a value that is not a step's number is refused with a warning
 * that does not quote it, and the story opens at its first step.
 */

/**
 * How many steps the story has (tests/unit/step-flag.test.ts checks it against STEPS). Kept here, not read from
 * ./steps.ts, so that the first view of every page (src/boot/start.ts reads the flag) does not ship the steps.
 */
export const STEP_COUNT = 10

export function parseStepFlag(
  raw: string | null | undefined,
  warn: (message: string) => void = (message) => console.warn(`[peru-protests] ${message}`),
): number {
  if (raw == null || raw.trim() === '') return 1
  const number = /^\s*\d{1,3}\s*$/.test(raw) ? Number(raw) : 0
  if (number >= 1 && number <= STEP_COUNT) return number
  warn('Ignoring the "step" flag: expected the number of one of the story’s steps.')
  return 1
}

export function stepFromSearch(search: string | URLSearchParams, warn?: (message: string) => void): number {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search
  return parseStepFlag(params.get('step'), warn)
}
