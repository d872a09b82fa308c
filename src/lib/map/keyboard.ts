/**
 * Keyboard order of the map (one tab stop, arrow keys inside):
 * - ArrowDown / ArrowUp: next / previous department, north → south (then west → east for equal latitudes);
 *   from a place they leave it for the next department / its own department.
 * - ArrowRight / ArrowLeft: into the places of the focused department, west → east, and back out.
 * - Home / End: first / last department.
 * Pure, so the order is tested in node.
 */

export interface NavPoint {
  id: string
  x: number
  y: number
}

export interface NavPlace extends NavPoint {
  department: string
}

export interface NavOrder {
  /** department ids, north → south */
  departments: string[]
  /** place ids per department, west → east */
  places: Record<string, string[]>
  /** the department of each place */
  parent: Record<string, string>
}

export type FocusId = { kind: 'department' | 'place'; id: string }

/** North first (smaller y in screen coordinates), then west. */
function northToSouth(a: NavPoint, b: NavPoint): number {
  return a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : 1)
}

function westToEast(a: NavPoint, b: NavPoint): number {
  return a.x - b.x || a.y - b.y || (a.id < b.id ? -1 : 1)
}

export function navOrder(departments: readonly NavPoint[], places: readonly NavPlace[]): NavOrder {
  const order: NavOrder = {
    departments: [...departments].sort(northToSouth).map((d) => d.id),
    places: {},
    parent: {},
  }
  for (const place of [...places].sort(westToEast)) {
    ;(order.places[place.department] ??= []).push(place.id)
    order.parent[place.id] = place.department
  }
  return order
}

export const NAV_KEYS = ['ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowLeft', 'Home', 'End'] as const
export type NavKey = (typeof NAV_KEYS)[number]

export function isNavKey(key: string): key is NavKey {
  return (NAV_KEYS as readonly string[]).includes(key)
}

/** Where a key moves the focus; `start` is where the first key lands when nothing is focused yet. */
export function nextFocus(
  order: NavOrder,
  current: FocusId | null,
  key: NavKey,
  start?: string | null,
): FocusId | null {
  const depts = order.departments
  if (depts.length === 0) return null
  const first: FocusId = { kind: 'department', id: depts[0]! }
  const last: FocusId = { kind: 'department', id: depts[depts.length - 1]! }
  if (key === 'Home') return first
  if (key === 'End') return last
  if (!current) return start && depts.includes(start) ? { kind: 'department', id: start } : first

  const department = current.kind === 'department' ? current.id : order.parent[current.id]
  if (department === undefined) return first
  const index = depts.indexOf(department)
  const places = order.places[department] ?? []

  switch (key) {
    case 'ArrowDown': {
      const next = depts[index + 1]
      return next === undefined ? current : { kind: 'department', id: next }
    }
    case 'ArrowUp': {
      if (current.kind === 'place') return { kind: 'department', id: department }
      const previous = depts[index - 1]
      return previous === undefined ? current : { kind: 'department', id: previous }
    }
    case 'ArrowRight': {
      const at = current.kind === 'place' ? places.indexOf(current.id) : -1
      const next = places[at + 1]
      return next === undefined ? current : { kind: 'place', id: next }
    }
    case 'ArrowLeft': {
      if (current.kind === 'department') return current
      const at = places.indexOf(current.id)
      const previous = places[at - 1]
      return previous === undefined ? { kind: 'department', id: department } : { kind: 'place', id: previous }
    }
  }
}
