/**
 * The guided story on the story page: the main-thread CPU of a change of step, and the layout shift of a scroll
 * through every step. CPU is the renderer's own (Performance.getMetrics in thread ticks: TaskDuration counts the CPU
 * its main-thread tasks used), so other work on the machine does not count.
 */
import type { Browser } from 'playwright-core'

export interface StepRun {
  /** Viewport width, px. */
  width: number
  /** CPU slowdown (Emulation.setCPUThrottlingRate). */
  throttling: number
  /** Main-thread CPU of each change of step, from step 2 on, ms. */
  stepMs: number[]
  /** Cumulative layout shift of the scroll from the first step to the last. */
  cls: number
}

/** Scrolls the story through its steps, one at a time, and measures each change (the interactive code loaded first). */
export async function measureSteps(browser: Browser, url: string, width: number, throttling: number): Promise<StepRun> {
  const page = await browser.newPage({ viewport: { width, height: width < 960 ? 740 : 900 } })
  try {
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' })
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
    // The first step brings the interactive code and the data; that load is not a step change.
    await scrollToStep(page, 1)
    await page.waitForFunction(() => document.getElementById('app')?.dataset.boot === 'hydrated', null, {
      timeout: 30_000,
    })
    await page.waitForTimeout(1000)
    // Every step once, so that lazy code (Plot for a focused chart) is loaded before the measured pass.
    for (let k = 2; k <= count; k++) await scrollToStep(page, k)
    await scrollToStep(page, 1)
    await page.waitForTimeout(500)
    await page.evaluate(() => ((window as unknown as { __cls: number }).__cls = 0))
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttling })
    const taskSeconds = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0
    const stepMs: number[] = []
    for (let k = 2; k <= count; k++) {
      const before = await taskSeconds()
      await scrollToStep(page, k)
      stepMs.push(((await taskSeconds()) - before) * 1000)
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls)
    return { width, throttling, stepMs, cls }
  } finally {
    await page.close()
  }
}

/** Puts step k's card on the trigger line (just below the middle of the viewport), then lets the page settle. */
async function scrollToStep(page: import('playwright-core').Page, k: number) {
  await page.evaluate((k) => {
    const card = document.querySelector(`[data-step="${k}"]`)
    if (card) window.scrollBy(0, card.getBoundingClientRect().top - innerHeight * 0.45)
  }, k)
  await page.waitForTimeout(700)
}
