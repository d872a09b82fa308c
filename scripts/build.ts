/**
 * `npm run build`: the client build (dist/), a server build of src/pages/entry-server.ts (.ssr/), then every page
 * prerendered into its HTML with the data in dist/data/. The result is a static site that shows its graphics
 * without JavaScript.
 */
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'vite'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import type { RenderedPage } from '../src/pages/entry-server.ts'
import { PRERENDERED_PAGES, type PageName } from '../src/pages/pages.ts'
import { formatDrawnFrom, type DrawnFrom } from '../src/boot/check.ts'
import { deferPageScript } from './lib/bootstrap.ts'
import { escapeAttribute } from './lib/html.ts'
import { DEFAULT_FLAGS } from '../src/lib/flags.ts'
import { LANGS, translate, type Lang } from '../src/lib/i18n/index.ts'
import { story } from '../src/pages/story/messages.ts'
import { STORY_FILES, storyHref } from '../src/embed/story-files.ts'
import { CORRECTIONS_FILES } from '../src/pages/story/corrections-files.ts'
import { embedMessages } from '../src/embed/messages.ts'
import { embedPath } from '../src/embed/snippets.ts'
import type { EmbedName } from '../src/embed/snippets.ts'

const root = fileURLToPath(new URL('../', import.meta.url))

/**
 * Reads published files from dist/ instead of the network, and notes the SHA-256 of each one read: the first view
 * compares them with the published manifest before it trusts the prerendered HTML (src/boot/check.ts).
 */
function fetchFromDist(dataBase: URL): { fetch: typeof fetch; drawnFrom: () => DrawnFrom[] } {
  const read = new Map<string, string>()
  const fetchImpl: typeof fetch = async (input) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url)
    let bytes: Uint8Array<ArrayBuffer>
    try {
      bytes = new Uint8Array(await readFile(fileURLToPath(url)))
    } catch {
      return new Response('Not found', { status: 404 })
    }
    read.set(url.href.slice(dataBase.href.length), createHash('sha256').update(bytes).digest('hex'))
    return new Response(bytes, { headers: { 'Content-Type': 'application/json' } })
  }
  // In path order, so a build writes the same page whatever order the reads finished in.
  const drawnFrom = () =>
    [...read].map(([path, sha256]) => ({ path, sha256 })).sort((a, b) => a.path.localeCompare(b.path))
  return { fetch: fetchImpl, drawnFrom }
}

/** Puts the rendered markup inside <div id="app">, marked with the flags and the data files it was rendered with. */
export function injectPage(html: string, page: RenderedPage, drawnFrom: readonly DrawnFrom[] = []): string {
  const marker = /<div id="app"([^>]*)><\/div>/
  if (!marker.test(html)) throw new Error('No empty <div id="app"></div> to prerender into')
  const flags = escapeAttribute(page.flags)
  const drawn = drawnFrom.length > 0 ? ` data-drawn-from="${escapeAttribute(formatDrawnFrom(drawnFrom))}"` : ''
  const theme = new URLSearchParams(page.flags).get('theme') ?? 'auto'
  return html
    .replace(/<html\b/, `<html data-theme="${escapeAttribute(theme)}"`)
    .replace('</head>', `${page.head}</head>`)
    .replace(
      marker,
      (_all, attributes: string) =>
        `<div id="app"${attributes} data-prerendered="${flags}"${drawn}>${page.body}</div>${page.after ?? ''}`,
    )
}

/**
 * The story page's <head>, in another language: <html lang>, title, description, social tags, and a canonical URL
 * that names the language's own file (with `?lang=`, which the page's flags are read from).
 */
