/**
 * How the exports charts reach the page without shipping Plot on first view (Plot is ~80 KB gz).
 *
 * - Server (build time): src/pages/entry-server.ts registers a renderer (Plot + linkedom, see
 *   src/pages/server-charts.ts). During svelte/server's render the widget asks for each chart × width synchronously
 *   and puts Plot's own serialised SVG in the markup, in the page's language. Every page has a prerendered file per
 *   language (scripts/build.ts), and a reader who asks for another language is sent to that file, so the HTML
 *   carries no other language's charts.
 * - Browser: this module runs before src/boot/hydrate.svelte.ts hydrates or replaces the markup, and keeps every
 *   prerendered SVG string it finds, by key. Hydration then keeps the server's nodes as they are (Svelte does not
 *   re-create {@html} content while hydrating); a fresh mount in the same language (another theme or flags) reuses
 *   the kept strings, so neither path needs Plot.
 * - Only when no prerendered SVG exists (Storybook, a custom element on a host page, a newer data version than the
 *   HTML, a host that switches an embed's language in place with `data-lang`) does the widget import Plot, lazily
 *   (render.ts).
 *
 * Keys name the data version, not a hash of formatted text: the browser's Intl may format a number differently from
 * node's, and that must not turn a hydration into a re-render.
 */
import type { Lang } from '../i18n/index.ts'
import type { ChartFocus, ChartSpec } from './spec.ts'

/** The widths every chart is prerendered at; CSS container queries show the one that fits (see ExportsChart). */
export const CHART_WIDTHS = [320, 480, 720] as const
export type ChartWidth = (typeof CHART_WIDTHS)[number]

/** Container widths (px) from which the next prerendered width is shown. */
export const WIDTH_BREAKS = [400, 600] as const

/** Space to hold for a chart before its SVG exists (the lazy path), so nothing below it jumps. */
export const RESERVE_PX: Record<ChartSpec['id'], number> = {
  yearly: 300,
  lav: 240,
  share: 200,
  region: 420,
  permit: 190,
}

export type ChartRenderer = (spec: ChartSpec, width: number) => string

let renderer: ChartRenderer | null = null

/** Server only (entry-server.ts), and the browser's lazy path once Plot has loaded. */
export function setChartRenderer(fn: ChartRenderer | null): void {
  renderer = fn
}

/**
 * The data version a chart is drawn from: part of every key, so stale markup is never reused for newer data. A
 * focused chart (a host's highlight, the compact layout) is another drawing, with its own key.
 */
export function svgKey(id: ChartSpec['id'], lang: Lang, width: number, version: string, focus?: ChartFocus): string {
  const base = `${id}.${lang}.${width}.${version}`
  return focus ? `${base}.${focus.compact ? 'compact' : 'full'}.${focus.keys.join('+')}` : base
}

const kept = new Map<string, string>()

/** Collects the prerendered SVGs under a root, by their data-pp-svg key. */
export function keepPrerendered(root: ParentNode): number {
  let found = 0
  // a guided story's step charts wait in an inert <template> (step-charts.ts)
  for (const template of root.querySelectorAll('template')) found += keepPrerendered(template.content)
  for (const el of root.querySelectorAll('[data-pp-svg]')) {
    const key = el.getAttribute('data-pp-svg')
    const svg = el.querySelector('svg')
    if (key && svg) {
      kept.set(key, svg.outerHTML)
      found += 1
    }
  }
  return found
}

/** For tests: forget what was kept. */
export function forgetPrerendered(): void {
  kept.clear()
}

/** For tests: how many SVGs were kept. */
export function keptCount(): number {
  return kept.size
}

// Runs at import, i.e. before hydrate.svelte.ts can replace the prerendered markup (see the module comment).
if (typeof document !== 'undefined') keepPrerendered(document)

/** The SVG markup of a chart at a width: drawn now (server, or after the lazy load), or kept from the page; or null. */
export function chartSvg(spec: ChartSpec, width: number, version: string): string | null {
  const key = svgKey(spec.id, spec.lang, width, version, spec.focus)
  const known = kept.get(key)
  if (known) return known
  if (!renderer) return null
  const svg = renderer(spec, width)
  kept.set(key, svg)
  return svg
}

/** True when a drawing of this chart at this width is kept (prerendered, or drawn earlier in the page). */
export function hasDrawing(spec: ChartSpec, width: number, version: string): boolean {
  return kept.has(svgKey(spec.id, spec.lang, width, version, spec.focus))
}

/** Keeps a drawing made in the browser, so that showing the same chart again draws nothing. */
export function keepDrawing(spec: ChartSpec, width: number, version: string, svg: string): void {
  kept.set(svgKey(spec.id, spec.lang, width, version, spec.focus), svg)
}

/** Which prerendered width a container of this width shows (mirrors the container queries). */
export function widthFor(containerWidth: number): ChartWidth {
  if (containerWidth < WIDTH_BREAKS[0]) return CHART_WIDTHS[0]
  if (containerWidth < WIDTH_BREAKS[1]) return CHART_WIDTHS[1]
  return CHART_WIDTHS[2]
}
