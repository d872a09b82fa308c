/**
 * What a reader downloads on first view of each page, measured from the built site (no browser, deterministic):
 * the HTML, every script / modulepreload / stylesheet it links, the chunks those scripts import statically
 * (followed recursively; dynamic `import()` is lazy and not counted), files referenced from the CSS, and the data
 * manifest that the first view checks (src/boot/check.ts). The data files themselves are downloaded only when the
 * reader reaches for a graphic, with the interactive code. Sizes are raw, gzip (level 9) and brotli (quality 11),
 * as a CDN would serve them. The byte budgets test (tests/e2e/budgets.test.ts) and the bench (scripts/bench.ts) both
 * measure with it.
 */
import { readFileSync, existsSync } from 'node:fs'
import { posix } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { MODULE_ATTRIBUTE, PRELOAD_ATTRIBUTE } from './bootstrap-script.ts'
import { PRERENDERED_PAGES, pagePath } from '../../src/pages/pages.ts'

export type AssetKind = 'html' | 'js' | 'css' | 'data' | 'geo' | 'other'

export interface PageSpec {
  /** Page name used in the tables and in budgets.json. */
  name: string
  /** Path of the HTML file inside dist/. */
  file: string
  /** URL path of the page, relative to the site root (for browsers). */
  path: string
  /** Datasets the page's widgets download when the reader reaches for them (dist/data/<dataset>/v1.json). */
  datasets: string[]
}

/** The pages readers see (the prerendered ones of src/pages/pages.ts), with the datasets each one's widgets load. */
export const PAGES: PageSpec[] = PRERENDERED_PAGES.map((page) => ({
  name: page.name,
  file: page.file,
  path: pagePath(page),
  datasets: [...page.datasets],
}))

export const GEO_DATASETS = new Set(['peru-departments'])

export interface Sizes {
  raw: number
  gzip: number
  brotli: number
}

export interface AssetBytes extends Sizes {
  /** Path inside dist/, with forward slashes. */
  file: string
  kind: AssetKind
}

export interface PageBytes {
  page: string
  assets: AssetBytes[]
  totals: Record<AssetKind | 'all', Sizes>
}

export function compressedSizes(buffer: Buffer): Sizes {
  return {
    raw: buffer.byteLength,
    gzip: gzipSync(buffer, { level: 9 }).byteLength,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.byteLength,
      },
    }).byteLength,
  }
}

function kindOf(file: string): AssetKind {
  if (file.endsWith('.html')) return 'html'
  if (/\.m?js$/.test(file)) return 'js'
  if (file.endsWith('.css')) return 'css'
  if (file.startsWith('data/')) return GEO_DATASETS.has(file.split('/')[1] ?? '') ? 'geo' : 'data'
  return 'other'
}

/** A URL from the page resolved against the file it appears in, as a dist-relative path (null: not ours). */
export function resolveLocal(fromFile: string, url: string): string | null {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url)) return null // absolute, protocol-relative, data:, fragment
  const clean = url.split(/[?#]/)[0] ?? ''
  if (!clean) return null
  const joined = clean.startsWith('/') ? clean.slice(1) : posix.join(posix.dirname(fromFile), clean)
  const normal = posix.normalize(joined)
  return normal.startsWith('..') ? null : normal
}

const ATTRIBUTE = (name: string) => new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')

function attribute(tag: string, name: string): string | null {
  const match = ATTRIBUTE(name).exec(tag)
  return match ? (match[2] ?? match[3] ?? match[4] ?? '') : null
}

/** Files an HTML page loads on first view: scripts (and the bootstrap's module), modulepreloads, preloads, stylesheets. */
export function htmlDependencies(html: string): string[] {
  // Markup inside <noscript>, comments and <template> is not fetched up front.
  const visible = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<noscript[\s\S]*?<\/noscript>/gi, '')
    .replace(/<template[\s\S]*?<\/template>/gi, '')
  const urls: string[] = []
  for (const [tag] of visible.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src')
    if (src) urls.push(src)
    // The built pages' bootstrap (scripts/lib/bootstrap.ts) adds its module and preloads after the first frame.
    const module = attribute(tag, MODULE_ATTRIBUTE)
    if (module) urls.push(module, ...(attribute(tag, PRELOAD_ATTRIBUTE) ?? '').split(/\s+/).filter(Boolean))
  }
  for (const [tag] of visible.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/)
    const href = attribute(tag, 'href')
    // A disabled stylesheet is not fetched (the build inlines the CSS and keeps the link as a marker for Vite).
    if (!href || /\sdisabled(?=[\s>=/])/i.test(tag)) continue
    if (rel.includes('stylesheet') || rel.includes('modulepreload') || rel.includes('preload')) urls.push(href)
  }
  return urls
}

