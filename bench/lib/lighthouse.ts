/**
 * Lighthouse 12 through its own CLI (node_modules/.bin/lighthouse): mobile emulation and simulated throttling (the
 * defaults), one fresh Chromium per run. The median of each metric over the runs is reported.
 */
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { median } from '../../scripts/lib/trace.ts'

const run = promisify(execFile)
const BIN = fileURLToPath(new URL('../../node_modules/.bin/lighthouse', import.meta.url))

export interface LighthouseRun {
  performance: number
  accessibility: number
  bestPractices: number
  fcpMs: number
  lcpMs: number
  tbtMs: number
  cls: number
  speedIndexMs: number
  /** Audits of the accessibility and best-practices categories that did not pass. */
  failed: string[]
  warnings: string[]
}

interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>
  audits: Record<string, { score: number | null; numericValue?: number; scoreDisplayMode: string }>
  runWarnings: string[]
  runtimeError?: { code: string; message: string }
}

export async function lighthouse(url: string, outFile: string, chromePath: string, chromeFlags: string[]) {
  // 127.0.0.1 URLs come out mangled by Lighthouse 12.2.3's CLI ("http://embed/map/"): use localhost.
  const target = url.replace('//127.0.0.1:', '//localhost:')
  await run(
    BIN,
    [
      target,
      '--only-categories=performance,accessibility,best-practices',
      '--output=json',
      `--output-path=${outFile}`,
      `--chrome-flags=${chromeFlags.join(' ')}`,
      '--quiet',
    ],
    { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024 },
  )
  const report = JSON.parse(await readFile(outFile, 'utf8')) as Report
  if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.code} ${report.runtimeError.message}`)
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100)
  const value = (id: string) => report.audits[id]?.numericValue ?? NaN
  const failed = ['accessibility', 'best-practices'].flatMap((category) =>
    (report.categories[category]?.auditRefs ?? [])
      .filter(({ id }) => {
        const audit = report.audits[id]
        return audit && audit.scoreDisplayMode === 'binary' && audit.score !== null && audit.score < 1
      })
      .map(({ id }) => `${category}:${id}`),
  )
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    fcpMs: value('first-contentful-paint'),
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    speedIndexMs: value('speed-index'),
    failed,
    warnings: report.runWarnings,
  } satisfies LighthouseRun
}

/** Per-metric medians of several runs (and every failed audit seen in any run). */
export function medianRun(runs: LighthouseRun[]): LighthouseRun {
  const m = (key: keyof LighthouseRun) => median(runs.map((r) => r[key] as number))
  return {
    performance: m('performance'),
    accessibility: m('accessibility'),
    bestPractices: m('bestPractices'),
    fcpMs: m('fcpMs'),
    lcpMs: m('lcpMs'),
    tbtMs: m('tbtMs'),
    cls: m('cls'),
    speedIndexMs: m('speedIndexMs'),
    failed: [...new Set(runs.flatMap((r) => r.failed))],
    warnings: [...new Set(runs.flatMap((r) => r.warnings))],
  }
}
