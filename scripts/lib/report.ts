/**
 * The figures of docs/performance.md, rendered from bench/results.json: `npm run bench` writes them after each run,
 * and `npm run docs:performance` writes them from the committed results. The section sits between FIGURES_START
 * and FIGURES_END, and tests/unit/report.test.ts fails when it differs from what these functions render.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { median } from './trace.ts'

export const FIGURES_START = '<!-- figures:start -->'
export const FIGURES_END = '<!-- figures:end -->'

interface Gzip {
  gzip: number
}

interface CpuFigures {
  longestTaskMs: number
  beyond50Ms: number
  totalMs: number
  tasks: number
}

/** The parts of bench/results.json (written by scripts/bench.ts) that the figures show. */
export interface BenchResults {
  measuredAt: string
  machine: { cpus: number; cpu: string; node: string; chromium: string; loadAverage: number[] }
  budgets: { budget: string; limit: string; measured: string; pass: boolean }[]
  bytes: Record<string, { totals: { all: Gzip; js: Gzip } }>
  loader: Gzip
  elements: Gzip
  lighthouse: Record<
    string,
    {
      median: { performance: number; accessibility: number; bestPractices: number; lcpMs: number; cls: number }
      runs: { tbtMs: number }[]
    }
  >
  cpu: Record<string, { median: CpuFigures; spread: Record<keyof CpuFigures, number[]> }>
  cpuRatioStoryToPlainArticle: number | null
  firstGraphic: Record<
    string,
    {
      prerendered: { fcpMs: number; lcpMs: number; settledMs: number; heapMB: number; wakeMs: number | null }
      clientRender: { clientRenderMs: number | null }
    }
  >
  rerender: Record<
    string,
    { records: number; fileMB: number; results: { scenario: string; medianMs: number; maxMs: number }[] }
  >
  /** The guided story: a reader's first scroll through its steps (bench/lib/steps.ts). */
  steps?: {
    width: number
    throttling: number
    /** How many scrolls each step's figures are the median of (absent: one). */
    runs?: number
    steps: { totalMs: number; frameMs: number; frames: number }[]
    /** The busiest single frame of any scroll (absent: one scroll, its most). */
    highestFrameMs?: number
    cls: number
  }[]
  durationSeconds: number
}

const count = (n: number) => Math.round(n).toLocaleString('en-US')
const ms = (n: number | null) => (n === null || !Number.isFinite(n) ? 'n/a' : `${count(n)} ms`)
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`
const seconds = (s: number) => (s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`)

function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n')
}

function day(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
}

/** The "measured" and "limit" of a budget check, by its name; '–' when the run did not check it. */
function budget(results: BenchResults, name: string): { measured: string; limit: string } {
  return results.budgets.find((b) => b.budget === name) ?? { measured: '–', limit: '–' }
}

