/**
 * Main-thread CPU from a Chromium trace: thread time (the CPU the renderer's main thread really used), not wall-clock
 * time, so that other work on the machine does not count. Wall-clock figures (Lighthouse's TBT, a frame time) swing
 * several-fold between runs of the same build on a shared machine; CPU time holds still. Pure functions over the
 * trace's events: the bench (bench/lib/cpu.ts, bench/lib/steps.ts) records the traces.
 */
import { parseHTML } from 'linkedom'

/** The median of the finite values (NaN when there is none). */
export function median(values: readonly number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  if (sorted.length === 0) return NaN
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

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

export interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
  tdur?: number
  id?: string
  id2?: { local?: string }
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

/** The CPU of a change of step: all of it, and that of its busiest frame. */
export interface StepCpu {
  /** All main-thread CPU from the step's mark to the next one, ms. */
  totalMs: number
  /** The CPU of the busiest frame: the main-thread tasks inside one animation frame (or a task outside any), ms. */
  frameMs: number
  /** How many frames the change drew. */
  frames: number
}

/**
 * Splits a trace at the page's `performance.mark(name)` for each step (on the main thread that made the marks), and
 * sums each step's main-thread task CPU, in all and per animation frame. A frame is Chromium's AnimationFrame span
 * (from the task that first asked for it to its rendering): the CPU a frame must fit within its budget.
 */
export function stepCpu(events: readonly TraceEvent[], marks: readonly string[]): StepCpu[] {
  const marked = events.filter((e) => marks.includes(e.name) && (e.ph === 'I' || e.ph === 'R' || e.ph === 'n'))
  const first = marked[0]
  if (!first) return []
  const onMain = (e: TraceEvent) => e.pid === first.pid && e.tid === first.tid
  const tasks = events.filter((e) => onMain(e) && e.ph === 'X' && e.name === 'RunTask' && e.tdur !== undefined)
  const begins = events.filter((e) => e.pid === first.pid && e.name === 'AnimationFrame' && e.ph === 'b')
  const ends = events.filter((e) => e.pid === first.pid && e.name === 'AnimationFrame' && e.ph === 'e')
  const frames = begins.map((b) => ({
    start: b.ts,
    end: ends.find((e) => sameId(e, b) && e.ts >= b.ts)?.ts ?? b.ts,
  }))
  const at = marks.map((name) => marked.find((e) => e.name === name)?.ts ?? NaN)
  return marks.map((_, i) => {
    const from = at[i]!
    const to = at.slice(i + 1).find((ts) => Number.isFinite(ts)) ?? Infinity
    const mine = tasks.filter((t) => t.ts >= from && t.ts < to)
    const inFrames = frames.filter((f) => f.start >= from && f.start < to)
    const framed = new Set<TraceEvent>()
    const perFrame = inFrames.map((f) => {
      const inside = mine.filter((t) => t.ts >= f.start && t.ts <= f.end)
      for (const t of inside) framed.add(t)
      return inside.reduce((sum, t) => sum + t.tdur!, 0) / 1000
    })
    const alone = mine.filter((t) => !framed.has(t)).map((t) => t.tdur! / 1000)
    return {
      totalMs: mine.reduce((sum, t) => sum + t.tdur!, 0) / 1000,
      frameMs: Math.max(0, ...perFrame, ...alone),
      frames: inFrames.length,
    }
  })
}

/**
 * Each step's figures, the median over several scrolls through the steps (each its own list, in step order): one
 * scroll's frame may carry a collection of garbage or another process's cache misses, which are not the step's.
 */
export function medianSteps(runs: readonly (readonly StepCpu[])[]): StepCpu[] {
  const count = Math.min(...runs.map((run) => run.length))
  if (runs.length === 0 || count <= 0) return []
  return Array.from({ length: count }, (_, i) => ({
    totalMs: median(runs.map((run) => run[i]!.totalMs)),
    frameMs: median(runs.map((run) => run[i]!.frameMs)),
    frames: median(runs.map((run) => run[i]!.frames)),
  }))
}

function sameId(a: TraceEvent, b: TraceEvent): boolean {
  return (a.id2?.local ?? a.id) === (b.id2?.local ?? b.id)
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
