// The consumer app's first view on the server, as SvelteKit does it: run the page's load function with a fetch that
// serves the published data, then svelte/server's render of the page with that data.
// Usage: node render-page.mjs <the app's built server entry> <folder of the published data>
// Prints { head, body, data } as JSON.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const [entry, dataDir] = process.argv.slice(2)
if (!entry || !dataDir) throw new Error('usage: node render-page.mjs <server entry> <data folder>')

const { load, renderPage } = await import(pathToFileURL(entry).href)

/** https://site/data/<file> is the published data folder the app's code names (https://SITE/data/). */
async function fetchData(input) {
  const url = new URL(input instanceof Request ? input.url : String(input))
  if (url.origin !== 'https://site' || !url.pathname.startsWith('/data/')) return new Response(null, { status: 404 })
  try {
    const body = await readFile(join(dataDir, url.pathname.slice('/data/'.length)))
    return new Response(body, { headers: { 'content-type': 'application/json' } })
  } catch {
    return new Response(null, { status: 404 })
  }
}

const data = await load({ fetch: fetchData })
const { head, body } = renderPage(data)
process.stdout.write(JSON.stringify({ head, body, data }))
