/**
 * The first view of every page, and all the JavaScript it ships. The graphic is already in the HTML, prerendered
 * at build time; this script
 * - checks, once the page has loaded and is idle, that the published data are byte for byte the files the HTML
 *   was drawn from (src/embed/wake.ts), in a worker (verify-off-thread.ts);
 * - keeps an iframe sized (src/embed/resize.ts) from the start;
 * - loads the interactive code (Svelte, the widget, the validators) when the reader reaches for a graphic, and
 *   hands it the downloads already made; the page is then hydrated in place.
 * It loads the interactive code at once when the HTML cannot be trusted: other flags than the prerendered ones
 * (another language or theme), other data (a correction published since the build), or a failed download, which
 * the widget then reports with its error view and retry button.
 *
 * The root's data-boot says where a page is: "static" (checked, waiting for the reader), "loading", then
 * "hydrated" or "mounted" (see boot.svelte.ts).
 */
import { flagsFromSearch, flagsToSearch, hostFlagChanges, type HostFlags, type RenderFlags } from './flags.ts'
import { dataBaseUrl } from './data-base.ts'
import { parsePrints } from './fingerprint.ts'
import { prefilledFetch, watchIntent } from './wake.ts'
import { verifyOffThread } from './verify-off-thread.ts'
import { startResizeProtocol, type ResizeProtocol } from './resize.ts'
import type { WidgetName } from '../lib/widget.ts'

export interface WakeContext {
  target: HTMLElement
  /** The flags to render with: the page's own, with any the host asked for before the code arrived. */
  flags: RenderFlags
  /** Answers the downloads the first view already made, once each; undefined when there are none. */
  fetch?: typeof fetch
  /** The published data are the files the HTML was drawn from, so the HTML may be hydrated as it is. */
  verified: boolean
  /** An embed's resize protocol, started by the first view (undefined on the story page). */
  protocol?: ResizeProtocol
}

export interface Interactive {
  /** Hydrates or mounts the page; resolves to its live (reactive) flags. */
  start(context: WakeContext): Promise<{ flags: RenderFlags }>
}

export interface PageOptions {
  target: HTMLElement
  /** The page's interactive code, as a dynamic import so that the first view does not download it. */
  load: () => Promise<Interactive>
  /** An embed page's widget: starts the iframe resize protocol. */
  widget?: WidgetName
}

export function startPage({ target, load, widget }: PageOptions): void {
  const flags = flagsFromSearch(location.search, { navigatorLangs: navigator.languages })
  // Written only when they differ from the prerendered ones: an attribute change on <html> restyles the whole page.
  const root = document.documentElement
  if (root.lang !== flags.lang) root.lang = flags.lang
  if (root.dataset.theme !== flags.theme) root.dataset.theme = flags.theme
  const explicit = new URLSearchParams(location.search)

  let live: RenderFlags | null = null
  let pending: HostFlags = {}
  let waking = false

  const prints =
    target.firstElementChild && target.dataset.prerendered === flagsToSearch(flags)
      ? parsePrints(target.dataset.verify)
      : null
  // The check waits until the page has loaded and the main thread is idle (the first paint comes first), or until
  // the reader reaches for a graphic, whichever is sooner.
  let verifying: Promise<Map<string, Uint8Array> | null> | null = null
  const verified = () => (verifying ??= prints ? verifyOffThread(prints, dataBaseUrl()) : Promise.resolve(null))

  const intent = watchIntent(
    document,
    (element) => target.contains(element) && element.closest('[data-widget]') !== null,
    () => wake(),
  )

  const protocol = widget
    ? startResizeProtocol({
        wrapper: target,
        widget,
        onflags: (requested) => {
          const changes = hostFlagChanges(requested, explicit)
          if (live) return void Object.assign(live, changes)
          pending = { ...pending, ...changes }
          if (Object.entries(pending).some(([key, value]) => flags[key as keyof HostFlags] !== value)) wake()
        },
      })
    : undefined

  function wake() {
    if (waking) return
    waking = true
    target.dataset.boot = 'loading'
    Promise.all([load(), verified()])
      .then(([page, files]) =>
        page.start({
          target,
          flags: { ...flags, ...pending },
          fetch: files ? prefilledFetch(files) : undefined,
          verified: files !== null,
          protocol,
        }),
      )
      .then((started) => {
        live = started.flags
        Object.assign(live, pending)
        intent.finish()()
      })
      .catch((error: unknown) => {
        // The interactive code did not arrive (offline?): the prerendered graphic stays, and the next intent retries.
        waking = false
        target.dataset.boot = 'static'
        console.warn('[peru-protests] The interactive graphic could not load; showing the static one.', error)
      })
  }

  if (!prints) return wake()
  whenIdle(() =>
    verified().then((files) => {
      if (!files) wake()
      else if (!waking) target.dataset.boot = 'static'
    }),
  )
}

/** After the load event, when the main thread is idle (within 2 s at most). */
function whenIdle(run: () => void) {
  const schedule = () =>
    'requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 50)
  if (document.readyState === 'complete') schedule()
  else addEventListener('load', schedule, { once: true })
}
