/** The bench's main-thread CPU figures (bench/lib/cpu.ts), from a small hand-made trace. */
import { describe, expect, it } from 'vitest'
import { cpuRun, mainThreadTasks, plainArticle, summarize } from '../../bench/lib/cpu.ts'

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
