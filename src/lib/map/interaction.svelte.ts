/**
 * The map's pointer, keyboard and pinned state: what the mouse is over, what the keyboard has reached, which
 * tooltip a click, tap or Enter pinned, and what the live region says. The map (ProtestMap.svelte) draws from it
 * and passes it its events; what an item is called and how choosing one changes the selection stay with the map,
 * given here as functions.
 */
import { isNavKey, nextFocus, type FocusId, type NavOrder } from './keyboard.ts'

/** An item with the point its tooltip is anchored to, in px from the canvas's top left corner. */
export type Anchored = FocusId & { px: number; py: number }

export interface MapInteractionOptions {
  /** No interaction at all: no tooltip. */
  isStatic: () => boolean
  /** The keyboard's order of departments and places. */
  order: () => NavOrder
  /** The department the selection holds: the arrow keys start from it. */
  selectedDepartment: () => string | null
  /** Whether a place is drawn (a filter may have removed it). */
  hasPlace: (id: string) => boolean
  /** Where an item's tooltip points, in px inside the canvas. */
  anchor: (item: FocusId) => { px: number; py: number }
  /** What the live region says when the keyboard reaches an item. */
  describe: (item: FocusId) => string
  /** Selects the item (a click, a tap, Enter or Space) and returns what the live region says. */
  choose: (item: FocusId) => string
  /** Clears the selection (the second Escape) and returns what the live region says; null when there was none. */
  clear: () => string | null
}

export class MapInteraction {
  /** What the mouse is over (touch and pen never hover: they tap). */
  hovered = $state<Anchored | null>(null)
  /** The tooltip a click, a tap, Enter or Space pinned open. */
  pinned = $state<Anchored | null>(null)
  /** The item the arrow keys reached. */
  focused = $state<FocusId | null>(null)
  /** Whether the map's canvas has the keyboard focus. */
  hasFocus = $state(false)
  /** The live region's text. */
  message = $state('')
  /** The canvas: pointer positions are measured from its corner. */
  container = $state<HTMLElement | null>(null)

  readonly #options: MapInteractionOptions

  /** Create it while a component initializes: it keeps its state consistent with effects. */
  constructor(options: MapInteractionOptions) {
    this.#options = options
    // A place that a filter removed cannot stay focused or pinned.
    $effect(() => {
      if (this.focused?.kind === 'place' && !options.hasPlace(this.focused.id)) this.focused = null
      if (this.pinned?.kind === 'place' && !options.hasPlace(this.pinned.id)) this.pinned = null
    })
    // A tap or click anywhere outside the map dismisses a pinned tooltip.
    $effect(() => {
      if (!this.pinned || !this.container) return
      const root = this.container
      const away = (event: PointerEvent) => {
        if (event.target instanceof Node && !root.contains(event.target)) this.pinned = null
      }
      document.addEventListener('pointerdown', away)
      return () => document.removeEventListener('pointerdown', away)
    })
  }

  /** What the tooltip shows: a pinned item, else what the mouse is over, else the keyboard's item. */
  readonly active = $derived.by((): Anchored | null => {
    if (this.#options.isStatic()) return null
    if (this.pinned) return this.pinned
    if (this.hovered) return this.hovered
    if (this.focused && this.hasFocus) return { ...this.focused, ...this.#options.anchor(this.focused) }
    return null
  })

  /** The keyboard's item while the canvas has the focus (drawn with a focus ring). */
  readonly ringed = $derived(this.hasFocus ? this.focused : null)

  #pointIn(event: MouseEvent): { px: number; py: number } {
    const box = this.container?.getBoundingClientRect()
    return { px: event.clientX - (box?.left ?? 0), py: event.clientY - (box?.top ?? 0) }
  }

  #choose(item: FocusId) {
    this.message = this.#options.choose(item)
  }

  onpointermove = (event: PointerEvent) => {
    // Touch and pen show details on tap (click), so a finger that scrolls the page never opens a tooltip.
    if (event.pointerType !== 'mouse') return
    const item = itemAt(event.target)
    this.hovered = item ? { ...item, ...this.#pointIn(event) } : null
  }

  onpointerleave = () => {
    this.hovered = null
  }

  onclick = (event: MouseEvent) => {
    const item = itemAt(event.target)
    if (!item) {
      this.pinned = null
      return
    }
    this.pinned = { ...item, ...this.#pointIn(event) }
    this.hovered = null
    this.focused = item
    this.#choose(item)
  }

  onkeydown = (event: KeyboardEvent) => {
    if (isNavKey(event.key)) {
      event.preventDefault()
      const next = nextFocus(this.#options.order(), this.focused, event.key, this.#options.selectedDepartment())
      if (next) {
        this.focused = next
        this.pinned = null
        this.message = this.#options.describe(next)
      }
      return
    }
    if ((event.key === 'Enter' || event.key === ' ') && this.focused) {
      event.preventDefault()
      this.pinned = { ...this.focused, ...this.#options.anchor(this.focused) }
      this.#choose(this.focused)
      return
    }
    if (event.key === 'Escape') {
      // Handled here so the tooltip's own Escape listener (for its close button) does not also run.
      event.stopPropagation()
      // First Escape closes the tooltip (pinned or not); the next one clears the selection.
      if (this.pinned || this.focused) {
        this.pinned = null
        this.focused = null
      } else {
        const cleared = this.#options.clear()
        if (cleared !== null) this.message = cleared
      }
    }
  }

  onfocus = () => {
    this.hasFocus = true
  }

  onblur = () => {
    this.hasFocus = false
  }

  /** Closes a pinned tooltip (its close button). */
  unpin = () => {
    this.pinned = null
  }
}

/** The department or place an event's target belongs to, from its data-id and data-kind. */
export function itemAt(target: EventTarget | null): FocusId | null {
  const el = target instanceof Element ? target.closest('[data-id]') : null
  const id = el?.getAttribute('data-id')
  const kind = el?.getAttribute('data-kind')
  return id && (kind === 'department' || kind === 'place') ? { kind, id } : null
}