/**
 * Static imports of an ES module chunk (minified Rollup/Rolldown output): `import"./a.js"`, `import{x}from"./b.js"`,
 * `import*as y from"./c.js"`, `export{z}from"./d.js"`, `export*from"./e.js"`. A dynamic `import("./f.js")` (any quotes) is lazy.
 */
export function staticImports(code: string): string[] {
  const found: string[] = []
  const pattern =
    /(?:^|[;\n}\s])(?:import|export)\s*(?:(?:\{[^}]*\}|\*\s*(?:as\s+[\w$]+)?|[\w$]+(?:\s*,\s*(?:\{[^}]*\}|\*\s*as\s+[\w$]+))?)\s*from\s*)?(["'])([^"'\n]+)\1/g
  for (const match of code.matchAll(pattern)) {
    const specifier = match[2] ?? ''
    if (/^\.{0,2}\//.test(specifier)) found.push(specifier)
  }
  return found
}

/** Dynamic imports of a chunk (reported as lazy, never counted in first view). */
export function dynamicImports(code: string): string[] {
  return [...code.matchAll(/\bimport\(\s*(["'`])([^"'`\n]+)\1\s*\)/g)].map((m) => m[2] ?? '').filter(Boolean)
}

/** url(...) references of a stylesheet (fonts, images). */
export function cssReferences(css: string): string[] {
  return [...css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)].map((m) => m[2] ?? '').filter(Boolean)
}

export interface Graph {
  /** Every dist file fetched on first view, in discovery order (the HTML first). */
  files: string[]
  /** Chunks reachable only through import(): lazy. */
  lazy: string[]
  /**
   * Of those, what the page loads when the reader reaches for a graphic: the first view's dynamic imports (the
   * page's interactive code) and their static imports. The rest of `lazy` loads only on demand (Plot, for a chart
   * that was not prerendered).
   */
  intent: string[]
  /** Referenced but absent from dist/ (a broken build). */
  missing: string[]
}

/** Files referenced by one file of dist/: static (fetched with it) and dynamic (fetched later, lazily). */
function references(root: string, file: string): { now: string[]; later: string[] } {
  const kind = kindOf(file)
  if (kind === 'other' || kind === 'data' || kind === 'geo') return { now: [], later: [] }
  const text = readFileSync(root + file, 'utf8')
  const local = (urls: string[]) => urls.map((url) => resolveLocal(file, url)).filter((f): f is string => Boolean(f))
  if (kind === 'html') return { now: local(htmlDependencies(text)), later: [] }
  if (kind === 'css') return { now: local(cssReferences(text)), later: [] }
  return { now: local(staticImports(text)), later: local(dynamicImports(text)) }
}

/** Walks the first-view dependency graph of one HTML file, and what its dynamic imports would fetch later. */
export function firstViewGraph(distDir: string, htmlFile: string): Graph {
  const root = distDir.endsWith('/') ? distDir : distDir + '/'
  const walk = (start: string[], skip: Set<string>) => {
    const files: string[] = []
    const missing: string[] = []
    const later: string[] = []
    const seen = new Set<string>(skip)
    const queue = [...start]
    while (queue.length) {
      const file = queue.shift()!
      if (seen.has(file)) continue
      seen.add(file)
      if (!existsSync(root + file)) {
        missing.push(file)
        continue
      }
      files.push(file)
      const { now, later: dynamic } = references(root, file)
      queue.push(...now)
      later.push(...dynamic)
    }
    return { files, missing, later }
  }
  const first = walk([htmlFile], new Set())
  const intent = walk(first.later, new Set(first.files)).files
  // Lazy: everything reachable from a dynamic import, statically or dynamically, that first view did not fetch.
  const lazy: string[] = []
  let frontier = first.later
  const known = new Set(first.files)
  while (frontier.length) {
    const next = walk(frontier, known)
    for (const file of next.files) {
      known.add(file)
      lazy.push(file)
    }
    frontier = next.later.filter((file) => !known.has(file))
  }
  return { files: first.files, lazy, intent, missing: first.missing }
}

const ZERO = (): Sizes => ({ raw: 0, gzip: 0, brotli: 0 })

export function addSizes(a: Sizes, b: Sizes): Sizes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }
}

/** Bytes of one file of dist/, compressed on its own (as a CDN compresses each response). */
export function fileBytes(distDir: string, file: string): AssetBytes {
  const root = distDir.endsWith('/') ? distDir : distDir + '/'
  return { file, kind: kindOf(file), ...compressedSizes(readFileSync(root + file)) }
}

/** The one data file every page downloads on first view: the published manifest (src/boot/check.ts). */
export const MANIFEST_FILE = 'data/manifest.json'

/** The data files a page's widgets download once the reader reaches for them. */
export const dataFilesOf = (spec: PageSpec) => spec.datasets.map((dataset) => `data/${dataset}/v1.json`)

export function pageBytes(distDir: string, spec: PageSpec): PageBytes & { graph: Graph } {
  const graph = firstViewGraph(distDir, spec.file)
  const assets = [...graph.files, MANIFEST_FILE].map((file) => fileBytes(distDir, file))
  const totals = { html: ZERO(), js: ZERO(), css: ZERO(), data: ZERO(), geo: ZERO(), other: ZERO(), all: ZERO() }
  for (const asset of assets) {
    totals[asset.kind] = addSizes(totals[asset.kind], asset)
    totals.all = addSizes(totals.all, asset)
  }
  return { page: spec.name, assets, totals, graph }
}

export function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1)
}

/** A plain-text table: first row is the header; numbers right-aligned. */
export function table(rows: (string | number)[][]): string {
  const cells = rows.map((row) => row.map(String))
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)))
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')
  const [head, ...body] = cells
  return [line(head!), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n')
}

/** Rows for the byte table (KiB): per page, gzip and brotli of each kind, and the total. */
export function byteRows(pages: PageBytes[]): (string | number)[][] {
  const rows: (string | number)[][] = [['page (KiB gz / br)', 'html', 'js', 'css', 'data', 'geo', 'total', 'raw total']]
  for (const page of pages) {
    const cell = (s: Sizes) => `${kb(s.gzip)} / ${kb(s.brotli)}`
    const t = page.totals
    rows.push([page.page, cell(t.html), cell(t.js), cell(t.css), cell(t.data), cell(t.geo), cell(t.all), kb(t.all.raw)])
  }
  return rows
}

/** Gzipped bytes of the JavaScript a page may load after its first view (its dynamic imports, followed). */
export function lazyJsGzip(distDir: string, graph: Graph): number {
  return jsGzip(distDir, graph.lazy)
}

/** Gzipped bytes of the JavaScript a page loads when the reader reaches for a graphic. */
export function intentJsGzip(distDir: string, graph: Graph): number {
  return jsGzip(distDir, graph.intent)
}

const jsGzip = (distDir: string, files: string[]) =>
  files.filter((file) => kindOf(file) === 'js').reduce((sum, file) => sum + fileBytes(distDir, file).gzip, 0)
