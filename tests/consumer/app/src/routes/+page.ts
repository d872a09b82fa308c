import { loadExportsData, loadMapData, loadTimelineData } from 'peru-protests-graphics'

const base = new URL('https://SITE/data/')

// On the server for the first view, with SvelteKit's fetch; the data then travels with the page.
export async function load({ fetch }: { fetch: typeof globalThis.fetch }) {
  const [map, timeline, exportsData] = await Promise.all([
    loadMapData({ base, fetch }),
    loadTimelineData({ base, fetch }),
    loadExportsData({ base, fetch }),
  ])
  return { map, timeline, exportsData }
}
