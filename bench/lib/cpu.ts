/**
 * Main-thread CPU of a page load, from a Chromium trace: thread time (the CPU the renderer's main thread really
 * used), not wall-clock time, so that other work on the machine does not count. Wall-clock figures (Lighthouse's TBT,
 * a frame time) swing several-fold between runs of the same build on a shared machine; CPU time holds still.
 */
import type { Browser, CDPSession } from 'playwright-core'
import { cpuRun, mainThreadTasks, type CpuRun, type TraceEvent } from '../../scripts/lib/trace.ts'

/**
 * Slows the page's CPU `throttling`× and starts a Chromium trace of its main thread's tasks (and the page's
 * performance marks). `stop` ends the trace, sets the CPU back, and leaves every event in `events`.
 */
export async function startTrace(
  cdp: CDPSession,
  throttling: number,
): Promise<{ events: TraceEvent[]; stop: () => Promise<void> }> {
  const events: TraceEvent[] = []
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])))
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()))
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttling })
  const categories = ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'blink.user_timing', '__metadata']
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: categories } })
  return {
    events,
    stop: async () => {
      await cdp.send('Tracing.end')
      await complete
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => {})
    },
  }
}

/**
 * Loads `url` in a browser of its own (so that no other page's renderer is in the trace) with the CPU slowed
 * `throttling`×, traces until the page is idle (its first view has checked the data and waits for the reader, the
 * network is quiet, then 1 s more), and returns the CPU figures.
 */
export async function loadCpu(launch: () => Promise<Browser>, url: string, throttling: number): Promise<CpuRun> {
  const browser = await launch()
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  const trace = await startTrace(cdp, throttling)
  let parsed: string
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 })
    parsed = page.url()
    await page.waitForFunction(
      () => {
        const app = document.getElementById('app')
        return !app?.hasAttribute('data-prerendered') || app.dataset.boot === 'static'
      },
      undefined,
      { timeout: 60_000, polling: 100 },
    )
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(1000)
  } finally {
    await trace.stop()
    await browser.close()
  }
  return cpuRun(mainThreadTasks(trace.events, parsed))
}
