/** docs/performance.md's figures, rendered from bench results (scripts/lib/report.ts), and kept equal to them. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  FIGURES_END,
  FIGURES_START,
  figuresOf,
  performanceMarkdown,
  withFigures,
  type BenchResults,
} from '../../scripts/lib/report.ts'

const cpu = (longestTaskMs: number, beyond50Ms: number, totalMs: number, tasks: number) => ({
  longestTaskMs,
  beyond50Ms,
  totalMs,
  tasks,
})

const SMALL: BenchResults = {
  measuredAt: '2026-03-04T23:30:00.000Z',
  machine: { cpus: 4, cpu: 'Test CPU', node: 'v20.19.0', chromium: 'Chromium 150.0', loadAverage: [0.5, 1.25] },
  budgets: [
    { budget: 'story first view in all (gzip)', limit: '≤ 45 KB', measured: '40.1 KB', pass: true },
    {
      budget: 'story JS when the reader reaches for a graphic (gzip)',
      limit: '≤ 100.0 KiB',
      measured: '101.5 KiB',
      pass: false,
    },
    { budget: 'story JS that may load later, in all (gzip)', limit: '≤ 200.0 KiB', measured: '150.0 KiB', pass: true },
  ],
  bytes: { story: { totals: { all: { gzip: 40123 }, js: { gzip: 5734 } } } },
  loader: { gzip: 965 },
  elements: { gzip: 113506 },
  lighthouse: {
    story: {
      median: { performance: 91, accessibility: 100, bestPractices: 96, lcpMs: 1234.4, cls: 0.0021 },
      runs: [{ tbtMs: 12.4 }, { tbtMs: 1500 }, { tbtMs: 80.5 }],
    },
  },
  cpu: {
    story: {
      median: cpu(201.299, 366.951, 1032.933, 257),
      spread: {
        longestTaskMs: [169.198, 226.575],
        beyond50Ms: [325.117, 499.398],
        totalMs: [1011.053, 1358.465],
        tasks: [236, 267],
      },
    },
  },
  cpuRatioStoryToPlainArticle: 1.5195,
  firstGraphic: {
    story: {
      prerendered: { fcpMs: 928, lcpMs: 930.6, settledMs: 1118.6, heapMB: 1.3005, wakeMs: null },
      clientRender: { clientRenderMs: 6659 },
    },
  },
  rerender: {
    '100×': {
      records: 8100,
      fileMB: 7.445766,
      results: [{ scenario: 'map category filter (story)', medianMs: 29.80001, maxMs: 52 }],
    },
  },
  durationSeconds: 804,
}

describe('performanceMarkdown', () => {
  const md = performanceMarkdown(SMALL)

  it('says when and where the figures were measured', () => {
    expect(md).toContain(
      'Measured on 4 March 2026 (`bench/results.json`), in 13 min 24 s: Chromium 150.0, Node v20.19.0, 4 CPUs (Test CPU), load average 0.5 at the start and 1.25 at the end.',
    )
  })

  it('renders the bytes of each page with its budgets', () => {
    expect(md).toContain('| story | 40.1 KB (≤ 45 KB) | 5.6 KiB | 101.5 KiB (≤ 100.0 KiB) | 150.0 KiB (≤ 200.0 KiB) |')
    expect(md).toContain(
      '`embed/loader.js`: 0.9 KiB. `embed/elements.js` (the custom elements, not budgeted): 110.8 KiB.',
    )
  })

  it('renders main-thread CPU as median [min–max], and the ratio to the plain article', () => {
    expect(md).toContain('| story | 201 ms [169–227] | 367 ms [325–499] | 1,033 ms [1,011–1,358] | 257 |')
    expect(md).toContain("The story's main-thread CPU is 1.52× that of its text alone, as a plain article.")
  })

  it('renders Lighthouse with every run of TBT, first graphic and re-render figures', () => {
    expect(md).toContain('| story | 91 | 100 | 96 | 1,234 ms | 0.002 | 12 ms, 1,500 ms, 81 ms |')
    expect(md).toContain('| story | 928 ms | 931 ms | 1,119 ms | n/a | 6,659 ms | 1.3 MB |')
    expect(md).toContain('| 100× | 8,100 | 7.45 MB | map category filter (story) | 29.8 ms | 52.0 ms |')
  })

  it("renders the guided story's changes of step: the busiest frame and all of a change, median and max", () => {
    const withSteps = performanceMarkdown({
      ...SMALL,
      steps: [
        {
          width: 390,
          throttling: 1,
          runs: 3,
          steps: [
            { totalMs: 20, frameMs: 9.5, frames: 12 },
            { totalMs: 31.25, frameMs: 14, frames: 13 },
            { totalMs: 24, frameMs: 11, frames: 2 },
          ],
          highestFrameMs: 17.25,
          cls: 0.00031,
        },
        {
          width: 390,
          throttling: 4,
          steps: [{ totalMs: 80, frameMs: 40, frames: 9 }],
          cls: 0,
        },
      ],
    })
    expect(withSteps).toContain('| 390 px | 1× | 3 | 11.0 ms | 14.0 ms | 17.3 ms | 24.0 ms | 31.3 ms | 0.0003 |')
    // a run from before the scrolls were repeated: one scroll, its most is its highest
    expect(withSteps).toContain('| 390 px | 4× | 1 | 40.0 ms | 40.0 ms | 40.0 ms | 80.0 ms | 80.0 ms | 0.0000 |')
    expect(md).not.toContain('a change of step')
  })

  it('counts and lists the budgets that fail', () => {
    expect(md).toContain('1 of 3 fail.')
    expect(md).toContain('| story JS when the reader reaches for a graphic (gzip) | ≤ 100.0 KiB | 101.5 KiB | FAIL |')
    expect(md).toContain('| story first view in all (gzip) | ≤ 45 KB | 40.1 KB | pass |')
  })
})

describe('the figures section', () => {
  it('is replaced between its markers, and read back as written', () => {
    const doc = `# Title\n\n${FIGURES_START}\n\nold figures\n\n${FIGURES_END}\n\n## After\n`
    const next = withFigures(doc, performanceMarkdown(SMALL))
    expect(next.startsWith(`# Title\n\n${FIGURES_START}\n\n`)).toBe(true)
    expect(next.endsWith(`\n\n${FIGURES_END}\n\n## After\n`)).toBe(true)
    expect(next).not.toContain('old figures')
    expect(figuresOf(next)).toBe(performanceMarkdown(SMALL))
  })

  it('refuses a document without its markers', () => {
    expect(() => withFigures('# Title\n', 'x')).toThrow(FIGURES_START)
  })

  it('in docs/performance.md is what bench/results.json renders (npm run docs:performance writes it)', () => {
    const doc = readFileSync(new URL('../../docs/performance.md', import.meta.url), 'utf8')
    const results = JSON.parse(
      readFileSync(new URL('../../bench/results.json', import.meta.url), 'utf8'),
    ) as BenchResults
    expect(figuresOf(doc)).toBe(performanceMarkdown(results))
  })
})
