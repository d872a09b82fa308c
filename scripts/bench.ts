/**
 * `npm run bench`: builds the site, serves it on a free loopback port as a CDN would (compressed: see
 * bench/lib/cdn.ts), and measures what readers get:
 * - first-view bytes per page (gzip and brotli of the HTML, JS, CSS, data and geo it fetches);
 * - Lighthouse 12 (mobile emulation, simulated throttling), median of 3 runs per page;
 * - main-thread CPU (thread time from a Chromium trace, 4× CPU slowdown, load until idle, 5 runs): the longest
 *   task and the sum beyond 50 ms per task, per page, and the story against its own text as a plain article;
 * - in Chromium with a 4× CPU slowdown: when the first graphic is drawn, when the page settles, the JS heap;
 * - re-render time after a filter change with 1×, 10× and 100× synthetic victim records.
 * Prints tables and PASS/FAIL per budget (scripts/lib/budgets.json), writes bench/results.json and the figures of
 * docs/performance.md (scripts/lib/report.ts). Exits 0 either way:
 * the byte budgets are enforced by `npm test`; timings vary with the machine and are reported here.
 */
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { format, resolveConfig } from 'prettier'
import { buildSite } from './build.ts'
import { CHROME_ARGS, findChrome } from './lib/chrome.ts'
import {
  PAGES,
  byteRows,
  fileBytes,
  intentJsGzip,
  kb,
  lazyJsGzip,
  pageBytes,
  table,
  type Graph,
  type PageBytes,
} from './lib/bytes.ts'
import { lighthouse, medianRun, type LighthouseRun } from '../bench/lib/lighthouse.ts'
import { loadTiming, rerenderTiming, type LoadTiming, type RerenderTiming } from '../bench/lib/timing.ts'
import { syntheticDeaths } from '../bench/lib/synthetic.ts'
import { loadCpu } from '../bench/lib/cpu.ts'
import { median, plainArticle, summarize, type CpuSummary } from './lib/trace.ts'
import { measureSteps, type StepRun } from '../bench/lib/steps.ts'
import { serveLikeCdn, type Cdn } from '../bench/lib/cdn.ts'
import { writeFigures } from './lib/report.ts'
import { validateDataset } from '../src/lib/data/validate.ts'
import type { DeathsDataset } from '../src/lib/data/types.ts'
import budgets from './lib/budgets.json' with { type: 'json' }

const root = fileURLToPath(new URL('../', import.meta.url))
const OUT = root + 'bench/out/'
const RESULTS = root + 'bench/results.json'
const SCALES = [1, 10, 100]
const LOADER_LIMIT = 'maxBytes??5242880'

// `npm run bench -- --only=rerender` (or lighthouse, timing) runs one part and leaves results.json alone.
const ONLY =
  process.argv
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',') ?? null
const part = (name: string) => ONLY === null || ONLY.includes(name)

const log = (line = '') => console.log(line)
const ms = (v: number | null | undefined) =>
  v === null || v === undefined || !Number.isFinite(v) ? 'n/a' : `${Math.round(v)}`

interface Check {
  budget: string
  limit: string
  measured: string
  pass: boolean
}

