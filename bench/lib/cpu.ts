/**
 * Main-thread CPU of a page load, from a Chromium trace: thread time (the CPU the renderer's main thread really
 * used), not wall-clock time, so that other work on the machine does not count. Wall-clock figures (Lighthouse's TBT,
 * a frame time) swing several-fold between runs of the same build on a shared machine; CPU time holds still.
 */
import type { Browser } from 'playwright-core'
import { parseHTML } from 'linkedom'
import { median } from './lighthouse.ts'

export interface CpuRun {
  /** The longest main-thread task's CPU time, ms. */
  longestTaskMs: number
  /** The sum over tasks of CPU time beyond 50 ms each, ms (a CPU-time analogue of total blocking time). */
  beyond50Ms: number
  /** All main-thread CPU from navigation until idle, ms. */
  totalMs: number
  tasks: number
}

export interface CpuSummary {
  runs: CpuRun[]
  median: CpuRun
  /** [min, max] of each figure over the runs. */
  spread: Record<keyof CpuRun, [number, number]>
}

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
  tdur?: number
  args?: { name?: string; beginData?: { url?: string } }
}

/** The top-level tasks of the main thread of the renderer that parsed `url`'s HTML. */
export function mainThreadTasks(events: readonly TraceEvent[], url: string): { ms: number }[] {
  // Chromium may keep another renderer busy in the same trace (a spare process): take the one that parsed the page.
  const parsers = new Set(
    events.filter((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url).map((e) => `${e.pid}:${e.tid}`),
  )
  const mains = events.filter(
    (e) =>
      e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && parsers.has(`${e.pid}:${e.tid}`),
  )
  const tasksOf = (pid: number, tid: number) =>
    events
      .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask' && e.tdur !== undefined)
      .sort((a, b) => a.ts - b.ts)
  let best: TraceEvent[] = []
  let bestCpu = -1
  for (const main of mains) {
    const tasks = tasksOf(main.pid, main.tid)
    const cpu = tasks.reduce((sum, task) => sum + task.tdur!, 0)
    if (cpu > bestCpu) [best, bestCpu] = [tasks, cpu]
  }
  // Top-level only: a task nested in another is already counted in it.
  const top: { ms: number }[] = []
  let end = -Infinity
  for (const task of best) {
    if (task.ts < end) continue
    end = task.ts + (task.dur ?? 0)
    top.push({ ms: task.tdur! / 1000 })
  }
  return top
}

export function cpuRun(tasks: readonly { ms: number }[]): CpuRun {
  return {
    longestTaskMs: Math.max(0, ...tasks.map((t) => t.ms)),
    beyond50Ms: tasks.reduce((sum, t) => sum + Math.max(0, t.ms - 50), 0),
    totalMs: tasks.reduce((sum, t) => sum + t.ms, 0),
    tasks: tasks.length,
  }
}

export function summarize(runs: CpuRun[]): CpuSummary {
  const keys = ['longestTaskMs', 'beyond50Ms', 'totalMs', 'tasks'] as const
  const pick = (key: (typeof keys)[number]) => runs.map((run) => run[key])
  return {
    runs,
    median: Object.fromEntries(keys.map((key) => [key, median(pick(key))])) as unknown as CpuRun,
    spread: Object.fromEntries(
      keys.map((key) => [key, [Math.min(...pick(key)), Math.max(...pick(key))]]),
    ) as CpuSummary['spread'],
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
  const events: TraceEvent[] = []
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])))
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()))
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttling })
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['disabled-by-default-devtools.timeline', 'devtools.timeline', '__metadata'] },
  })
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
    await cdp.send('Tracing.end')
    await complete
    await browser.close()
  }
  return cpuRun(mainThreadTasks(events, parsed))
}

/** The story's text as a plain article: the same HTML and CSS without its graphics and without any script. */
export function plainArticle(storyHtml: string): string {
  const { document } = parseHTML(storyHtml)
  for (const element of document.querySelectorAll('script, noscript, [data-widget], svg')) element.remove()
  // Nothing will start this page: it is not waiting for a reader.
  for (const attribute of ['data-prerendered', 'data-drawn-from'])
    document.getElementById('app')?.removeAttribute(attribute)
  return '<!doctype html>' + document.documentElement.outerHTML
}
