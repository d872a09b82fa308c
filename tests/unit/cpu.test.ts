/** Main-thread CPU figures from a Chromium trace (scripts/lib/trace.ts), from small hand-made traces. */
import { describe, expect, it } from 'vitest'
import { cpuRun, mainThreadTasks, medianSteps, plainArticle, stepCpu, summarize } from '../../scripts/lib/trace.ts'

const URL_ = 'http://127.0.0.1:4173/embed/map/'
const meta = (pid: number, tid: number, name: string) => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  ts: 0,
  args: { name },
})
const task = (pid: number, tid: number, ts: number, ms: number, cpuMs: number) => ({
  name: 'RunTask',
  ph: 'X',
  pid,
  tid,
  ts,
  dur: ms * 1000,
  tdur: cpuMs * 1000,
})
const parse = (pid: number, tid: number, url: string) => ({
  name: 'ParseHTML',
  ph: 'X',
  pid,
  tid,
  ts: 5,
  dur: 1,
  args: { beginData: { url } },
})

describe('mainThreadTasks', () => {
  const events = [
    meta(1, 1, 'CrBrowserMain'),
    task(1, 1, 0, 500, 400),
    // A spare renderer, busier than the page's: not counted.
    meta(2, 2, 'CrRendererMain'),
    task(2, 2, 0, 300, 300),
    parse(2, 2, 'about:blank'),
    // The page's renderer: three top-level tasks, one with a task nested in it.
    meta(3, 3, 'CrRendererMain'),
    parse(3, 3, URL_),
    task(3, 3, 0, 120, 80),
    task(3, 3, 10_000, 20, 20),
    task(3, 3, 200_000, 30, 12),
    task(3, 3, 400_000, 60, 55),
    meta(3, 4, 'Compositor'),
    task(3, 4, 0, 900, 900),
  ]

  it('takes the top-level tasks of the main thread of the renderer that parsed the page, by thread time', () => {
    expect(mainThreadTasks(events, URL_)).toEqual([{ ms: 80 }, { ms: 12 }, { ms: 55 }])
  })

  it('finds nothing when no renderer parsed the page', () => {
    expect(mainThreadTasks(events, 'http://127.0.0.1:4173/elsewhere')).toEqual([])
  })
})

describe('cpuRun and summarize', () => {
  it('gives the longest task, the CPU beyond 50 ms per task, and the total', () => {
    expect(cpuRun([{ ms: 80 }, { ms: 12 }, { ms: 55 }])).toEqual({
      longestTaskMs: 80,
      beyond50Ms: 35,
      totalMs: 147,
      tasks: 3,
    })
    expect(cpuRun([])).toEqual({ longestTaskMs: 0, beyond50Ms: 0, totalMs: 0, tasks: 0 })
  })

  it('takes the median and the spread of each figure over the runs', () => {
    const runs = [10, 30, 20].map((ms) => cpuRun([{ ms }, { ms: ms * 3 }]))
    const summary = summarize(runs)
    expect(summary.median).toEqual({ longestTaskMs: 60, beyond50Ms: 10, totalMs: 80, tasks: 2 })
    expect(summary.spread.longestTaskMs).toEqual([30, 90])
  })
})

describe('plainArticle', () => {
  it('keeps the text and drops the graphics and every script', () => {
    const html =
      '<!doctype html><html lang="en"><head><style>p{}</style></head><body><div id="app" data-prerendered="lang=en" data-drawn-from="x">' +
      '<p>Text stays.</p><section data-widget="map"><svg><text>Puno</text></svg><p>Widget text</p></section>' +
      '<svg class="icon"></svg><noscript><img src="a.png"></noscript></div><script>alert(1)</script></body></html>'
    const plain = plainArticle(html)
    expect(plain).toContain('<p>Text stays.</p>')
    expect(plain).toContain('<style>p{}</style>')
    for (const gone of ['<svg', 'Puno', 'Widget text', '<script', '<noscript', 'data-prerendered', 'data-drawn-from'])
      expect(plain).not.toContain(gone)
  })
})

describe('stepCpu', () => {
  const mark = (name: string, ts: number) => ({ name, ph: 'I', pid: 3, tid: 3, ts })
  const frame = (ph: 'b' | 'e', id: string, ts: number) => ({
    name: 'AnimationFrame',
    ph,
    pid: 3,
    tid: 3,
    ts,
    id2: { local: id },
  })
  const events = [
    meta(3, 3, 'CrRendererMain'),
    mark('pp-step-2', 1_000),
    // step 2: one frame of two tasks (9 + 5 ms of CPU), then a lone task of 3 ms
    frame('b', '0x1', 2_000),
    task(3, 3, 2_000, 12, 9),
    task(3, 3, 15_000, 6, 5),
    frame('e', '0x1', 22_000),
    task(3, 3, 40_000, 4, 3),
    // another thread's work is not the page's main thread
    task(3, 4, 5_000, 50, 50),
    mark('pp-step-3', 100_000),
    // step 3: two frames, 4 ms and 7 ms
    frame('b', '0x2', 101_000),
    task(3, 3, 101_000, 5, 4),
    frame('e', '0x2', 107_000),
    frame('b', '0x3', 120_000),
    task(3, 3, 120_000, 8, 7),
    frame('e', '0x3', 129_000),
  ]

  it("sums each step's main-thread CPU, in all and in its busiest frame", () => {
    expect(stepCpu(events, ['pp-step-2', 'pp-step-3'])).toEqual([
      { totalMs: 17, frameMs: 14, frames: 1 },
      { totalMs: 11, frameMs: 7, frames: 2 },
    ])
  })

  it('finds nothing without the marks', () => {
    expect(stepCpu(events, ['pp-step-9'])).toEqual([])
  })
})

describe('medianSteps', () => {
  const step = (frameMs: number, totalMs = frameMs * 3, frames = 4) => ({ frameMs, totalMs, frames })

  it("takes each step's median over the scrolls: one scroll's garbage collection does not make the step's figure", () => {
    const scrolls = [
      [step(9), step(12, 30, 5)],
      [step(21), step(11, 33, 6)],
      [step(10), step(13, 31, 5)],
    ]
    expect(medianSteps(scrolls)).toEqual([step(10), step(12, 31, 5)])
  })

  it('keeps the steps every scroll reached, and nothing without a scroll', () => {
    expect(medianSteps([[step(9), step(8)], [step(7)]])).toEqual([step(8)])
    expect(medianSteps([])).toEqual([])
  })
})
