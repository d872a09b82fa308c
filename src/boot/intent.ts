/**
 * While a page is static (prerendered, waiting for the reader), notices the reader reaching for a graphic, and keeps
 * what the interactive code must catch up with once it arrives: the last tap or key, changed form controls, focus
 * and a resting pointer. See start.ts for how a page uses it.
 */
/** The reader reaching for a graphic: hovering it, touching it, tabbing into it, pressing a key in it. */
export const INTENT_EVENTS = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const

/** Keys the widgets act on, replayed if pressed before the interactive code arrived. */
const REPLAYED_KEYS = new Set([
  'Enter',
  ' ',
  'Escape',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
])
/** Elements whose click the browser has already acted on: replaying it would act twice. */
const NATIVE = 'a, input, select, textarea, label, summary, [contenteditable]'

export interface IntentWatch {
  /**
   * Stops watching. The returned function, called once the graphics are interactive, tells them where the reader
   * already is: form controls the reader changed are set back and announced, keyboard focus and a resting mouse
   * pointer are announced again, then the last click or key press made in a graphic is replayed, if its element is
   * still there.
   */
  finish(): () => void
}

/**
 * Calls `onintent` on the first sign that the reader is reaching for a graphic (`within` says whether an element
 * belongs to one), and keeps, until `finish`, what the interactive code will need to catch up with the reader.
 */
export function watchIntent(doc: Document, within: (target: Element) => boolean, onintent: () => void): IntentWatch {
  let last: Event | null = null
  let pointer: { x: number; y: number } | null = null
  // Form controls the reader changed: the browser already did, but the widget's state does not know yet.
  const changed = new Map<HTMLInputElement | HTMLSelectElement, string | boolean>()
  const inside = (event: Event) => event.target instanceof Element && within(event.target)
  const intent = (event: Event) => {
    if (inside(event)) onintent()
  }
  const record = (event: Event) => {
    if (!inside(event) || event.defaultPrevented) return
    const target = event.target as Element
    if (event instanceof KeyboardEvent ? !REPLAYED_KEYS.has(event.key) : target.closest(NATIVE)) return
    last = event
  }
  const track = (event: Event) => {
    const { pointerType, clientX, clientY } = event as PointerEvent
    pointer = pointerType === 'mouse' && inside(event) ? { x: clientX, y: clientY } : null
  }
  const change = (event: Event) => {
    const control = event.target
    if (!inside(event)) return
    if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio'))
      changed.set(control, control.checked)
    else if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement)
      changed.set(control, control.value)
  }
  const listeners: [string, (event: Event) => void][] = [
    ...INTENT_EVENTS.map((type) => [type, intent] as [string, (event: Event) => void]),
    ['click', record],
    ['keydown', record],
    ['pointermove', track],
    ['pointerover', track],
    ['change', change],
  ]
  for (const [type, listener] of listeners) doc.addEventListener(type, listener, { capture: true, passive: true })
  return {
    finish() {
      for (const [type, listener] of listeners) doc.removeEventListener(type, listener, { capture: true })
      const event = last
      const at = pointer
      const controls = [...changed]
      last = null
      pointer = null
      changed.clear()
      return () => {
        for (const [control, value] of controls) {
          if (!control.isConnected) continue
          if (typeof value === 'boolean') (control as HTMLInputElement).checked = value
          else control.value = value
          control.dispatchEvent(new Event('input', { bubbles: true }))
          control.dispatchEvent(new Event('change', { bubbles: true }))
        }
        const focused = doc.activeElement
        if (focused && focused !== doc.body && within(focused) && focused.matches(':focus-visible')) {
          focused.dispatchEvent(new FocusEvent('focus'))
          focused.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }))
        }
        const under = at ? doc.elementFromPoint(at.x, at.y) : null
        if (at && under && within(under)) {
          const init = { clientX: at.x, clientY: at.y, pointerType: 'mouse', isPrimary: true, pointerId: 1 }
          under.dispatchEvent(new PointerEvent('pointerover', { ...init, bubbles: true, composed: true }))
          for (let el: Element | null = under; el && within(el); el = el.parentElement)
            el.dispatchEvent(new PointerEvent('pointerenter', init))
          under.dispatchEvent(new PointerEvent('pointermove', { ...init, bubbles: true, composed: true }))
        }
        const target = event?.target
        if (!event || !(target instanceof Element) || !target.isConnected) return
        target.dispatchEvent(copyEvent(event))
      }
    },
  }
}

function copyEvent(event: Event): Event {
  const base = { bubbles: true, cancelable: true, composed: true }
  if (event instanceof KeyboardEvent) {
    const { key, code, shiftKey, altKey, ctrlKey, metaKey } = event
    return new KeyboardEvent(event.type, { ...base, key, code, shiftKey, altKey, ctrlKey, metaKey })
  }
  if (event instanceof MouseEvent) {
    const { clientX, clientY, screenX, screenY, button, detail, shiftKey, altKey, ctrlKey, metaKey } = event
    return new MouseEvent(event.type, {
      ...base,
      clientX,
      clientY,
      screenX,
      screenY,
      button,
      detail,
      shiftKey,
      altKey,
      ctrlKey,
      metaKey,
    })
  }
  return new Event(event.type, base)
}
