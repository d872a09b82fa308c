/**
 * Fault injection with Chromium request interception: every way a data or geo file can fail, on every embed page
 * (and, for CORS, a custom element on another origin). Once the reader reaches for the graphic, they must see the localized error view (role="alert",
 * the message for that kind of failure, a retry button), with no uncaught exception and no console error beyond the
 * failed request itself; once the fault clears, "retry" brings the graphic back.
 */
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { describe, expect, inject, it } from 'vitest'
import type { Page, Route } from 'playwright-core'
import { baseUrl, screenshot, useBrowser } from './browser.ts'
import { hostPage, useHost } from './host.ts'
import { PAGES } from '../../scripts/lib/bytes.ts'
import { DataError, type DataErrorKind } from '../../src/lib/data/load.ts'
import { errorMessage } from '../../src/lib/ui/errors.ts'
import { translate, type Lang } from '../../src/lib/i18n/index.ts'
import { common } from '../../src/lib/i18n/messages.ts'

type Handler = (route: Route, body: string) => Promise<void>

interface Fault {
  name: string
  /** The DataError kind the loader should report (it decides the message). */
  kind: DataErrorKind
  /** Only for datasets with records (the geo file has none). */
  recordsOnly?: boolean
  handle: Handler
}

const json = (body: string, status = 200) => ({ status, contentType: 'application/json', body })

const mutate = (body: string, change: (doc: Record<string, unknown>) => void) => {
  const doc = JSON.parse(body) as Record<string, unknown>
  change(doc)
  return JSON.stringify(doc)
}

