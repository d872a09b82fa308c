/**
 * Server only: lets the exports widget draw Plot's SVG during svelte/server's render (see src/lib/exports/prerender.ts).
 * Imported by entry-server.ts, never by the client, so neither Plot nor linkedom reaches the browser's first view. It
 * lives with the pages, not in src/lib, so the npm package never imports linkedom (a dev dependency).
 */
import { parseHTML } from 'linkedom'
import { setChartRenderer } from '../lib/exports/prerender.ts'
import { renderChartSvg } from '../lib/exports/render.ts'

export function installServerChartRenderer(): void {
  // One light DOM for every chart: Plot only creates detached nodes in it and serialises them.
  const { document } = parseHTML('<!doctype html><html><body></body></html>')
  setChartRenderer((spec, width) => renderChartSvg(spec, width, document as unknown as Document))
}