async function main() {
  const started = Date.now()
  const loadAtStart = Math.round(loadavg()[0]! * 10) / 10
  const chromePath = findChrome()
  await mkdir(OUT, { recursive: true })
  const work = await mkdtemp(join(tmpdir(), 'peru-protests-bench-'))
  const dist = join(work, 'dist') + '/'
  const servers: Cdn[] = []
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROME_ARGS })
  try {
    log('Building…')
    await buildSite({ quiet: true, outDir: dist })
    // The story's text with no graphic and no script: what the graphics add to the article is measured against it.
    await writeFile(dist + 'plain-article.html', plainArticle(await readFile(dist + 'index.html', 'utf8')))
    const site = await serveLikeCdn(dist)
    servers.push(site)
    log(`Serving ${dist} at ${site.url} (load average ${loadAtStart} on ${cpus().length} CPUs)`)

    // ------------------------------------------------------------------ bytes
    const graphs = new Map<string, Graph>()
    const bytes: PageBytes[] = PAGES.map((spec) => {
      const { graph, ...page } = pageBytes(dist, spec)
      graphs.set(page.page, graph)
      return page
    })
    const loader = fileBytes(dist, budgets.bytes.loader.file)
    const elements = fileBytes(dist, 'embed/elements.js')
    log('\nFirst-view bytes (KiB, gzip -9 / brotli q11)')
    log(table(byteRows(bytes)))
    log(`loader.js ${kb(loader.gzip)} gz; elements.js ${kb(elements.gzip)} gz (custom elements, not budgeted)`)

    // ------------------------------------------------------------------ Lighthouse
    const runs = budgets.lighthouse.runs
    const lh: Record<string, { median: LighthouseRun; runs: LighthouseRun[] }> = {}
    const lighthouseErrors: string[] = []
    for (const spec of part('lighthouse') ? PAGES : []) {
      const pageRuns: LighthouseRun[] = []
      for (let i = 0; i < runs; i++) {
        log(`Lighthouse ${spec.name} ${i + 1}/${runs}…`)
        // A busy machine can make Lighthouse time out on the DevTools protocol: try again, twice at most.
        for (let attempt = 1; attempt <= 3; attempt++) {
          try {
            pageRuns.push(
              await lighthouse(
                new URL(spec.path, site.url).href,
                `${OUT}lh-${spec.name}-${i + 1}.json`,
                chromePath,
                CHROME_ARGS,
              ),
            )
            break
          } catch (error) {
            const message = (error as { stderr?: string }).stderr?.trim() || (error as Error).message
            log(`  attempt ${attempt} failed: ${message.split('\n')[0]}`)
            lighthouseErrors.push(`${spec.name} run ${i + 1}: ${message.split('\n')[0]}`)
          }
        }
      }
      if (pageRuns.length === 0) throw new Error(`Lighthouse failed on ${spec.name} every time`)
      lh[spec.name] = { median: medianRun(pageRuns), runs: pageRuns }
    }
    if (part('lighthouse'))
      log('\nLighthouse 12.2.3, mobile (Moto G Power emulation, simulated slow 4G, 4× CPU), median of ' + runs)
    if (part('lighthouse'))
      log(
        table([
          ['page', 'perf', 'a11y', 'best pr.', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'SI ms'],
          ...PAGES.map(({ name }) => {
            const m = lh[name]!.median
            return [
              name,
              m.performance,
              m.accessibility,
              m.bestPractices,
              ms(m.fcpMs),
              ms(m.lcpMs),
              ms(m.tbtMs),
              m.cls.toFixed(3),
              ms(m.speedIndexMs),
            ]
          }),
        ]),
      )
    for (const { name } of part('lighthouse') ? PAGES : [])
      if (lh[name]!.median.failed.length) log(`  ${name}: failed audits ${lh[name]!.median.failed.join(', ')}`)

    // ------------------------------------------------------------------ the guided story: a change of step
    const steps: StepRun[] = []
    for (const [width, throttling] of part('steps')
      ? ([
          [390, 1],
          [390, 4],
          [1280, 1],
          [1280, 4],
        ] as const)
      : []) {
      // the gated figure (1×) is each step's median over several scrolls; 4×, reported only, is one scroll
      const runs = throttling === 1 ? budgets.story.stepRuns : 1
      log(`Steps of the story at ${width} px, ${throttling}× CPU, ${runs} scroll(s)…`)
      steps.push(await measureSteps(browser, site.url, width, throttling, runs))
    }
    if (steps.length) {
      log(
        "\nThe story page, a reader's first scroll through the steps (main-thread CPU, thread time, per change of step: " +
          "each step's median over the scrolls, then the median and the most over the steps)",
      )
      log(
        table([
          [
            'width',
            'CPU',
            'scrolls',
            'busiest frame: median ms',
            'max ms',
            'highest of any scroll',
            'all of a change: median ms',
            'max ms',
            'CLS',
          ],
          ...steps.map((r) => {
            const frame = r.steps.map((s) => s.frameMs)
            const total = r.steps.map((s) => s.totalMs)
            return [
              `${r.width} px`,
              `${r.throttling}×`,
              String(r.runs),
              median(frame).toFixed(1),
              Math.max(...frame).toFixed(1),
              r.highestFrameMs.toFixed(1),
              median(total).toFixed(1),
              Math.max(...total).toFixed(1),
              r.cls.toFixed(4),
            ]
          }),
        ]),
      )
    }

    for (const run of steps)
      log(
        `  busiest frame by step, ${run.width} px ${run.throttling}×: ` +
          run.steps.map((step, i) => `${i + 2}: ${step.frameMs.toFixed(1)}`).join(', '),
      )

    // ------------------------------------------------------------------ main-thread CPU (trace, 4× CPU)
    const cpu: Record<string, CpuSummary> = {}
    const cpuPages = [...PAGES, { name: 'plain article', path: 'plain-article.html' }]
    for (const spec of part('cpu') ? cpuPages : []) {
      log(`CPU ${spec.name} (${budgets.cpu.runs} runs)…`)
      const runs = []
      for (let i = 0; i < budgets.cpu.runs; i++)
        runs.push(
          await loadCpu(
            () => chromium.launch({ executablePath: chromePath, args: CHROME_ARGS }),
            new URL(spec.path, site.url).href,
            budgets.cpu.throttling,
          ),
        )
      cpu[spec.name] = summarize(runs)
    }
    const cpuRatio =
      cpu.story && cpu['plain article'] ? cpu.story.median.totalMs / cpu['plain article'].median.totalMs : null
    if (part('cpu')) {
      const range = ([min, max]: [number, number]) => `${ms(min)}–${ms(max)}`
      log(
        `\nMain-thread CPU (thread time, Chromium trace, ${budgets.cpu.throttling}× CPU, load until idle), median of ${budgets.cpu.runs} [min–max]`,
      )
      log(
        table([
          ['page', 'longest task ms', 'beyond 50 ms', 'all tasks ms', 'tasks'],
          ...Object.entries(cpu).map(([name, { median: m, spread: s }]) => [
            name,
            `${ms(m.longestTaskMs)} [${range(s.longestTaskMs)}]`,
            `${ms(m.beyond50Ms)} [${range(s.beyond50Ms)}]`,
            `${ms(m.totalMs)} [${range(s.totalMs)}]`,
            m.tasks,
          ]),
        ]),
      )
      if (cpuRatio !== null)
        log(`The story's main-thread CPU is ${cpuRatio.toFixed(2)}× that of its text as a plain article.`)
    }

    // ------------------------------------------------------------------ first graphic, heap (4× CPU)
    const loads: Record<string, { prerendered: LoadTiming; clientRender: LoadTiming }> = {}
    for (const spec of part('timing') ? PAGES : []) {
      log(`Timing ${spec.name} (4× CPU)…`)
      const url = new URL(spec.path, site.url).href
      loads[spec.name] = {
        // English, light/auto: the prerendered flags (the page hydrates the markup in the HTML).
        prerendered: await loadTiming(browser, url),
        // Dark: not the prerendered theme, so the client mounts the graphic itself. (Not ?lang=es: that sends the
        // reader to the prerendered Spanish file.)
        clientRender: await loadTiming(browser, `${url}?theme=dark`),
      }
    }
    if (part('timing')) log('\nFirst graphic, Chromium with the CPU slowed 4× (loopback network), 412 px wide')
    if (part('timing'))
      log(
        table([
          [
            'page',
            'FCP ms',
            'LCP ms',
            'settled ms',
            'long tasks',
            'intent → interactive ms',
            'client render (dark) ms',
            'heap MB',
          ],
          ...PAGES.map(({ name }) => {
            const { prerendered: p, clientRender: c } = loads[name]!
            return [
              name,
              ms(p.fcpMs),
              ms(p.lcpMs),
              ms(p.settledMs),
              p.longTasks,
              ms(p.wakeMs),
              ms(c.clientRenderMs),
              p.heapMB.toFixed(1),
            ]
          }),
        ]),
      )

    // ------------------------------------------------------------------ re-render with synthetic records
    const real = JSON.parse(await readFile(dist + 'data/protest-deaths/v1.json', 'utf8')) as DeathsDataset
    const scenarios = [
      { name: 'timeline brush → map (story)', kind: 'brush' as const },
      { name: 'map category filter (story)', kind: 'filter' as const },
    ]
    const rerenders: Record<
      string,
      { records: number; fileMB: number; loadMs: number; heapMB: number; results: RerenderTiming[] }
    > = {}
    const variants: { label: string; doc: DeathsDataset | null }[] = [
      { label: 'published', doc: null },
      ...SCALES.map((scale) => ({ label: `${scale}×`, doc: syntheticDeaths(real, scale) })),
    ]
    for (const { label, doc } of part('rerender') ? variants : []) {
      let url = site.url
      let records = real.records.length
      let fileMB = Buffer.byteLength(JSON.stringify(real)) / 1e6
      if (doc) {
        const problems = validateDataset('protest-deaths', 'synthetic', doc)
        if (problems.length) throw new Error(`synthetic ${label} is invalid: ${problems.slice(0, 3).join('; ')}`)
        const copy = join(work, `scale-${label.replace('×', 'x')}`) + '/'
        await cp(dist, copy, { recursive: true })
        const body = JSON.stringify(doc)
        await writeFile(copy + 'data/protest-deaths/v1.json', body)
        // The loaders refuse files over 5 MB (100× is ~7 MB even slimmed): raise the limit in this copy only.
        for (const file of await readdir(copy + 'assets')) {
          if (!file.endsWith('.js')) continue
          const code = await readFile(copy + 'assets/' + file, 'utf8')
          if (code.includes(LOADER_LIMIT))
            await writeFile(copy + 'assets/' + file, code.replace(LOADER_LIMIT, 'maxBytes??52428800'))
        }
        const server = await serveLikeCdn(copy)
        servers.push(server)
        url = server.url
        records = doc.records.length
        fileMB = Buffer.byteLength(body) / 1e6
      }
      log(`Re-render with ${label} (${records} records)…`)
      const measured = await rerenderTiming(browser, url, scenarios)
      rerenders[label] = { records, fileMB, ...measured }
    }
    log(
      '\nRe-render after a filter change (input at the start of a frame → that frame rendered), story page, 1280 px, CPU unthrottled',
    )
    log(
      table([
        ['records', 'file MB', 'load ms', 'scenario', 'median ms', 'max ms', 'map mutations', 'heap MB'],
        ...Object.entries(rerenders).flatMap(([label, r]) =>
          r.results.map((x) => [
            `${label} (${r.records})`,
            r.fileMB.toFixed(2),
            r.loadMs,
            x.scenario,
            x.medianMs.toFixed(1),
            x.maxMs.toFixed(1),
            x.mapMutations,
            r.heapMB.toFixed(1),
          ]),
        ),
      ]),
    )

    // ------------------------------------------------------------------ budgets
    const checks: Check[] = []
    const check = (budget: string, limit: string, measured: string, pass: boolean) =>
      checks.push({ budget, limit, measured, pass })
    for (const [page, rule] of Object.entries(budgets.bytes)) {
      if (!('jsGzipMax' in rule)) continue
      const measured = bytes.find((b) => b.page === page)!
      const all = measured.totals.all.gzip
      check(
        `${page} first view in all (gzip)`,
        `≤ ${rule.firstViewGzipMax / 1000} KB`,
        `${(all / 1000).toFixed(1)} KB`,
        all <= rule.firstViewGzipMax,
      )
      const js = measured.totals.js.gzip
      check(`${page} JS on first view (gzip)`, `≤ ${kb(rule.jsGzipMax)} KiB`, `${kb(js)} KiB`, js <= rule.jsGzipMax)
      const intent = intentJsGzip(dist, graphs.get(page)!)
      check(
        `${page} JS when the reader reaches for a graphic (gzip)`,
        `≤ ${kb(rule.intentJsGzipMax)} KiB`,
        `${kb(intent)} KiB`,
        intent <= rule.intentJsGzipMax,
      )
      const lazy = lazyJsGzip(dist, graphs.get(page)!)
      check(
        `${page} JS that may load later, in all (gzip)`,
        `≤ ${kb(rule.lazyJsGzipMax)} KiB`,
        `${kb(lazy)} KiB`,
        lazy <= rule.lazyJsGzipMax,
      )
    }
    check(
      'loader.js (gzip)',
      `≤ ${kb(budgets.bytes.loader.gzipMax)} KiB`,
      `${kb(loader.gzip)} KiB`,
      loader.gzip <= budgets.bytes.loader.gzipMax,
    )
    for (const [page, rule] of Object.entries(budgets.noJavaScript)) {
      const html = await readFile(dist + rule.file, 'utf8')
      const at = html.indexOf(`data-widget="${rule.widget}"`)
      const svgs = at < 0 ? 0 : (html.slice(at).match(/<svg\b/g) ?? []).length
      check(
        `${page} charts in the HTML (no JavaScript)`,
        `≥ ${rule.minSvgCharts} SVG`,
        `${svgs} SVG`,
        svgs >= rule.minSvgCharts,
      )
    }
    for (const run of steps) {
      const { stepCpuMsMax, stepsClsMax } = budgets.story
      const most = Math.max(...run.steps.map((s) => s.frameMs))
      if (run.throttling === 1)
        check(
          `story: a change of step at ${run.width} px, its busiest frame (CPU, 1×, median of ${run.runs})`,
          `≤ ${stepCpuMsMax} ms`,
          `${most.toFixed(1)} ms`,
          most <= stepCpuMsMax,
        )
      check(
        `story: scroll through the steps at ${run.width} px, ${run.throttling}× (CLS)`,
        `≤ ${stepsClsMax}`,
        run.cls.toFixed(4),
        run.cls <= stepsClsMax,
      )
    }
    for (const [name, summary] of Object.entries(cpu)) {
      if (name === 'plain article') continue
      const { longestTaskMsMax, beyond50MsMax } = budgets.cpu
      const m = summary.median
      check(
        `${name} longest main-thread task (CPU)`,
        `≤ ${longestTaskMsMax} ms`,
        `${ms(m.longestTaskMs)} ms`,
        m.longestTaskMs <= longestTaskMsMax,
      )
      check(
        `${name} CPU beyond 50 ms per task`,
        `≤ ${beyond50MsMax} ms`,
        `${ms(m.beyond50Ms)} ms`,
        m.beyond50Ms <= beyond50MsMax,
      )
    }
    const story = lh.story?.median
    if (story) {
      const { lcpMsMax, clsMax } = budgets.story
      check('story LCP (Lighthouse mobile)', `≤ ${lcpMsMax} ms`, `${ms(story.lcpMs)} ms`, story.lcpMs <= lcpMsMax)
      check('story CLS (Lighthouse mobile)', `≤ ${clsMax}`, story.cls.toFixed(3), story.cls <= clsMax)
    }
    for (const { name } of part('lighthouse') ? PAGES : []) {
      const m = lh[name]!.median
      check(
        `${name} Lighthouse performance`,
        `≥ ${budgets.lighthouse.performanceMin}`,
        `${m.performance}`,
        m.performance >= budgets.lighthouse.performanceMin,
      )
      check(
        `${name} Lighthouse accessibility`,
        `= ${budgets.lighthouse.accessibilityMin}`,
        `${m.accessibility}`,
        m.accessibility >= budgets.lighthouse.accessibilityMin,
      )
    }
    for (const [scale, limit] of Object.entries(budgets.rerender)) {
      const r = rerenders[`${scale}×`]
      for (const x of r?.results ?? [])
        check(
          `re-render ${scale}× (${r!.records} records): ${x.scenario}`,
          `≤ ${limit} ms median`,
          `${x.medianMs.toFixed(1)} ms`,
          x.medianMs <= limit && x.mapMutations > 0,
        )
    }
    log('\nBudgets (scripts/lib/budgets.json)')
    log(
      table([
        ['budget', 'limit', 'measured', 'result'],
        ...checks.map((c) => [c.budget, c.limit, c.measured, c.pass ? 'PASS' : 'FAIL']),
      ]),
    )
    const failed = checks.filter((c) => !c.pass)
    log(
      failed.length
        ? `\n${failed.length} of ${checks.length} budgets FAIL: ${failed.map((c) => c.budget).join('; ')}`
        : `\nAll ${checks.length} budgets PASS`,
    )

    // ------------------------------------------------------------------ results.json
    const chromiumVersion = execFileSync(chromePath, ['--version'], { encoding: 'utf8' }).trim()
    const results = {
      measuredAt: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpu: cpus()[0]?.model ?? 'unknown',
        node: process.version,
        chromium: chromiumVersion,
        // Other work on the machine slows every timing: the 1-minute load average at the start and the end.
        loadAverage: [loadAtStart, Math.round(loadavg()[0]! * 10) / 10],
      },
      lighthouseErrors,
      method: {
        bytes:
          "First view: the HTML (with its inlined CSS), its scripts, modulepreloads and stylesheets, static imports followed recursively (dynamic imports excluded: the interactive code and the data load on the reader's intent), url() in CSS, and data/manifest.json. Each file compressed alone: gzip level 9, brotli quality 11. KiB = 1024 bytes.",
        cpu: `Main-thread CPU: a Chromium trace (devtools.timeline) of a load at ${budgets.cpu.throttling}× CPU slowdown (Emulation.setCPUThrottlingRate), 412×823, from navigation until the page is idle (first view checked, network quiet, then 1 s). Top-level RunTask events of the renderer's main thread, by thread time (tdur). ${budgets.cpu.runs} runs per page, median and [min, max]. The plain article is the story's HTML without its graphics and scripts.`,
        lighthouse: `Lighthouse 12.2.3 CLI, mobile defaults (simulated throttling), ${runs} runs per page, median of each metric.`,
        firstGraphic:
          'Chromium with Emulation.setCPUThrottlingRate 4, loopback server, 412×823. FCP/LCP from PerformanceObserver (the prerendered graphic is in the HTML, so FCP is when it is first drawn); settled = end of the last long task; intent → interactive = a pointerover dispatched on the first graphic until the page reports hydrated (interactive code downloaded from the loopback server, data already checked); client render = ?theme=dark (not the prerendered theme): widgets inserted by the client all ready, after the next paint. Heap: Runtime.getHeapUsage after a forced GC.',
        rerender:
          "Story page, 1280 px, no CPU slowdown. protest-deaths/v1.json replaced in a copy of dist/ by the real records cloned 1×, 10×, 100× (new ids, dates jittered ±10 days inside the story window, bulky fields slimmed so 100× stays near 7 MB; the copy's 5 MB loader limit raised). Timed in the page from the input event to the end of the next frame (requestAnimationFrame then a task), 15 alternating changes, median.",
      },
      budgets: checks,
      bytes: Object.fromEntries(bytes.map((b) => [b.page, { totals: b.totals, assets: b.assets }])),
      loader,
      elements,
      lighthouse: Object.fromEntries(Object.entries(lh).map(([name, v]) => [name, v])),
      cpu,
      steps,
      cpuRatioStoryToPlainArticle: cpuRatio,
      firstGraphic: loads,
      rerender: rerenders,
      durationSeconds: Math.round((Date.now() - started) / 1000),
    }
    if (ONLY) return
    const config = (await resolveConfig(RESULTS)) ?? {}
    await writeFile(RESULTS, await format(JSON.stringify(results), { ...config, parser: 'json' }))
    log(`\nWrote bench/results.json (${results.durationSeconds} s)`)
    await writeFigures(root + 'docs/performance.md', results)
    log('Wrote the figures of docs/performance.md')
  } finally {
    await browser.close()
    for (const server of servers) await server.close()
    await rm(work, { recursive: true, force: true })
  }
}

await main()
