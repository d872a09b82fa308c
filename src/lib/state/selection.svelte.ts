/**
 * The one explicit selection that linked widgets read and write. A widget never reaches into another widget:
 * the map and the timeline both get this object as a prop and report what the reader picked through it.
 */

/** An inclusive range of ISO calendar dates (YYYY-MM-DD). */
export interface Period {
  start: string
  end: string
}

export interface SelectionSnapshot {
  period: Period | null
  department: string | null
  place: string | null
  event: string | null
}

export type SelectionChange = { type: 'period' | 'department' | 'place' | 'event'; selection: SelectionSnapshot }

export class Selection {
  /** The period chosen on the timeline, or null for the whole story. */
  period = $state<Period | null>(null)
  /** ISO 3166-2 code of the department chosen on the map or through an event. */
  department = $state<string | null>(null)
  /** Id of a place (a symbol on the map). */
  place = $state<string | null>(null)
  /** Id of the timeline event in focus. */
  event = $state<string | null>(null)

  // Not reactive on purpose: listeners are hosts (the embed protocol), not rendering.
  #listeners: ((change: SelectionChange) => void)[] = []

  constructor(initial: Partial<SelectionSnapshot> = {}) {
    this.period = initial.period ?? null
    this.department = initial.department ?? null
    this.place = initial.place ?? null
    this.event = initial.event ?? null
  }

  snapshot(): SelectionSnapshot {
    return {
      period: this.period ? { ...this.period } : null,
      department: this.department,
      place: this.place,
      event: this.event,
    }
  }

  /** Hosts (the embed protocol, analytics) listen here; widgets read the runes directly. */
  subscribe(listener: (change: SelectionChange) => void): () => void {
    this.#listeners.push(listener)
    return () => {
      this.#listeners = this.#listeners.filter((l) => l !== listener)
    }
  }

  #emit(type: SelectionChange['type']) {
    const selection = this.snapshot()
    for (const listener of this.#listeners) listener({ type, selection })
  }

  setPeriod(period: Period | null) {
    if (period && period.start > period.end) period = { start: period.end, end: period.start }
    this.period = period
    this.#emit('period')
  }

  /** Choosing the department already chosen clears it, as a toggle. */
  selectDepartment(code: string | null) {
    this.department = code !== null && code === this.department ? null : code
    this.place = null
    this.#emit('department')
  }

  selectPlace(id: string | null, department: string | null = null) {
    this.place = id
    if (department !== null) this.department = department
    this.#emit('place')
  }

  /** Focusing an event moves the map to its place and the period to its date (the timeline keeps its brush). */
  selectEvent(id: string | null, department: string | null = null) {
    this.event = id
    if (id !== null) this.department = department
    this.#emit('event')
  }

  /** Takes a whole state at once (a step of the guided story, a link to a moment): one change, no toggling. */
  apply(state: Pick<SelectionSnapshot, 'period' | 'department' | 'event'> & { place?: string | null }) {
    // the same period kept as it is: what draws from it is not redrawn (a step that moves only the department)
    const period = state.period
    if (period?.start !== this.period?.start || period?.end !== this.period?.end)
      this.period = period ? { ...period } : null
    this.department = state.department
    this.place = state.place ?? null
    this.event = state.event
    this.#emit('period')
  }

  clear() {
    this.period = null
    this.department = null
    this.place = null
    this.event = null
    this.#emit('period')
  }
}
