/**
 * `npm run build`: the client build (dist/), a server build of src/pages/entry-server.ts (.ssr/), then every page
 * prerendered into its HTML with the data in dist/data/. The result is a static site that shows its graphics
 * without JavaScript.
 */
import { readFile, writeFile, rm } from 'node:fs/promises'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'vite'
import type { PageName, RenderedPage } from '../src/pages/entry-server.ts'

const root = fileURLToPath(new URL('../', import.meta.url))

export const PAGE_FILES: Record<PageName, string> = {
  story: 'index.html',
  'embed-map': 'embed/map/index.html',
  'embed-timeline': 'embed/timeline/index.html',
  'embed-exports': 'embed/exports/index.html',
}

/** Reads published files from dist/ instead of the network. */
const fetchFromDist: typeof fetch = async (input) => {
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url)
  try {
    return new Response(await readFile(fileURLToPath(url)), { headers: { 'Content-Type': 'application/json' } })
  } catch {
    return new Response('Not found', { status: 404 })
  }
}

/** Puts the rendered markup inside <div id="app">, marked with the flags it was rendered with. */
export function injectPage(html: string, page: RenderedPage): string {
  const marker = /<div id="app"([^>]*)><\/div>/
  if (!marker.test(html)) throw new Error('No empty <div id="app"></div> to prerender into')
  const flags = page.flags.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)
  return html
    .replace('</head>', `${page.head}</head>`)
    .replace(
      marker,
      (_all, attributes: string) => `<div id="app"${attributes} data-prerendered="${flags}">${page.body}</div>`,
    )
}

/** Builds into `outDir` (default dist/); tests build into their own folder so parallel runs never collide. */
export async function buildSite({ quiet = false, outDir = root + 'dist/' } = {}) {
  const dist = outDir.endsWith('/') ? outDir : outDir + '/'
  const ssrOut = dist.replace(/\/$/, '') + '.ssr/'
  const logLevel = quiet ? 'warn' : 'info'
  const configFile = root + 'vite.config.ts'
  await build({ configFile, logLevel, build: { outDir: dist } })
  await build({ configFile, logLevel, build: { ssr: true, outDir: ssrOut, emptyOutDir: true } })
  const server = (await import(
    pathToFileURL(ssrOut + 'entry-server.js').href
  )) as typeof import('../src/pages/entry-server.ts')
  const dataBase = pathToFileURL(dist + 'data/')
  for (const [page, file] of Object.entries(PAGE_FILES) as [PageName, string][]) {
    const rendered = await server.renderPage(page, dataBase, fetchFromDist)
    const html = await readFile(dist + file, 'utf8')
    await writeFile(dist + file, injectPage(html, rendered))
  }
  await rm(ssrOut, { recursive: true, force: true })
  if (!quiet) console.log(`Prerendered ${Object.keys(PAGE_FILES).length} pages into ${dist}`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildSite()
}
