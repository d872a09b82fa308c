/**
 * The map's pointer, keyboard and pinned state: what the mouse is over, what the keyboard has focused, what a click,
 * a tap or Enter has pinned, and what the live region says; and the handlers that change them. The map gives it
 * what it draws now (the keyboard order, where an item is, what it is called) as getters, so it follows the filter
 * and the width without copying them. Made while the map component initialises: its effects live as long as the map.
 */
import type { Lang } from '../i18n/index.ts'
import type { Selection } from '../state/selection.svelte.ts'
import { t } from './describe.ts'
import { isNavKey, nextFocus, type FocusId, type NavOrder } from './keyboard.ts'

/** A department or a place with the point its tooltip points at, in px from the map's top left corner. */
export type Anchored = FocusId & { px: number; py: number }

/** What the interaction reads from the map as it is drawn now. */
export interface MapView {
  /** Language of every text: en, es or fr. */
  readonly lang: Lang
  /** The department and place the reader chose, shared with the timeline. */
  readonly selection: Selection
  /** False for the static flag: nothing is ever active. */
  readonly interactive: boolean
  /** The arrow keys' order of departments and places. */
  readonly order: NavOrder
  /** Whether a place is drawn under the current filter. */
  hasPlace(key: string): boolean
  /** The department a drawn place is in. */
  departmentOf(key: string): string | null
  /** Where the tooltip of an item reached without the pointer points, in px from the map's top left corner. */
  anchor(item: FocusId): { px: number; py: number }
  /** An item's name in the reader's language. */
  label(item: FocusId): string
  /** What the live region says of an item the keyboard reaches. */
  describe(item: FocusId): string
}

/** The department or place a pointer event's target belongs to, by its `data-id` and `data-kind`. */
function itemAt(target: EventTarget | null): FocusId | null {
  const el = target instanceof Element ? target.closest('[data-id]') : null
  const id = el?.getAttribute('data-id')
  const kind = el?.getAttribute('data-kind')
  return id && (kind === 'department' || kind === 'place') ? { kind, id } : null
}

export class MapInteraction {
  /** What the mouse is over (never a touch or a pen). */
  hovered = $state<Anchored | null>(null)
  /** Pinned by a click, a tap or Enter: its tooltip stays until closed. */
  pinned = $state<Anchored | null>(null)
  /** The keyboard's item, kept while the map loses focus. */
  focused = $state<FocusId | null>(null)
  /** Whether the map (its one tab stop) has the focus. */
  hasFocus = $state(false)
  /** What the polite live region says. */
  message = $state('')
  /** The map's positioned box: pointer positions are measured from it, and a press outside it unpins. */
  container = $state<HTMLElement | null>(null)

  #view: MapView

  /** What the tooltip shows: a pinned item, else what the mouse is over, else the keyboard's item. */
  active = $derived.by((): Anchored | null => {
    if (!this.#view.interactive) return null
    if (this.pinned) return this.pinned
    if (this.hovered) return this.hovered
    if (this.focused && this.hasFocus) return { ...this.focused, ...this.#view.anchor(this.focused) }
    return null
  })

  constructor(view: MapView) {
    this.#view = view

    // A place that a filter removed cannot stay focused or pinned.
    $effect(() => {
      if (this.focused?.kind === 'place' && !view.hasPlace(this.focused.id)) this.focused = null
      if (this.pinned?.kind === 'place' && !view.hasPlace(this.pinned.id)) this.pinned = null
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

  #pointIn(event: MouseEvent): { px: number; py: number } {
    const box = this.container?.getBoundingClientRect()
    return { px: event.clientX - (box?.left ?? 0), py: event.clientY - (box?.top ?? 0) }
  }

  /** Selects a department or a place, and says so. */
  #choose(item: FocusId) {
    const { lang, selection } = this.#view
    if (item.kind === 'department') {
      selection.selectDepartment(item.id)
      this.message =
        selection.department === item.id
          ? t(lang, 'announceSelected', { name: this.#view.label(item) })
          : this.#view.describe(item)
    } else {
      selection.selectPlace(item.id, this.#view.departmentOf(item.id))
      this.message = t(lang, 'announceSelected', { name: this.#view.label(item) })
    }
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
    const { lang, selection } = this.#view
    if (isNavKey(event.key)) {
      event.preventDefault()
      const next = nextFocus(this.#view.order, this.focused, event.key, selection.department)
      if (next) {
        this.focused = next
        this.pinned = null
        this.message = this.#view.describe(next)
      }
      return
    }
    if ((event.key === 'Enter' || event.key === ' ') && this.focused) {
      event.preventDefault()
      this.pinned = { ...this.focused, ...this.#view.anchor(this.focused) }
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
      } else if (selection.department || selection.place) {
        selection.selectDepartment(null)
        this.message = t(lang, 'announceCleared')
      }
    }
  }
}
