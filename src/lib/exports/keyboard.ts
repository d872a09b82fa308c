/**
 * Arrow-key traversal of a chart's items (one tab stop per chart). Returns the next active index, null to clear
 * the selection (Escape), or undefined when the key is not ours (so Tab and the rest keep working).
 */
import { stepIndex } from '../ui/keyboard.ts'

export function nextIndex(key: string, active: number | null, count: number): number | null | undefined {
  if (count > 0 && key === 'Escape') return active === null ? undefined : null
  return stepIndex(key, active, count, { across: true })
}
