/**
 * The child side of the embed protocol: measure the wrapper with ResizeObserver (not body.offsetHeight, which
 * misses margins and collapses), post the height to the host, answer the host's `init`, report selections.
 * The child never navigates the host and never learns the host's URL: it posts with targetOrigin '*' only
 * heights and selections, which are not secret.
 */
import { SENTINEL, cleanId, parseInitMessage, type SelectMessage, type StepMessage } from './protocol.ts'
import type { Selection } from '../lib/state/selection.svelte.ts'

export interface ResizeOptions {
  wrapper: HTMLElement
  widget: string
  /** The host asked for a language or theme (loader.js reads them from the iframe's data-lang/data-theme). */
  onflags?: (flags: { lang?: string; theme?: string }) => void
  host?: Window
}

export interface ResizeProtocol {
  /** Reports the selections made in the widget to the host (from when the widget becomes interactive). */
  follow(selection: Selection): void
  /**
   * Posts the height now. Needed after the graphic is drawn again: an iframe out of view has its rendering
   * throttled, so its ResizeObserver may not fire until the reader scrolls to it, and the host would lay out
   * around a stale height meanwhile.
   */
  measure(): void
  /** Tells the host that the story embed moved to another step (counted from 1). */
  step(step: number, count: number): void
  stop(): void
}

export function startResizeProtocol({ wrapper, widget, onflags, host = window.parent }: ResizeOptions): ResizeProtocol {
  if (host === window) return { follow() {}, measure() {}, step() {}, stop() {} }
  let id = cleanId(new URLSearchParams(location.search).get('id')) ?? widget
  let last = -1

  const post = (force = false) => {
    const height = Math.ceil(wrapper.getBoundingClientRect().height)
    if (height <= 0 || (height === last && !force)) return
    last = height
    host.postMessage({ sentinel: SENTINEL, type: 'height', id, height }, '*')
    host.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*')
  }

  const observer = new ResizeObserver(() => post())
  observer.observe(wrapper)

  const onmessage = (event: MessageEvent) => {
    if (event.source !== host) return
    const init = parseInitMessage(event.data)
    if (!init) return
    if (init.id) id = init.id
    if (onflags && (init.lang || init.theme)) onflags({ lang: init.lang, theme: init.theme })
    post(true)
  }
  window.addEventListener('message', onmessage)

  let stopSelection: (() => void) | undefined
  const follow = (selection: Selection) => {
    stopSelection?.()
    stopSelection = selection.subscribe(({ selection: s }) => {
      const message: SelectMessage = {
        sentinel: SENTINEL,
        type: 'select',
        id,
        widget,
        department: s.department,
        event: s.event,
        period: s.period,
      }
      host.postMessage(message, '*')
    })
  }

  host.postMessage({ sentinel: SENTINEL, type: 'ready', id }, '*')
  post(true)
  return {
    follow,
    measure: () => post(true),
    step(step, count) {
      const message: StepMessage = { sentinel: SENTINEL, type: 'step', id, step, count }
      host.postMessage(message, '*')
    },
    stop() {
      observer.disconnect()
      window.removeEventListener('message', onmessage)
      stopSelection?.()
    },
  }
}