/** The figures section of docs/performance.md (without its markers), from a bench run's results. */
export function performanceMarkdown(results: BenchResults): string {
  const { machine } = results
  const pages = Object.keys(results.bytes)
  const failed = results.budgets.filter((b) => !b.pass)
  const range = (values: number[]) => `[${values.map((v) => count(v)).join('–')}]`
  const cpuCell = (m: number, spread: number[]) => `${ms(m)} ${range(spread)}`

  const parts = [
    '<!-- Rendered from bench/results.json by scripts/lib/report.ts (npm run bench, npm run docs:performance). -->',
    `Measured on ${day(results.measuredAt)} (\`bench/results.json\`), in ${seconds(results.durationSeconds)}: ` +
      `${machine.chromium}, Node ${machine.node}, ${machine.cpus} CPUs (${machine.cpu}), ` +
      `load average ${machine.loadAverage[0]} at the start and ${machine.loadAverage[1]} at the end.`,

    '### Bytes (gzip)',
    table(
      [
        'page',
        'first view in all (budget)',
        'of it, JS',
        'JS when the reader reaches for a graphic (cap)',
        'JS that may load later (cap)',
      ],
      pages.map((page) => {
        const { all, js } = results.bytes[page]!.totals
        const first = budget(results, `${page} first view in all (gzip)`)
        const intent = budget(results, `${page} JS when the reader reaches for a graphic (gzip)`)
        const lazy = budget(results, `${page} JS that may load later, in all (gzip)`)
        return [
          page,
          `${kb(all.gzip)} (${first.limit})`,
          kib(js.gzip),
          `${intent.measured} (${intent.limit})`,
          `${lazy.measured} (${lazy.limit})`,
        ]
      }),
    ),
    `\`embed/loader.js\`: ${kib(results.loader.gzip)}. \`embed/elements.js\` (the custom elements, not budgeted): ` +
      `${kib(results.elements.gzip)}.`,

    '### Main-thread CPU (thread time, 4× CPU slowdown, median [min–max])',
    table(
      ['page', 'longest task', 'CPU beyond 50 ms per task', 'all tasks', 'tasks'],
      Object.entries(results.cpu).map(([page, { median: m, spread: s }]) => [
        page,
        cpuCell(m.longestTaskMs, s.longestTaskMs),
        cpuCell(m.beyond50Ms, s.beyond50Ms),
        cpuCell(m.totalMs, s.totalMs),
        count(m.tasks),
      ]),
    ),
    ...(results.cpuRatioStoryToPlainArticle === null
      ? []
      : [
          `The story's main-thread CPU is ${results.cpuRatioStoryToPlainArticle.toFixed(2)}× that of its text alone, ` +
            'as a plain article.',
        ]),

    ...(results.steps?.every((run) => Array.isArray(run.steps))
      ? [
          "### The guided story: a change of step (main-thread CPU, thread time, a reader's first scroll)",
          "Each step's figures are its median over the scrolls (each in a new page); the table gives their median and " +
            'their most over the steps, and the busiest single frame of any scroll.',
          table(
            [
              'width',
              'CPU',
              'scrolls',
              'busiest frame: median',
              'max',
              'highest of any scroll',
              'all of a change: median',
              'max',
              'CLS of the scroll',
            ],
            results.steps.map((run) => {
              const frame = run.steps.map((step) => step.frameMs)
              const all = run.steps.map((step) => step.totalMs)
              return [
                `${run.width} px`,
                `${run.throttling}×`,
                String(run.runs ?? 1),
                `${median(frame).toFixed(1)} ms`,
                `${Math.max(...frame).toFixed(1)} ms`,
                `${(run.highestFrameMs ?? Math.max(...frame)).toFixed(1)} ms`,
                `${median(all).toFixed(1)} ms`,
                `${Math.max(...all).toFixed(1)} ms`,
                run.cls.toFixed(4),
              ]
            }),
          ),
        ]
      : []),

    '### Lighthouse (mobile, median; reported, not gated)',
    table(
      ['page', 'performance', 'accessibility', 'best practices', 'LCP', 'CLS', 'TBT, each run'],
      Object.entries(results.lighthouse).map(([page, { median: m, runs }]) => [
        page,
        m.performance,
        m.accessibility,
        m.bestPractices,
        ms(m.lcpMs),
        m.cls.toFixed(3),
        runs.map((run) => ms(run.tbtMs)).join(', '),
      ]),
    ),

    '### First graphic (4× CPU slowdown, 412 px wide)',
    table(
      ['page', 'FCP', 'LCP', 'settled', 'intent → interactive', 'client render (dark)', 'heap'],
      Object.entries(results.firstGraphic).map(([page, { prerendered: p, clientRender: c }]) => [
        page,
        ms(p.fcpMs),
        ms(p.lcpMs),
        ms(p.settledMs),
        ms(p.wakeMs),
        ms(c.clientRenderMs),
        `${p.heapMB.toFixed(1)} MB`,
      ]),
    ),

    '### Re-render after a filter change (story, 1280 px, CPU not slowed)',
    table(
      ['deaths file', 'records', 'file', 'change', 'median', 'max'],
      Object.entries(results.rerender).flatMap(([label, r]) =>
        r.results.map((x) => [
          label,
          count(r.records),
          `${r.fileMB.toFixed(2)} MB`,
          x.scenario,
          `${x.medianMs.toFixed(1)} ms`,
          `${x.maxMs.toFixed(1)} ms`,
        ]),
      ),
    ),

    '### Budgets (`scripts/lib/budgets.json`)',
    failed.length === 0 ? `All ${results.budgets.length} pass.` : `${failed.length} of ${results.budgets.length} fail.`,
    table(
      ['budget', 'limit', 'measured', 'result'],
      results.budgets.map((b) => [b.budget, b.limit, b.measured, b.pass ? 'pass' : 'FAIL']),
    ),
  ]
  return parts.join('\n\n')
}

/** The figures section of a document: the text between its markers. */
export function figuresOf(doc: string): string {
  const start = doc.indexOf(FIGURES_START)
  const end = doc.indexOf(FIGURES_END)
  if (start < 0 || end < start) throw new Error(`No ${FIGURES_START} … ${FIGURES_END} section`)
  return doc.slice(start + FIGURES_START.length, end).replace(/^\n+|\n+$/g, '')
}

/** The document with its figures section replaced. */
export function withFigures(doc: string, figures: string): string {
  figuresOf(doc) // throws when the markers are missing
  const start = doc.indexOf(FIGURES_START) + FIGURES_START.length
  return `${doc.slice(0, start)}\n\n${figures}\n\n${doc.slice(doc.indexOf(FIGURES_END))}`
}

/** Writes the figures of `results` into the Markdown file at `path`. */
export async function writeFigures(path: string, results: BenchResults): Promise<void> {
  await writeFile(path, withFigures(await readFile(path, 'utf8'), performanceMarkdown(results)))
}