export function localizeStoryHead(html: string, lang: Lang): string {
  const canonical = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1]
  if (canonical === undefined) throw new Error('The story page has no canonical link to localize')
  const title = escapeAttribute(translate(story, lang, 'headline'))
  const description = escapeAttribute(translate(story, lang, 'dek'))
  const url = escapeAttribute(new URL(storyHref({ ...DEFAULT_FLAGS, lang }, true), canonical).href)
  const replaced = html
    .replace(/(<html\b[^>]*\slang=")[^"]*"/, `$1${lang}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`)
    .replace(/(<meta\s+name="description"\s+content=")[^"]*"/, `$1${description}"`)
    .replace(/(<meta property="og:title" content=")[^"]*"/, `$1${title}"`)
    .replace(/(<meta property="og:description" content=")[^"]*"/, `$1${description}"`)
    .replace(/(<link rel="canonical" href=")[^"]*"/, `$1${url}"`)
    .replace(/(<meta property="og:url" content=")[^"]*"/, `$1${url}"`)
    .replace(/(<meta property="og:image" content="[^"]*story-)en(\.png")/, `$1${lang}$2`)
  if (!replaced.includes(`lang="${lang}"`) || !replaced.includes(`<title>${title}</title>`))
    throw new Error(`The story page's <head> could not be localized to ${lang}`)
  return replaced
}

/**
 * An embed page's <head> in another language: <html lang>, the title its iframe code gives it too, the social
 * image in that language, and a canonical link to the story's file in that language.
 */
export function localizeEmbedHead(html: string, widget: EmbedName, lang: Lang): string {
  const canonical = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1]
  if (canonical === undefined) throw new Error(`The ${widget} embed has no canonical link to localize`)
  const title = escapeAttribute(translate(embedMessages, lang, `title_${widget}`))
  const url = escapeAttribute(new URL(storyHref({ ...DEFAULT_FLAGS, lang }, true), canonical).href)
  const replaced = html
    .replace(/(<html\b[^>]*\slang=")[^"]*"/, `$1${lang}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`)
    .replace(/(<meta property="og:title" content=")[^"]*"/, `$1${title}"`)
    .replace(/(<link rel="canonical" href=")[^"]*"/, `$1${url}"`)
    .replace(/(<meta property="og:url" content=")[^"]*"/, `$1${url}"`)
    .replace(/(<meta property="og:image" content="[^"]*-)en(\.png")/, `$1${lang}$2`)
  if (!replaced.includes(`lang="${lang}"`) || !replaced.includes(`<title>${title}</title>`))
    throw new Error(`The ${widget} embed's <head> could not be localized to ${lang}`)
  return replaced
}

/** The file each page is prerendered into, per language (the story's and the embeds' language files are contracts). */
function pageFile(page: PageName, lang: Lang): string {
  if (page === 'story') return STORY_FILES[lang]
  const path = embedPath(widgetOf(page), lang)
  return path.endsWith('/') ? path + 'index.html' : path
}

const widgetOf = (page: Exclude<PageName, 'story'>) => page.slice('embed-'.length) as EmbedName

/** Each language's file, relative to the page's folder: `./` for English (the folder's index.html), else its name. */
export function languageFiles(page: PageName): Record<Lang, string> {
  const html = PRERENDERED_PAGES.find((spec) => spec.name === page)!.file
  const folder = html.slice(0, html.lastIndexOf('/') + 1)
  return Object.fromEntries(
    LANGS.map((lang) => {
      const file = pageFile(page, lang)
      if (!file.startsWith(folder)) throw new Error(`${page}: its ${lang} file ${file} is not in ${folder || './'}`)
      const name = file.slice(folder.length)
      return [lang, name === 'index.html' ? './' : `./${name}`]
    }),
  ) as Record<Lang, string>
}

/** A page's template, with its <head> in the language it is prerendered in. */
function localizeHead(html: string, page: PageName, lang: Lang): string {
  if (lang === 'en') return html
  return page === 'story' ? localizeStoryHead(html, lang) : localizeEmbedHead(html, widgetOf(page), lang)
}

interface ManifestChunk {
  file: string
  css?: string[]
  imports?: string[]
  dynamicImports?: string[]
}

/**
 * A page's first view ships only src/boot/start.ts; its components' code arrives later by dynamic import, and
 * Vite would fetch their CSS only then. The prerendered graphic needs those styles for its first paint, so each
 * page gets, inline in its <head>, the CSS of all the code it may load (Vite's manifest says which): one download
 * instead of one per stylesheet before anything is drawn (the CSP allows inline styles, not inline scripts).
 * Each file also keeps a `<link rel="stylesheet" disabled>`, which the browser does not fetch: Vite's loader sees
 * it and does not fetch the same CSS again when the interactive code arrives.
 */
async function inlineStyles(dist: string) {
  const manifestFile = dist + '.vite/manifest.json'
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Record<string, ManifestChunk>
  for (const [key, entry] of Object.entries(manifest)) {
    if (!key.endsWith('.html')) continue
    const css = new Set<string>()
    const seen = new Set<string>()
    const walk = (chunk: ManifestChunk | undefined) => {
      if (!chunk || seen.has(chunk.file)) return
      seen.add(chunk.file)
      for (const file of chunk.css ?? []) css.add(file)
      for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) walk(manifest[next])
    }
    walk(entry)
    let html = await readFile(dist + key, 'utf8')
    const up = '../'.repeat(key.split('/').length - 1) || './'
    // The page's own stylesheets first, in their order, then those of the code it loads later.
    const linked = /<link rel="stylesheet"[^>]*? href="([^"]+\.css)">/g
    const files = [...html.matchAll(linked)].map((match) => match[1]!.slice(up.length))
    for (const file of css) if (!files.includes(file)) files.push(file)
    const styles = await Promise.all(files.map((file) => readFile(dist + file, 'utf8')))
    if (styles.some((style) => /<\/style/i.test(style))) throw new Error(`${key}: a stylesheet contains </style`)
    const markers = files.map((file) => `<link rel="stylesheet" disabled href="${up}${file}">`).join('')
    html = html.replace(linked, '').replace('</head>', `<style>${styles.join('\n')}</style>${markers}</head>`)
    // Every page sends a reader who asks for another language to that language's prerendered file.
    const page = PRERENDERED_PAGES.find((spec) => spec.file === key)
    await writeFile(dist + key, deferPageScript(html, page ? languageFiles(page.name) : undefined))
  }
  await rm(dist + '.vite', { recursive: true, force: true })
}

/**
 * dist/embed/loader.js (host side of the iframe protocol, one small classic script) and dist/embed/elements.js
 * (custom elements: every component compiled with injected CSS, so styles land inside each shadow root).
 */
async function buildEmbedScripts(dist: string, logLevel: 'warn' | 'info') {
  const outDir = dist + 'embed/'
  await build({
    configFile: false,
    logLevel,
    build: {
      outDir,
      emptyOutDir: false,
      lib: {
        entry: root + 'src/embed/loader.ts',
        formats: ['iife'],
        name: 'peruProtestsLoader',
        fileName: () => 'loader.js',
      },
    },
  })
  await build({
    configFile: false,
    logLevel,
    plugins: [svelte({ configFile: root + 'svelte.config.js', compilerOptions: { css: 'injected' } })],
    build: {
      outDir,
      emptyOutDir: false,
      lib: { entry: root + 'src/embed/elements.svelte.ts', formats: ['es'], fileName: () => 'elements.js' },
      rollupOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  })
}

/** Builds into `outDir` (default dist/); tests build into their own folder so parallel runs never collide. */
export async function buildSite(options: { quiet?: boolean; outDir?: string } = {}) {
  // A build is a production build even when a test runner (NODE_ENV=test) asks for it: Vite reads NODE_ENV to
  // decide import.meta.env.DEV, and a DEV flag would make the data URL point at the dev server's /data/.
  const previous = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await buildSiteInProduction(options)
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = previous
  }
}

async function buildSiteInProduction({ quiet = false, outDir = root + 'dist/' }: { quiet?: boolean; outDir?: string }) {
  const dist = outDir.endsWith('/') ? outDir : outDir + '/'
  // Inside the project, so the server bundle resolves its dependencies from node_modules; unique per build.
  const ssrOut = (await mkdtemp(root + '.ssr-')) + '/'
  const logLevel = quiet ? 'warn' : 'info'
  const configFile = root + 'vite.config.ts'
  await build({ configFile, logLevel, build: { outDir: dist, manifest: true } })
  await inlineStyles(dist)
  await build({ configFile, logLevel, build: { ssr: true, outDir: ssrOut, emptyOutDir: true } })
  const server = (await import(
    pathToFileURL(ssrOut + 'entry-server.js').href
  )) as typeof import('../src/pages/entry-server.ts')
  const dataBase = pathToFileURL(dist + 'data/')
  for (const { name: page, file } of PRERENDERED_PAGES) {
    const html = await readFile(dist + file, 'utf8')
    // Every page once per language, each language's file in the page's folder so every relative URL holds.
    for (const lang of LANGS) {
      const source = fetchFromDist(dataBase)
      const rendered = await server.renderPage(page, dataBase, source.fetch, { ...DEFAULT_FLAGS, lang })
      await writeFile(
        dist + pageFile(page, lang),
        injectPage(localizeHead(html, page, lang), rendered, source.drawnFrom()),
      )
    }
  }
  // The whole corrections log, one page per language (the story lists each dataset's latest version).
  for (const lang of LANGS) await writeFile(dist + CORRECTIONS_FILES[lang], server.renderCorrectionsPage(lang))
  await rm(ssrOut, { recursive: true, force: true })
  await buildEmbedScripts(dist, logLevel)
  if (!quiet)
    console.log(`Prerendered ${PRERENDERED_PAGES.length} pages, each in ${LANGS.length} languages, into ${dist}`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildSite()
}