const FAULTS: Fault[] = [
  { name: '404', kind: 'http', handle: (route) => route.fulfill({ status: 404, body: 'Not found' }) },
  { name: '500', kind: 'http', handle: (route) => route.fulfill({ status: 500, body: 'Internal error' }) },
  { name: 'offline', kind: 'network', handle: (route) => route.abort('internetdisconnected') },
  { name: 'connection reset', kind: 'network', handle: (route) => route.abort('connectionreset') },
  {
    name: 'truncated JSON',
    kind: 'parse',
    handle: (route, body) => route.fulfill(json(body.slice(0, Math.floor(body.length / 2)))),
  },
  {
    name: 'not JSON (an HTML error page with status 200)',
    kind: 'parse',
    handle: (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Gateway</title><p>Oops' }),
  },
  {
    name: 'valid JSON failing the schema',
    kind: 'schema',
    handle: (route, body) =>
      route.fulfill(
        json(
          mutate(body, (doc) => {
            // The geo file has no records: break its objects; every other dataset: a record with a wrong type.
            if (Array.isArray(doc.records)) (doc.records as Record<string, unknown>[])[0]!.id = 42
            else doc.objects = 'departments'
          }),
        ),
      ),
  },
  {
    name: 'an unknown major version',
    kind: 'version',
    handle: (route, body) => route.fulfill(json(mutate(body, (doc) => (doc.version = '2.0.0')))),
  },
  {
    name: 'empty records',
    kind: 'empty',
    recordsOnly: true,
    handle: (route, body) => route.fulfill(json(mutate(body, (doc) => (doc.records = [])))),
  },
  { name: 'an empty body', kind: 'empty', handle: (route) => route.fulfill(json('')) },
  {
    name: 'an oversized file (6 MB)',
    kind: 'too-large',
    handle: (route, body) => route.fulfill(json(body + ' '.repeat(6 * 1024 * 1024))),
  },
]

// The widgets' embeds, one widget each. The story embed holds the map and the exports widgets, whose faults these are;
// its own view of a fault is its step's widget's error view.
const EMBEDS = PAGES.filter((page) => page.name.startsWith('embed-') && page.name !== 'embed-story').map((page) => ({
  widget: page.name.slice('embed-'.length),
  path: page.path,
  datasets: page.datasets,
}))
const LANGS: Lang[] = ['en', 'es', 'fr']

const browser = useBrowser()
const host = useHost()

/** A pass-through "CDN" in front of the site on its own port; `cors(path)` says whether a response allows CORS. */
async function startCdn(cors: (path: string) => boolean) {
  const server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    const upstream = await fetch(new URL(path.replace(/^\//, ''), baseUrl()))
    const headers: Record<string, string> = { 'Content-Type': upstream.headers.get('content-type') ?? 'text/plain' }
    if (cors(path)) headers['Access-Control-Allow-Origin'] = '*'
    res.writeHead(upstream.status, headers).end(Buffer.from(await upstream.arrayBuffer()))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  }
}

const realBody = (dataset: string) => readFileSync(`${inject('distDir')}/data/${dataset}/v1.json`, 'utf8')
const dataGlob = (dataset: string) => `**/data/${dataset}/v1.json`

/** Console errors a failed request may legitimately cause; anything else is a defect. */
const REQUEST_NOISE = [/^Failed to load resource/, /has been blocked by CORS policy/]

interface Watched {
  page: Page
  exceptions: string[]
  consoleErrors: string[]
}

async function watch(lang: Lang, viewport = { width: 375, height: 740 }): Promise<Watched> {
  const context = await browser().newContext({ viewport, locale: lang })
  const page = await context.newPage()
  const watched: Watched = { page, exceptions: [], consoleErrors: [] }
  page.on('pageerror', (error) => watched.exceptions.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') watched.consoleErrors.push(message.text())
  })
  return watched
}

function unexpectedConsole(watched: Watched): string[] {
  return watched.consoleErrors.filter((line) => !REQUEST_NOISE.some((pattern) => pattern.test(line)))
}

/** What the reader sees in the widget: its state, the alert's text and its button, and what else is drawn. */
async function errorView(page: Page, root = 'body') {
  return page.evaluate((root) => {
    const scope = document.querySelector(root)
    const base = (scope instanceof HTMLElement && scope.shadowRoot) || scope || document
    const widgets = [...base.querySelectorAll('[data-widget]')]
    const widget = widgets[0]
    const alert = widget?.querySelector('[role="alert"]')
    const box = alert?.getBoundingClientRect()
    const button = alert?.querySelector('button')
    return {
      widgets: widgets.length,
      state: widget?.getAttribute('data-state') ?? null,
      alertText: alert?.textContent?.replace(/[ \t\n\r]+/g, ' ').trim() ?? null,
      alertVisible: Boolean(box && box.width > 0 && box.height > 0),
      button: button?.textContent?.trim() ?? null,
      graphics: widget ? widget.querySelectorAll('svg:not([aria-hidden="true"] svg), canvas').length : 0,
    }
  }, root)
}

async function waitForState(page: Page, state: string, root = 'body', timeout = 15_000) {
  await page.waitForFunction(
    ({ root, state }) => {
      const scope = document.querySelector(root)
      const base = (scope instanceof HTMLElement && scope.shadowRoot) || scope || document
      return base.querySelector('[data-widget]')?.getAttribute('data-state') === state
    },
    { root, state },
    { timeout },
  )
}

/** The reader's pointer reaches the graphic, once the first view has checked the manifest and waits. */
async function reachFor(page: Page) {
  await page.waitForSelector('#app[data-boot="static"]')
  await page.hover('[data-widget]')
}

/** Clicks "retry" (a real click, through the shadow root if any) and waits until the old error view is gone. */
async function clickRetry(page: Page, root = 'body') {
  const selector = root === 'body' ? '[data-widget] [role="alert"]' : `${root} [role="alert"]`
  await page.locator(selector).evaluate((alert) => alert.setAttribute('data-qa-stale', ''))
  await page.locator(`${selector} button`).click()
  await page.waitForFunction(
    (root) => {
      const scope = document.querySelector(root)
      const base = (scope instanceof HTMLElement && scope.shadowRoot) || scope || document
      const widget = base.querySelector('[data-widget]')
      return widget?.getAttribute('data-state') !== 'loading' && !widget?.querySelector('[data-qa-stale]')
    },
    root,
    { timeout: 15_000 },
  )
}

/** The reader sees the localized error view for this failure, and nothing went wrong besides the request. */
async function expectErrorView(
  watched: Watched,
  lang: Lang,
  expected: { kind: DataErrorKind; file: string },
  root = 'body',
) {
  await waitForState(watched.page, 'error', root)
  const view = await errorView(watched.page, root)
  const message = errorMessage(new DataError(expected.kind, expected.file, 'injected'), lang)
  expect(view.widgets, 'one widget, no prerendered leftover').toBe(1)
  expect(view.alertVisible, 'the alert is visible').toBe(true)
  expect(view.alertText).toContain(translate(common, lang, 'errorTitle'))
  expect(view.alertText).toContain(message)
  expect(view.button).toBe(translate(common, lang, 'retry'))
  expect(view.graphics, 'no graphic is drawn next to the error').toBe(0)
  expect(watched.exceptions).toEqual([])
  expect(unexpectedConsole(watched)).toEqual([])
}

/** After the fault is cleared, retry brings the graphic back. */
async function expectRecovery(watched: Watched, root = 'body') {
  await clickRetry(watched.page, root)
  await waitForState(watched.page, 'ready', root)
  expect((await errorView(watched.page, root)).alertText).toBeNull()
  expect(watched.exceptions).toEqual([])
  expect(unexpectedConsole(watched)).toEqual([])
}

describe.each(EMBEDS)('embed $widget', ({ widget, path, datasets }) => {
  // Each page starts with one fault (the prerendered graphic is replaced by the error view), then the fault changes
  // under it and "retry" must show the next error, until the fault clears and retry recovers: 3 pages per widget,
  // at once. A chain faults one dataset throughout: the page may keep a file it already downloaded intact (the
  // story shares downloads between widgets), but a file that never arrived intact must be fetched again on retry.
  const hasRecords = (dataset: string) => dataset !== 'peru-departments'
  const chains = LANGS.map((lang, i) => ({ lang, dataset: datasets[i % datasets.length]!, faults: [] as Fault[] }))
  FAULTS.forEach((fault, index) => {
    const fits = chains.filter((c) => !fault.recordsOnly || hasRecords(c.dataset))
    fits[index % fits.length]!.faults.push(fault)
  })
  async function runChain(chain: (typeof chains)[number]) {
    const { lang } = chain
    const steps = chain.faults.map((fault) => ({ fault, dataset: chain.dataset }))
    const watched = await watch(lang)
    const { page } = watched
    let current: (typeof steps)[number] | null = steps[0]!
    for (const dataset of datasets) {
      const body = realBody(dataset)
      await page.route(dataGlob(dataset), (route) =>
        current?.dataset === dataset ? current.fault.handle(route, body) : route.continue(),
      )
    }
    try {
      await page.goto(new URL(`${path}?lang=${lang}`, baseUrl()).href)
      // The page shows its prerendered graphic until the reader reaches for it; then the data are needed.
      await reachFor(page)
      for (const [i, step] of steps.entries()) {
        current = step
        try {
          if (i > 0) await clickRetry(page)
          await expectErrorView(watched, lang, { kind: step.fault.kind, file: `${step.dataset}/v1.json` })
          if (i === 0) await screenshot(page, `fault-${widget}-${lang}-${step.fault.name.replace(/\W+/g, '-')}`)
        } catch (error) {
          const after = i > 0 ? ` (after "retry" from ${steps[i - 1]!.fault.name})` : ''
          throw new Error(
            `${widget}, ${lang}, ${step.dataset}, ${step.fault.name}${after}: ${(error as Error).message}`,
            {
              cause: error,
            },
          )
        }
      }
      current = null
      try {
        await expectRecovery(watched)
      } catch (error) {
        throw new Error(`${widget}, ${lang}: no recovery on retry: ${(error as Error).message}`, { cause: error })
      }
    } finally {
      await page.context().close()
    }
  }

  it(`shows the localized error view for each of ${FAULTS.length} faults, and recovers on retry (en, es, fr at once)`, async () => {
    const results = await Promise.allSettled(chains.map(runChain))
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    if (failures.length) throw failures[0]!.reason
  })

  it('a hanging response: the graphic keeps its place, no error; it becomes ready once the data arrives', async () => {
    const watched = await watch('en')
    const { page } = watched
    let release!: () => void
    const released = new Promise<void>((done) => (release = done))
    const dataset = datasets[0]!
    await page.route(dataGlob(dataset), async (route) => {
      await released
      await route.fulfill(json(realBody(dataset)))
    })
    await page.goto(new URL(path, baseUrl()).href)
    await reachFor(page)
    await page.waitForTimeout(1500)
    const during = await page.evaluate(() => ({
      height: document.getElementById('app')!.getBoundingClientRect().height,
      state: document.querySelector('[data-widget]')?.getAttribute('data-state'),
      alert: Boolean(document.querySelector('[role="alert"]')),
    }))
    // Before the data arrives the reader sees the prerendered graphic (or a reserved loading box), never an error.
    expect(during.alert).toBe(false)
    expect(['loading', 'ready']).toContain(during.state)
    expect(during.height).toBeGreaterThan(150)
    release()
    await waitForState(page, 'ready')
    await page.waitForLoadState('networkidle')
    expect(await page.locator('[role="alert"]').count()).toBe(0)
    expect(watched.exceptions).toEqual([])
    expect(unexpectedConsole(watched)).toEqual([])
    await page.context().close()
  })
})

describe('custom elements', () => {
  const tags = EMBEDS.map(({ widget, datasets }) => ({ widget, tag: `peru-protests-${widget}`, datasets }))

  it('slow data (5 s): a reserved loading state, announced, then ready; all three at once', async () => {
    const watched = await watch('fr')
    const { page } = watched
    const started = Date.now()
    for (const dataset of new Set(tags.flatMap((t) => t.datasets))) {
      await page.route(dataGlob(dataset), async (route) => {
        const response = await route.fetch()
        await new Promise((done) => setTimeout(done, Math.max(0, 5000 - (Date.now() - started))))
        await route.fulfill({ response })
      })
    }
    const html = hostPage(
      tags.map(({ tag }) => `<${tag} lang="fr"></${tag}>`).join('\n'),
      `<script type="module" src="${baseUrl()}embed/elements.js"></script>`,
    )
    await page.goto(host().page(html, '/slow'))
    for (const { tag } of tags) await waitForState(page, 'loading', tag)
    const loading = await page.evaluate(
      (tags) =>
        tags.map((tag) => {
          const root = document.querySelector(tag)!.shadowRoot!
          const status = root.querySelector('[role="status"]')
          return {
            tag,
            height: root.host.getBoundingClientRect().height,
            busy: root.querySelector('[data-widget]')?.getAttribute('aria-busy'),
            status: status?.textContent?.trim() ?? null,
          }
        }),
      tags.map((t) => t.tag),
    )
    for (const state of loading) {
      expect(state.height, `${state.tag}: space reserved while loading`).toBeGreaterThan(150)
      expect(state.busy).toBe('true')
      expect(state.status).toBe(translate(common, 'fr', 'loading'))
    }
    for (const { tag } of tags) await waitForState(page, 'ready', tag, 20_000)
    expect(Date.now() - started).toBeGreaterThanOrEqual(4500)
    expect(watched.exceptions).toEqual([])
    expect(unexpectedConsole(watched)).toEqual([])
    await page.context().close()
  })

  it.each(tags)(
    'CORS failure: <$tag> on another origin, data without Access-Control-Allow-Origin',
    async ({ tag, datasets }) => {
      const lang: Lang = tag.endsWith('map') ? 'es' : tag.endsWith('timeline') ? 'fr' : 'en'
      const dataset = datasets[datasets.length - 1]!
      // Chromium does not apply CORS to responses fulfilled by interception, so a real server plays the CDN:
      // it forwards to the site and drops Access-Control-Allow-Origin from the data file while the fault is on.
      let faulty = true
      const cdn = await startCdn((path) => !(faulty && path.endsWith(`/data/${dataset}/v1.json`)))
      const watched = await watch(lang)
      const { page } = watched
      try {
        const html = hostPage(
          `<${tag} lang="${lang}"></${tag}>`,
          `<script type="module" src="${cdn.url}embed/elements.js"></script>`,
        )
        await page.goto(host().page(html, `/cors-${tag}`))
        await expectErrorView(watched, lang, { kind: 'network', file: `${dataset}/v1.json` }, tag)
        await screenshot(page, `fault-cors-${tag}`)
        // The fault really was CORS, and its console line is the only one.
        expect(watched.consoleErrors.some((line) => /CORS policy/.test(line))).toBe(true)
        faulty = false
        await expectRecovery(watched, tag)
      } finally {
        await page.context().close()
        await cdn.close()
      }
    },
  )
})

describe('embed story', () => {
  // The story embed holds the map and the exports widgets: a fault shows in the widget of the step the reader is at,
  // with its localized alert and retry, and the story's root says "error" to the host until retry recovers.
  const cases = [
    {
      lang: 'en' as Lang,
      step: 1,
      widget: 'map',
      dataset: 'protest-deaths',
      fault: FAULTS.find((f) => f.name === '500')!,
    },
    {
      lang: 'fr' as Lang,
      step: 9,
      widget: 'exports',
      dataset: 'arms-exports',
      fault: FAULTS.find((f) => f.kind === 'parse')!,
    },
  ]
  it.each(cases)(
    '$lang, step $step: a fault in $dataset shows in the $widget widget, and retry recovers',
    async (c) => {
      const watched = await watch(c.lang)
      const { page } = watched
      let faulty = true
      const body = realBody(c.dataset)
      await page.route(dataGlob(c.dataset), (route) => (faulty ? c.fault.handle(route, body) : route.continue()))
      try {
        await page.goto(new URL(`embed/story/?lang=${c.lang}&step=${c.step}`, baseUrl()).href)
        await page.waitForSelector('#app:is([data-boot="static"], [data-boot="hydrated"], [data-boot="mounted"])')
        await page.hover(`[data-widget="${c.widget}"]`)
        const story = page.locator('[data-widget="story"]')
        await expect.poll(() => story.getAttribute('data-state'), { timeout: 15_000 }).toBe('error')
        const alert = page.locator(`[data-widget="${c.widget}"] [role="alert"]`)
        const message = errorMessage(new DataError(c.fault.kind, `${c.dataset}/v1.json`, 'injected'), c.lang)
        expect(await alert.isVisible()).toBe(true)
        expect(await alert.textContent()).toContain(message)
        expect(await story.getAttribute('data-active-step')).toBe(String(c.step))
        await screenshot(page, `fault-story-${c.lang}-step-${c.step}`)
        faulty = false
        await alert.locator('button').click()
        await expect.poll(() => story.getAttribute('data-state'), { timeout: 15_000 }).toBe('ready')
        expect(await page.locator(`[data-widget="${c.widget}"] [role="alert"]`).count()).toBe(0)
        expect(await page.locator(`[data-widget="${c.widget}"] svg`).count()).toBeGreaterThan(0)
        expect(watched.exceptions).toEqual([])
        expect(unexpectedConsole(watched)).toEqual([])
      } finally {
        await page.context().close()
      }
    },
    60_000,
  )
})
