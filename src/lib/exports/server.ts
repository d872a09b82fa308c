/**
 * Server only: lets the exports widget draw Plot's SVG during svelte/server's render (see prerender.ts). Imported by
 * src/pages/entry-server.ts, never by the client, so neither Plot nor linkedom reaches the browser's first view.
 */
import { parseHTML } from 'linkedom'
import { setChartRenderer } from './prerender.ts'
import { renderChartSvg } from './render.ts'

export function installServerChartRenderer(): void {
  // One light DOM for every chart: Plot only creates detached nodes in it and serialises them.
  const { document } = parseHTML('<!doctype html><html><body></body></html>')
  setChartRenderer((spec, width) => renderChartSvg(spec, width, document as unknown as Document))
}
