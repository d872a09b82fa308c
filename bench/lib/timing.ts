/**
 * Timings in Chromium (playwright-core): when the first graphic is drawn, how long a filter change takes to reach
 * the screen, and the JS heap. CPU slowdown through the DevTools protocol (Emulation.setCPUThrottlingRate).
 */
import type { Browser, Page } from 'playwright-core'
import { median } from '../../scripts/lib/trace.ts'
import { wake } from '../../scripts/lib/wake.ts'

export interface LoadTiming {
  /** First contentful paint: the prerendered graphic is in the HTML, so this is when it is first drawn. */
  fcpMs: number
  lcpMs: number
  /** When every widget was ready and the page's main thread went quiet (end of the last long task). */
  settledMs: number
  /** Client render (flags other than the prerendered ones): widgets mounted ready, after the next paint. */
  clientRenderMs: number | null
  longTasks: number
  /** JS heap in use after a garbage collection, MB (before the reader reaches for a graphic). */
  heapMB: number
  /** From the reader's first intent (a pointer over a graphic) to the page hydrated; null if it never was. */
  wakeMs: number | null
}

/** Collected in every page before its scripts run. */
function instrument() {
  const bench = {
    fcp: NaN,
    lcp: NaN,
    longTasks: [] as [number, number][],
    mountedPaint: null as number | null,
  }
  ;(window as unknown as { __bench: typeof bench }).__bench = bench
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') bench.fcp = e.startTime
  }).observe({ type: 'paint', buffered: true })
  new PerformanceObserver((list) => {
    const entries = list.getEntries()
    bench.lcp = entries[entries.length - 1]!.startTime
  }).observe({ type: 'largest-contentful-paint', buffered: true })
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration])
  }).observe({ type: 'longtask', buffered: true })
  // A client render inserts new widget elements (hydration does not): note when they are all ready and painted.
  let inserted = false
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node instanceof Element && (node.matches('[data-widget]') || node.querySelector('[data-widget]')))
          inserted = true
    const widgets = [...document.querySelectorAll('[data-widget]')]
    if (inserted && bench.mountedPaint === null && widgets.every((w) => w.getAttribute('data-state') === 'ready')) {
      bench.mountedPaint = -1
      requestAnimationFrame(() => setTimeout(() => (bench.mountedPaint = performance.now()), 0))
    }
  })
  addEventListener('DOMContentLoaded', () =>
    observer.observe(document.body, { childList: true, subtree: true, attributes: true }),
  )
}

export async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
  await cdp.detach()
  return usedSize / 1024 / 1024
}

/**
 * Wakes a prerendered page (src/boot/start.ts) as a pointer over its first graphic would, and waits until it is
 * interactive. Returns the milliseconds that took, measured in the page, or null for a page that was not static.
 */
export async function interactive(page: Page, timeout: number): Promise<number | null> {
  await page.waitForFunction(() => document.getElementById('app')?.dataset.boot !== undefined, undefined, {
    timeout,
    polling: 50,
  })
  const woke = await page.evaluate(wake)
  const done = await page.waitForFunction(
    () => {
      const boot = document.getElementById('app')?.dataset.boot
      return boot === 'hydrated' || boot === 'mounted' ? performance.now() : false
    },
    undefined,
    { timeout, polling: 'raf' },
  )
  const end = (await done.jsonValue()) as number
  return woke === null ? null : end - woke
}

async function widgetsReady(page: Page, timeout: number) {
  await page.waitForFunction(
    () => {
      const widgets = [...document.querySelectorAll('[data-widget]')]
      return widgets.length > 0 && widgets.every((w) => w.getAttribute('data-state') === 'ready')
    },
    undefined,
    { timeout, polling: 50 },
  )
}

