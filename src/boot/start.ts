/**
 * How every page starts: start → check → hydrate | mount. The graphic is already in the HTML, prerendered at build
 * time; this module, the only script of the first view,
 * - start: reads the page's flags and, in an embed, keeps the iframe sized (src/embed/resize.ts);
 * - check: once the page has loaded and is idle, asks the published manifest whether the data the HTML was drawn
 *   from are still current (check.ts), and downloads nothing else;
 * - hydrate: when the reader reaches for a graphic (intent.ts), loads the interactive code, which downloads the
 *   data and hydrates the HTML in place (hydrate.svelte.ts);
 * - mount: draws the page anew, without waiting for the reader, when the HTML cannot be trusted: other flags than
 *   the prerendered ones, a moment of the story asked for in the URL (src/lib/selection-flags.ts; in the story embed,
 *   a step other than the first, which its main.ts says), or a dataset
 *   corrected since the build. When the manifest cannot be had, the prerendered
 *   graphic stays (it is right as of its build) and the page is drawn anew from the data once the reader reaches
 *   for it; a data file that fails then shows the widget's error view.
 *
 * The root's data-boot says where a page is: "static" (checked, waiting for the reader), "loading", then
 * "hydrated" or "mounted".
 */
import { flagsFromSearch, flagsToSearch, hostFlagChanges, type HostFlags, type RenderFlags } from '../lib/flags.ts'
import { hasSelection, selectionFromSearch } from '../lib/selection-flags.ts'
import { dataBaseUrl } from './data-base.ts'
import { checkData, parseDrawnFrom, type Freshness } from './check.ts'
import { watchIntent } from './intent.ts'
import { startResizeProtocol, type ResizeProtocol } from '../embed/resize.ts'
import type { EmbedName } from '../embed/snippets.ts'

export interface PageContext {
  target: HTMLElement
  /** The flags to render with: the page's own, with any the host asked for before the code arrived. */
  flags: RenderFlags
  /** The manifest says the data are the files the HTML was drawn from: the HTML may be hydrated as it is. */
  current: boolean
  /** An embed's resize protocol (undefined on the story page). */
  protocol?: ResizeProtocol
}

/** A page's interactive code: hydrates the page, or mounts it anew; resolves to its live (reactive) flags. */
export interface InteractivePage {
  hydrate(context: PageContext): Promise<{ flags: RenderFlags }>
}

export interface StartOptions {
  target: HTMLElement
  /** The page's interactive code, as a dynamic import so that the first view does not download it. */
  load: () => Promise<InteractivePage>
  /** An embed page's widget (or the story embed): starts the iframe resize protocol. */
  widget?: EmbedName
  /**
   * The URL asks for something the HTML was not prerendered with, which the page knows of itself (the story embed:
   * a step other than the first). Default: a moment of the story in an embed's URL (department, period, event).
   */
  redraw?: boolean
  /**
   * Elements (a CSS selector) whose nearing the viewport counts as reaching for a graphic: the story's steps, which
   * move the graphics as they scroll by.
   */
  near?: string
}

export function start({ target, load, widget, redraw, near }: StartOptions): void {
  const flags = flagsFromSearch(location.search, { navigatorLangs: navigator.languages })
  // Written only when they differ from the prerendered ones: an attribute change on <html> restyles the whole page.
  const root = document.documentElement
  if (root.lang !== flags.lang) root.lang = flags.lang
  if (root.dataset.theme !== flags.theme) root.dataset.theme = flags.theme
  const explicit = new URLSearchParams(location.search)

  let live: RenderFlags | null = null
  let pending: HostFlags = {}
  let waking = false

  // The HTML was drawn with the default selection (and the story embed at its first step): a page that asks for
  // another one is drawn anew.
  const selected = redraw ?? (widget !== undefined && hasSelection(selectionFromSearch(location.search)))
  const drawn =
    target.firstElementChild && target.dataset.prerendered === flagsToSearch(flags) && !selected
      ? parseDrawnFrom(target.dataset.drawnFrom)
      : null
  let checking: Promise<Freshness> | null = null
  const checked = () => (checking ??= drawn ? checkData(drawn, dataBaseUrl()) : Promise.resolve('changed'))

  const intent = watchIntent(
    document,
    (element) => target.contains(element) && element.closest('[data-widget]') !== null,
    () => wake(),
  )

  const nearing = near ? watchNearing(target.querySelectorAll(near), () => wake()) : undefined

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
    Promise.all([load(), checked()])
      .then(([page, freshness]) =>
        page.hydrate({ target, flags: { ...flags, ...pending }, current: freshness === 'current', protocol }),
      )
      .then((started) => {
        live = started.flags
        Object.assign(live, pending)
        intent.finish()()
        nearing?.disconnect()
      })
      .catch((error: unknown) => {
        // The interactive code did not arrive (offline?): the prerendered graphic stays, and the next intent retries.
        waking = false
        target.dataset.boot = 'static'
        console.warn('[peru-protests] The interactive graphic could not load; showing the static one.', error)
      })
  }

  if (!drawn) return wake()
  whenIdle(() =>
    checked().then((freshness) => {
      if (freshness === 'changed') wake()
      else if (!waking) target.dataset.boot = 'static'
    }),
  )
}

/** Calls `onnear` once any of `elements` comes within a screen's height of the viewport. */
function watchNearing(elements: NodeListOf<Element>, onnear: () => void): IntersectionObserver | undefined {
  if (!elements.length || typeof IntersectionObserver !== 'function') return undefined
  const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && onnear(), {
    rootMargin: '0px 0px 100% 0px',
  })
  for (const element of elements) observer.observe(element)
  return observer
}

/** After the load event, when the main thread is idle (within 2 s at most). */
function whenIdle(run: () => void) {
  const schedule = () =>
    'requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 50)
  if (document.readyState === 'complete') schedule()
  else addEventListener('load', schedule, { once: true })
}
