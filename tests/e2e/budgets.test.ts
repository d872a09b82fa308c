/**
 * Byte budgets of the built site (scripts/lib/budgets.json), deterministic: what each page makes a reader download on
 * first view (HTML, the JS and CSS it links and their static imports, the data manifest; no data file), gzip and
 * brotli. Chromium then checks the static count against what the page really requests, so the table cannot drift
 * from the truth; and the exports charts must be in the HTML, visible with JavaScript off.
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { baseUrl, useBrowser, widgetsSettled } from './browser.ts'
import {
  PAGES,
  byteRows,
  dataFilesOf,
  fileBytes,
  intentJsGzip,
  kb,
  lazyJsGzip,
  pageBytes,
  table,
  type Graph,
  type PageBytes,
} from '../../scripts/lib/bytes.ts'
import budgets from '../../scripts/lib/budgets.json' with { type: 'json' }

const distDir = () => inject('distDir')
const measured = new Map<string, PageBytes & { graph: Graph }>()

const browser = useBrowser()
beforeAll(() => {
  for (const spec of PAGES) measured.set(spec.name, pageBytes(distDir(), spec))
  const loader = fileBytes(distDir(), budgets.bytes.loader.file)
  const elements = fileBytes(distDir(), 'embed/elements.js')
  console.log(
    `\nFirst-view bytes (gzip level 9 / brotli q11, KiB)\n${table(byteRows([...measured.values()]))}\n` +
      `loader.js ${kb(loader.gzip)} gz / ${kb(loader.brotli)} br; elements.js ${kb(elements.gzip)} gz / ` +
      `${kb(elements.brotli)} br (custom elements, not budgeted)\n`,
  )
})

describe('byte budgets', () => {
  for (const [page, budget] of Object.entries(budgets.bytes)) {
    if (!('jsGzipMax' in budget)) continue
    it(`${page}: first view ≤ ${budget.firstViewGzipMax / 1000} KB gzipped in all, with no data file`, () => {
      const bytes = measured.get(page)!
      const detail = bytes.assets.map((a) => `${a.file} ${a.gzip} B`).join(', ')
      expect(bytes.totals.all.gzip, `${page}: ${detail}`).toBeLessThanOrEqual(budget.firstViewGzipMax)
      expect(bytes.assets.filter((a) => a.kind === 'data' || a.kind === 'geo').map((a) => a.file)).toEqual([
        'data/manifest.json',
      ])
    })
    it(`${page}: JavaScript on first view ≤ ${kb(budget.jsGzipMax)} KiB gzipped, for the reader ≤ ${kb(budget.intentJsGzipMax)} KiB, in all ≤ ${kb(budget.lazyJsGzipMax)} KiB`, () => {
      const bytes = measured.get(page)!
      expect(bytes.graph.missing, 'files referenced but not built').toEqual([])
      const js = bytes.assets.filter((a) => a.kind === 'js')
      const detail = js.map((a) => `${a.file} ${kb(a.gzip)} KiB`).join(', ')
      expect(bytes.totals.js.gzip, `${page} JS gz ${kb(bytes.totals.js.gzip)} KiB: ${detail}`).toBeLessThanOrEqual(
        budget.jsGzipMax,
      )
      const intent = intentJsGzip(distDir(), bytes.graph)
      expect(
        intent,
        `${page} JS loaded when the reader reaches for a graphic, gz ${kb(intent)} KiB`,
      ).toBeLessThanOrEqual(budget.intentJsGzipMax)
      const lazy = lazyJsGzip(distDir(), bytes.graph)
      expect(lazy, `${page} JS loaded later, gz ${kb(lazy)} KiB`).toBeLessThanOrEqual(budget.lazyJsGzipMax)
    })
  }

  it(`loader.js ≤ ${kb(budgets.bytes.loader.gzipMax)} KiB gzipped, with no imports`, () => {
    const { file, gzipMax } = budgets.bytes.loader
    const bytes = fileBytes(distDir(), file)
    expect(bytes.gzip).toBeLessThanOrEqual(gzipMax)
    // A classic script: nothing else to fetch.
    expect(readFileSync(`${distDir()}/${file}`, 'utf8')).not.toMatch(/\bimport\s*[("'{*]/)
  })

  it('every page links only files that exist', () => {
    for (const [page, bytes] of measured) expect(bytes.graph.missing, page).toEqual([])
  })
})

describe('exports charts need no JavaScript', () => {
  for (const [page, rule] of Object.entries(budgets.noJavaScript)) {
    it(`${page}: the prerendered HTML holds the charts as SVG, visible with JavaScript off`, async () => {
      const html = readFileSync(`${distDir()}/${rule.file}`, 'utf8')
      const start = html.indexOf(`data-widget="${rule.widget}"`)
      expect(start, 'prerendered widget root').toBeGreaterThan(-1)
      const svgs = html.slice(start).match(/<svg\b/g) ?? []
      expect(svgs.length).toBeGreaterThanOrEqual(rule.minSvgCharts)

      const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } })
      const page = await context.newPage()
      await page.goto(new URL(PAGES.find((p) => p.file === rule.file)!.path, baseUrl()).href)
      const charts = await page.$$eval(`[data-widget="${rule.widget}"] svg`, (els) =>
        els
          .map((el) => el.getBoundingClientRect())
          .filter((box) => box.width > 100 && box.height > 50)
          .map((box) => [Math.round(box.width), Math.round(box.height)]),
      )
      expect(charts.length, 'charts drawn without JavaScript').toBeGreaterThanOrEqual(rule.minSvgCharts)
      await context.close()
    })
  }
})

describe('the static count matches what Chromium fetches', () => {
  for (const spec of PAGES) {
    it(spec.name, async () => {
      const context = await browser().newContext({ viewport: { width: 375, height: 740 } })
      const page = await context.newPage()
      const origin = new URL(baseUrl()).origin
      const requested = new Set<string>()
      page.on('request', (request) => {
        const url = new URL(request.url())
        if (url.origin === origin) requested.add(decodeURIComponent(url.pathname).replace(/^\//, ''))
      })
      await page.goto(new URL(spec.path, baseUrl()).href)
      // First view: the page has checked the manifest and waits for the reader; no data file, nothing lazy.
      await page.waitForSelector('#app[data-boot="static"]')
      await page.waitForLoadState('networkidle')
      const firstView = [...requested]
      // The reader reaches for a graphic: only lazy files follow.
      await widgetsSettled(page)
      await page.waitForLoadState('networkidle')
      await context.close()

      const bytes = measured.get(spec.name)!
      const counted = new Set(bytes.assets.map((a) => a.file))
      const html = spec.file
      const asFile = (file: string) => (file === html.replace(/index\.html$/, '') ? html : file)
      const fetched = firstView.map(asFile)
      // Nothing is counted that the first view does not fetch, and the first view fetches nothing uncounted...
      for (const file of counted) expect(fetched, `${spec.name} counts ${file}`).toContain(file)
      expect(
        fetched.filter((file) => !counted.has(file)),
        `${spec.name} fetches files the budget does not count`,
      ).toEqual([])
      // ...and what the interactive code fetches later is lazy: reachable through a dynamic import, or its data.
      const lazy = new Set([...bytes.graph.lazy, ...dataFilesOf(spec)])
      expect(bytes.graph.lazy.length, 'the page has interactive code to load').toBeGreaterThan(0)
      const later = [...requested].filter((file) => !firstView.includes(file))
      for (const file of dataFilesOf(spec))
        expect(later, `${spec.name} downloads ${file} for the reader`).toContain(file)
      const unexplained = [...requested].map(asFile).filter((file) => !counted.has(file) && !lazy.has(file))
      expect(unexplained, `${spec.name} fetches files after waking that are not lazy`).toEqual([])
    })
  }
})