/** Loads `url` with the CPU slowed down `cpuSlowdown` times, and measures. */
export async function loadTiming(
  browser: Browser,
  url: string,
  { cpuSlowdown = 4, viewport = { width: 412, height: 823 } } = {},
): Promise<LoadTiming> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 })
  await context.addInitScript(instrument)
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
  await page.goto(url)
  await widgetsReady(page, 60_000)
  await page.waitForLoadState('networkidle')
  // A page drawn again by the client (other flags than the prerendered ones) is done once its new widgets are
  // painted; a prerendered page stays static. (The script itself arrives after the first paint.)
  await page.waitForFunction(
    () => {
      const boot = document.getElementById('app')?.dataset.boot
      const painted = (window as unknown as { __bench: { mountedPaint: number | null } }).__bench.mountedPaint
      return boot !== 'loading' && (boot !== 'mounted' || (painted ?? 0) > 0)
    },
    undefined,
    { timeout: 60_000, polling: 100 },
  )
  await page.waitForTimeout(1000)
  const bench = await page.evaluate(() => {
    const b = (
      window as unknown as {
        __bench: { fcp: number; lcp: number; longTasks: [number, number][]; mountedPaint: number | null }
      }
    ).__bench
    return { ...b, now: performance.now() }
  })
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  const heap = await heapMB(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
  const wakeMs = await interactive(page, 60_000)
  await cdp.detach()
  await context.close()
  const lastLongTask = Math.max(0, ...bench.longTasks.map(([start, duration]) => start + duration))
  return {
    fcpMs: bench.fcp,
    lcpMs: bench.lcp,
    settledMs: Math.max(bench.fcp, lastLongTask),
    clientRenderMs: bench.mountedPaint !== null && bench.mountedPaint > 0 ? bench.mountedPaint : null,
    longTasks: bench.longTasks.length,
    heapMB: heap,
    wakeMs,
  }
}

export interface RerenderTiming {
  scenario: string
  /** Milliseconds from the input to the end of the next frame, per repetition. */
  samples: number[]
  medianMs: number
  maxMs: number
  /** DOM mutations inside the map per change (0 would mean nothing was redrawn: the measure is void). */
  mapMutations: number
}

/**
 * A filter change, timed in the page from the input event to the end of the frame that shows it (the input is
 * dispatched at the start of a frame: style, layout and paint included, no vsync wait). Alternating changes
 * (on/off, right/left), repeated.
 */
export async function rerender(page: Page, scenario: 'brush' | 'filter', repetitions = 15) {
  // No named functions inside: tsx (esbuild keepNames) would wrap them in a __name() the page does not have.
  return page.evaluate(
    async ({ scenario, repetitions }) => {
      const map = document.querySelector('[data-widget="map"]')
      const target =
        scenario === 'brush'
          ? document.querySelector<HTMLElement>('[data-widget="timeline"] [role="slider"]')
          : document.querySelector<HTMLInputElement>('[data-widget="map"] input[type="checkbox"]')
      if (!map || !target) return null
      const samples: number[] = []
      let mutations = 0
      for (let i = 0; i < repetitions; i++) {
        const observer = new MutationObserver((records) => (mutations += records.length))
        observer.observe(map, { subtree: true, childList: true, attributes: true, characterData: true })
        // The change happens inside a frame's requestAnimationFrame callback, so what is timed is the work
        // (handler, Svelte's update, then style, layout and paint of that same frame), not the wait for a vsync.
        // A message posted there is delivered as the next task, after that frame's rendering.
        let start = 0
        await new Promise<void>((done) =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel()
            channel.port1.onmessage = () => done()
            start = performance.now()
            if (scenario === 'brush')
              target.dispatchEvent(
                new KeyboardEvent('keydown', {
                  key: i % 2 ? 'ArrowLeft' : 'ArrowRight',
                  bubbles: true,
                  cancelable: true,
                }),
              )
            else target.click()
            channel.port2.postMessage(null)
          }),
        )
        samples.push(performance.now() - start)
        observer.disconnect()
        await new Promise((done) => setTimeout(done, 30))
      }
      return { samples, mutations: mutations / repetitions }
    },
    { scenario, repetitions },
  )
}

export async function rerenderTiming(
  browser: Browser,
  url: string,
  scenarios: { name: string; kind: 'brush' | 'filter' }[],
  cpuSlowdown = 1,
): Promise<{ results: RerenderTiming[]; heapMB: number; loadMs: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
  const started = Date.now()
  await page.goto(url)
  await widgetsReady(page, 120_000)
  await interactive(page, 120_000)
  await widgetsReady(page, 120_000)
  const loadMs = Date.now() - started
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(500)
  const results: RerenderTiming[] = []
  for (const { name, kind } of scenarios) {
    const measured = await rerender(page, kind)
    if (!measured) continue
    results.push({
      scenario: name,
      samples: measured.samples.map((s) => Math.round(s * 10) / 10),
      medianMs: median(measured.samples),
      maxMs: Math.max(...measured.samples),
      mapMutations: Math.round(measured.mutations),
    })
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  await cdp.detach()
  const heap = await heapMB(page)
  await context.close()
  return { results, heapMB: heap, loadMs }
}
