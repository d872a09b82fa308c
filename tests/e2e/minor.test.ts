/**
 * An embed deployed before a new minor version survives it. A second site is built here from the previous data (each
 * dataset's manifest cut back to the version before its latest), then served with the data of the current build (the
 * new minor files and their manifest), as a CDN would serve them once the desk publishes. Each page must notice the
 * new data from the manifest, draw itself again from it, and show no error. The same again with fields the code does
 * not know added to every record of every dataset and to each file's top level (a later minor).
 */
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { compareSemver, parseManifest } from '../../scripts/lib/manifest.ts'
import type { RunningServer } from '../../scripts/serve.ts'
import { launch } from './browser.ts'
import { manifestWith } from './corrections.ts'
import type { Browser } from 'playwright-core'

const ROOT = resolve(import.meta.dirname, '../..')
const PAGES = ['embed/map/', 'embed/timeline/', 'embed/exports/index.es.html?lang=es', 'index.fr.html?lang=fr']
const DATASETS = ['protest-deaths', 'timeline', 'arms-exports', 'peru-departments'] as const

let work = ''
let oldSite: RunningServer | undefined
let browser: Browser | undefined
/** dataset → the version the old site was built from, and the one the current data publishes */
const versions: Record<string, { built: string; now: string }> = {}

/** The repository with its data manifest cut back to the previous version of each dataset that has several. */
async function previousDataCopy(dir: string): Promise<void> {
  // What the build reads: the code, the data and the configuration (vite.config.ts also imports
  // scripts/lib/chrome.ts, and its Storybook project reads .storybook).
  for (const part of [
    'src',
    'scripts',
    'data',
    'bench',
    'tests',
    '.storybook',
    'vite.config.ts',
    'svelte.config.js',
    'tsconfig.json',
  ])
    await cp(join(ROOT, part), join(dir, part), { recursive: true })
  await cp(join(ROOT, 'package.json'), join(dir, 'package.json'))
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'))
  const { manifest } = parseManifest(await readFile(join(ROOT, 'data/manifest.json'), 'utf8'))
  const kept = manifest.datasets.filter((e) => {
    const all = manifest.datasets.filter((o) => o.name === e.name).sort((a, b) => compareSemver(a.version, b.version))
    const built = all.length > 1 ? all.at(-2)! : all.at(-1)!
    versions[e.name] = { built: built.version, now: all.at(-1)!.version }
    return compareSemver(e.version, built.version) <= 0
  })
  await writeFile(join(dir, 'data/manifest.json'), JSON.stringify({ datasets: kept }, null, 2) + '\n')
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'peru-protests-previous-'))
  await previousDataCopy(join(work, 'repo'))
  const { buildSite } = (await import(join(work, 'repo/scripts/build.ts'))) as typeof import('../../scripts/build.ts')
  await buildSite({ quiet: true, outDir: join(work, 'dist') })
  const { serve } = (await import('../../scripts/serve.ts')) as typeof import('../../scripts/serve.ts')
  oldSite = await serve({ root: join(work, 'dist') })
  browser = await launch()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await oldSite?.close()
  if (work) await rm(work, { recursive: true, force: true })
})

/** The current build's published data, as served to the old site. */
const currentData = (path: string) => readFile(join(inject('distDir'), 'data', path), 'utf8')

/** Every object in the document's top-level arrays (the records), the geometries of a topology, and the top level. */
function withUnknownFields(text: string): string {
  const doc = JSON.parse(text) as Record<string, unknown>
  const later = { note: 'a field a later minor adds', values: [1, 'two', null], nested: { es: 'x', fr: 'y' } }
  const tag = (o: unknown) => {
    if (typeof o === 'object' && o !== null && !Array.isArray(o)) (o as Record<string, unknown>).added_later = later
  }
  for (const value of Object.values(doc)) if (Array.isArray(value)) value.forEach(tag)
  const objects = doc.objects as Record<string, { geometries?: unknown[] }> | undefined
  for (const collection of Object.values(objects ?? {})) {
    tag(collection)
    collection.geometries?.forEach((g) => {
      tag(g)
      tag((g as { properties?: unknown }).properties)
    })
  }
  doc.added_later = later
  return JSON.stringify(doc, null, 2)
}

/** Serves the old site's data folder from `bodies` (path under data/ → text): v1.json files and their manifest. */
async function serveData(page: Page, bodies: Record<string, string>): Promise<void> {
  const manifest = manifestWith(bodies)
  await page.route('**/data/**', async (route) => {
    const path = new URL(route.request().url()).pathname.split('/data/')[1] ?? ''
    const body = path === 'manifest.json' ? manifest : (bodies[path] ?? (await currentData(path).catch(() => null)))
    await route.fulfill(
      body === null
        ? { status: 404, body: 'Not found' }
        : { status: 200, contentType: 'application/json', body, headers: { 'Access-Control-Allow-Origin': '*' } },
    )
  })
}

async function openOld(path: string, bodies: Record<string, string>) {
  const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`))
  await serveData(page, bodies)
  await page.goto(new URL(path, oldSite!.url).href)
  return { page, problems }
}

async function expectDrawnAgain(path: string, bodies: Record<string, string>, drawn: string[]) {
  const { page, problems } = await openOld(path, bodies)
  // built from the previous data: the page learns from the manifest that it is stale and is drawn again at once
  await page.waitForSelector('#app[data-boot="mounted"]', { timeout: 30_000 })
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-widget]')].every((w) => w.getAttribute('data-state') === 'ready'),
  )
  expect(await page.locator('[data-state="error"], [role="alert"]').count()).toBe(0)
  // each graphic's "Updated" line names the version it now draws
  expect(await page.$$eval('.pp-updated', (ps) => ps.map((p) => p.getAttribute('data-version')).sort())).toEqual(
    drawn.sort(),
  )
  expect(problems).toEqual([])
  await page.context().close()
}

const drawnBy: Record<string, string[]> = {
  'embed/map/': ['protest-deaths'],
  'embed/timeline/': ['protest-deaths'],
  'embed/exports/index.es.html?lang=es': ['arms-exports'],
  'index.fr.html?lang=fr': ['protest-deaths', 'protest-deaths', 'arms-exports'],
}

describe('a page built from the previous data, served the new minor', () => {
  it('the old site was built from older versions than the data now published', async () => {
    expect(versions['protest-deaths']!.built).not.toBe(versions['protest-deaths']!.now)
    const html = await readFile(join(work, 'dist/embed/map/index.html'), 'utf8')
    expect(html).toContain(`data-version="protest-deaths ${versions['protest-deaths']!.built}"`)
  })

  for (const path of PAGES)
    it(`${path}: drawn again from the new minor, with no error`, async () => {
      await expectDrawnAgain(
        path,
        {},
        drawnBy[path]!.map((d) => `${d} ${versions[d]!.now}`),
      )
    }, 120_000)

  for (const path of PAGES)
    it(`${path}: also with unknown fields on every record of every dataset and at each file's top level`, async () => {
      const bodies: Record<string, string> = {}
      for (const d of DATASETS) bodies[`${d}/v1.json`] = withUnknownFields(await currentData(`${d}/v1.json`))
      await expectDrawnAgain(
        path,
        bodies,
        drawnBy[path]!.map((d) => `${d} ${versions[d]!.now}`),
      )
    }, 120_000)
})
