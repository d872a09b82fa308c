/**
 * The `step` flag of the story embed (`embed/story/?step=3`, `<peru-protests-story step="3">`): the step it opens
 * at, counted from 1. Validated like the other flags: a value that is not a step's number is refused with a warning
 * that does not quote it, and the story opens at its first step.
 */
import { parseStepNumber } from './steps.ts'

export function parseStepFlag(
  raw: string | null | undefined,
  warn: (message: string) => void = (message) => console.warn(`[peru-protests] ${message}`),
): number {
  if (raw == null || raw.trim() === '') return 1
  const number = parseStepNumber(raw)
  if (number !== null) return number
  warn('Ignoring the "step" flag: expected the number of one of the story’s steps.')
  return 1
}

export function stepFromSearch(search: string | URLSearchParams, warn?: (message: string) => void): number {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search
  return parseStepFlag(params.get('step'), warn)
}
