/**
 * The guided story on the story page: the main-thread CPU of each change of step, as a reader first scrolls through
 * the steps, and the layout shift of that scroll. CPU is thread time from a Chromium trace (scripts/lib/trace.ts), so
 * other work on the machine does not count: in all, and in the busiest animation frame, the figure a 16 ms frame
 * budget holds. Each figure is a step's median over several first scrolls, each in a new page.
 */
import type { Browser, Page } from 'playwright-core'
import { medianSteps, stepCpu, type StepCpu } from '../../scripts/lib/trace.ts'
import { startTrace } from './cpu.ts'

export interface StepRun {
  /** Viewport width, px. */
  width: number
  /** CPU slowdown (Emulation.setCPUThrottlingRate). */
  throttling: number
  /** How many first scrolls the figures are the median of. */
  runs: number
  /** Each change of step, from step 2 on: its median over the scrolls. */
  steps: StepCpu[]
  /** The busiest single frame of any change of step in any scroll, ms. */
  highestFrameMs: number
  /** Cumulative layout shift of the scroll from the first step to the last: the most of any scroll. */
  cls: number
}

/** Scrolls through the steps `runs` times, each in a new page, and takes each step's median. */
export async function measureSteps(
  browser: Browser,
  url: string,
  width: number,
  throttling: number,
  runs: number,
): Promise<StepRun> {
  const scrolls: { steps: StepCpu[]; cls: number }[] = []
  for (let i = 0; i < runs; i++) scrolls.push(await scrollOnce(browser, url, width, throttling))
  return {
    width,
    throttling,
    runs,
    steps: medianSteps(scrolls.map((scroll) => scroll.steps)),
    highestFrameMs: Math.max(0, ...scrolls.flatMap((scroll) => scroll.steps.map((step) => step.frameMs))),
    cls: Math.max(0, ...scrolls.map((scroll) => scroll.cls)),
  }
}

/**
 * Opens the story, scrolls to its first step and waits for the interactive code and the data (that load is not a
 * step change), then scrolls to each next step in turn, once, as a reader does, tracing the page.
 */
async function scrollOnce(
  browser: Browser,
  url: string,
  width: number,
  throttling: number,
): Promise<{ steps: StepCpu[]; cls: number }> {
  const page = await browser.newPage({ viewport: { width, height: width < 960 ? 740 : 900 } })
  try {
    const cdp = await page.context().newCDPSession(page)
    await page.addInitScript(() => {
      const w = window as unknown as { __cls: number }
      w.__cls = 0
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!entry.hadRecentInput) w.__cls += entry.value
      }).observe({ type: 'layout-shift', buffered: true })
    })
    await page.goto(url, { waitUntil: 'load' })
    const count = await page.locator('[data-step]').count()
    await scrollToStep(page, 1)
    await page.waitForFunction(() => document.getElementById('app')?.dataset.boot === 'hydrated', null, {
      timeout: 30_000,
    })
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(1000)
    await page.evaluate(() => ((window as unknown as { __cls: number }).__cls = 0))

    const trace = await startTrace(cdp, throttling)
    const marks: string[] = []
    for (let k = 2; k <= count; k++) {
      marks.push(`pp-step-${k}`)
      await page.evaluate((name) => performance.mark(name), `pp-step-${k}`)
      await scrollToStep(page, k)
    }
    await trace.stop()
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls)
    return { steps: stepCpu(trace.events, marks), cls }
  } finally {
    await page.close()
  }
}

/** Puts step k's card on the trigger line (just below the middle of the viewport), then lets the page settle. */
async function scrollToStep(page: Page, k: number) {
  await page.evaluate((k) => {
    const card = document.querySelector(`[data-step="${k}"]`)
    if (card) window.scrollBy(0, card.getBoundingClientRect().top - innerHeight * 0.45)
  }, k)
  await page.waitForTimeout(700)
}
