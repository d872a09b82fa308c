/**
 * Arrow-key traversal of a chart's items (one tab stop per chart). Returns the next active index, null to clear
 * the selection (Escape), or undefined when the key is not ours (so Tab and the rest keep working).
 */
export function nextIndex(key: string, active: number | null, count: number): number | null | undefined {
  if (count <= 0) return undefined
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return active === null ? 0 : Math.min(active + 1, count - 1)
    case 'ArrowLeft':
    case 'ArrowUp':
      return active === null ? count - 1 : Math.max(active - 1, 0)
    case 'Home':
      return 0
    case 'End':
      return count - 1
    case 'Escape':
      return active === null ? undefined : null
    default:
      return undefined
  }
}
