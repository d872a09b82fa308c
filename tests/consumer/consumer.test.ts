/**
 * The npm package as a newsroom's Svelte app uses it. The app in tests/consumer/app (Vite, Svelte 5, strict
 * TypeScript with skipLibCheck off) is copied to a folder outside this repository, so it sees only what it
 * installs: the packed tarball (global-setup.ts) and the tarball's own dependencies. Its toolchain (svelte, vite,
 * the Svelte plugin, svelte-check, typescript) is linked from this repository's node_modules: the versions of
 * package-lock.json, with nothing downloaded twice. Then: svelte-check, vite build (client and server), the three
 * widgets in Chromium with the published data, and the server-rendered page (the page's load, then svelte/server's
 * render, as SvelteKit does) hydrated in Chromium.
 */
import { spawn } from 'node:child_process'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { publishedDataFiles } from '../../scripts/publish-data.ts'
import { serve, type RunningServer } from '../../scripts/serve.ts'
import { CHROME_ARGS, findChrome } from '../../scripts/lib/chrome.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))
const fixture = fileURLToPath(new URL('./app/', import.meta.url))
const TOOLCHAIN = ['svelte', 'vite', '@sveltejs/vite-plugin-svelte', 'svelte-check', 'typescript']
const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
  name: string
  dependencies: Record<string, string>
  peerDependencies: Record<string, string>
}

interface Run {
  code: number | null
  output: string
}

/** Runs a command and keeps its output (shown when a step fails). npm's variables from `npm test` are left out. */
function run(command: string, args: string[], cwd: string): Promise<Run> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^npm_(config_local_prefix|config_prefix|package_|lifecycle_)/i.test(name),
    ),
  )
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output }))
  })
}

async function succeed(command: string, args: string[], cwd: string): Promise<string> {
  const result = await run(command, args, cwd)
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.code}):\n${result.output}`)
  return result.output
}

let work = ''
let app = ''
let dataDir = ''
let installed = ''
const published = new Map(publishedDataFiles(root).map((f) => [f.fileName, f.source]))

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'peru-protests-consumer-'))
  app = join(work, 'app')
  dataDir = join(work, 'data')
  const tarball = inject('consumerTarball')
  await cp(fixture, app, { recursive: true, filter: (path) => !/[/\\](node_modules|dist|dist-server)$/.test(path) })
  // svelte, the peer dependency, is the linked one below: --legacy-peer-deps keeps npm from installing another.
  await succeed(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--legacy-peer-deps', '--ignore-scripts', tarball],
    app,
  )
  // After the install, which would prune what it did not install itself.
  for (const name of TOOLCHAIN) {
    await mkdir(dirname(join(app, 'node_modules', name)), { recursive: true })
    await symlink(join(root, 'node_modules', name), join(app, 'node_modules', name), 'dir')
  }
  installed = join(app, 'node_modules', manifest.name)
  for (const [fileName, source] of published) {
    await mkdir(dirname(join(dataDir, fileName)), { recursive: true })
    await writeFile(join(dataDir, fileName), source)
  }
})

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true })
})

/** Bare module names a file imports (comments left out): 'd3-array', '@observablehq/plot', 'svelte'. */
function importedPackages(code: string): string[] {
  const source = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
  const names = new Set<string>()
  const statements = /(?:^\s*(?:import|export)\b[^'"]*?\bfrom\s*|^\s*import\s*|\bimport\s*\(\s*)['"]([\w@./:-]+)['"]/gm
  for (const match of source.matchAll(statements)) {
    const specifier = match[1] ?? ''
    if (specifier.startsWith('.') || specifier.startsWith('/')) continue
    const parts = specifier.split('/')
    names.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier))
  }
  return [...names]
}

describe('the package installed in a Svelte app', () => {
  it('imports only its dependencies, and types only from them or from their @types', async () => {
    const files = (await readdir(join(installed, 'package'), { recursive: true })).map(String)
    const runtime = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.peerDependencies)])
    const problems: string[] = []
    for (const file of files.filter((f) => /\.(js|svelte|d\.ts)$/.test(f))) {
      const code = await readFile(join(installed, 'package', file), 'utf8')
      for (const name of importedPackages(code)) {
        const typed = file.endsWith('.d.ts') && runtime.has(`@types/${name.replace(/^@(.*)\//, '$1__')}`)
        if (!runtime.has(name) && !typed && name !== manifest.name) problems.push(`${file}: ${name}`)
      }
    }
    expect(problems).toEqual([])
    expect(files.some((f) => f.endsWith('index.d.ts'))).toBe(true)
  })

  it('type-checks: svelte-check, strict, skipLibCheck off', async () => {
    const result = await run(
      process.execPath,
      [join(app, 'node_modules/svelte-check/bin/svelte-check'), '--tsconfig', './tsconfig.json', '--fail-on-warnings'],
      app,
    )
    expect(result.output).toContain('0 errors and 0 warnings')
    expect(result.code, result.output).toBe(0)
  })

  it('builds: vite build, for the browser and for the server', async () => {
    const vite = join(app, 'node_modules/vite/bin/vite.js')
    await succeed(process.execPath, [vite, 'build', '--logLevel', 'warn'], app)
    await succeed(process.execPath, [vite, 'build', '--ssr', 'src/server.ts', '--outDir', 'dist-server'], app)
    expect(await readFile(join(app, 'dist/index.html'), 'utf8')).toContain('<script type="module"')
  })
})

describe('the app in Chromium', () => {
  let browser: Browser
  let server: RunningServer
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS })
    server = await serve({ root: join(app, 'dist') })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  /** A page whose https://SITE/data/ is the published data, recording data requests and every console problem. */
  async function open(path: string, before?: (page: Page) => Promise<unknown>) {
    const page = await browser.newPage({ viewport: { width: 1024, height: 900 } })
    const problems: string[] = []
    const requested: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`exception: ${error.message}`))
    await page.route('https://site/**', async (route) => {
      const url = new URL(route.request().url())
      requested.push(url.pathname)
      const source = published.get(url.pathname.replace(/^\/data\//, ''))
      await route.fulfill(
        source === undefined
          ? { status: 404 }
          : { body: source, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' } },
      )
    })
    await before?.(page)
    await page.goto(new URL(path, server.url).href)
    return { page, problems, requested }
  }

  const figures = (page: Page, example: string) =>
    page.locator(`section[data-example="${example}"] figure[data-widget]`).evaluateAll((nodes) =>
      nodes.map((n) => ({
        widget: n.getAttribute('data-widget'),
        state: n.getAttribute('data-state'),
        lang: n.getAttribute('lang'),
        theme: n.closest('.pp-theme')?.getAttribute('data-theme'),
        color: getComputedStyle(n).color,
        title: n.querySelector('h2')?.textContent?.trim() ?? '',
      })),
    )

  it('draws the three widgets from their data alone, and two linked ones in French and dark', async () => {
    const { page, problems } = await open('index.html')
    await page.waitForFunction(() => {
      const all = [...document.querySelectorAll('figure[data-widget]')]
      return all.length === 5 && all.every((f) => f.getAttribute('data-state') === 'ready')
    })
    // Defaults: the page's <html lang="es">, the auto theme (the reader's light scheme here: dark text), the title.
    const minimal = await figures(page, 'minimal')
    expect(minimal.map((f) => f.widget)).toEqual(['map', 'timeline', 'exports'])
    for (const figure of minimal) {
      expect(figure).toMatchObject({ state: 'ready', lang: 'es', theme: 'auto', color: 'rgb(26, 26, 26)' })
      expect(figure.title).not.toBe('')
    }
    const linked = await figures(page, 'linked')
    expect(linked.map((f) => f.widget)).toEqual(['map', 'timeline'])
    for (const figure of linked)
      expect(figure).toMatchObject({ lang: 'fr', theme: 'dark', color: 'rgb(236, 236, 236)' })
    // The exports charts load Plot and draw.
    await page
      .locator('section[data-example="minimal"] [data-widget="exports"] svg [data-key]')
      .first()
      .waitFor({ state: 'attached' })

    // The shared selection: a period brushed on the linked timeline is the linked map's period, and only its.
    const period = (example: string) =>
      page.locator(`section[data-example="${example}"] [data-widget="map"] select`).first().inputValue()
    const before = { linked: await period('linked'), minimal: await period('minimal') }
    expect(before.linked).not.toBe('custom')
    const start = page.locator('section[data-example="linked"] [data-widget="timeline"] [role="slider"]').first()
    await start.focus()
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => period('linked')).toBe('custom')
    expect(await period('minimal')).toBe(before.minimal)
    expect(problems).toEqual([])
    await page.close()
  })

  it('server-renders the page with the data of its load function, then hydrates it without fetching again', async () => {
    const rendered = JSON.parse(
      await succeed(
        process.execPath,
        [fileURLToPath(new URL('./render-page.mjs', import.meta.url)), join(app, 'dist-server/server.js'), dataDir],
        app,
      ),
    ) as { head: string; body: string; data: unknown }
    expect(rendered.body.match(/data-state="ready"/g)).toHaveLength(3)
    expect(rendered.body.match(/ lang="es"/g)).toHaveLength(3)
    const template = await readFile(join(app, 'dist/page.html'), 'utf8')
    const html = template
      .replace('<!--app-head-->', () => rendered.head)
      .replace('<!--app-body-->', () => rendered.body)
      .replace('<!--app-data-->', () => JSON.stringify(rendered.data).replace(/</g, '\\u003c'))
    await writeFile(join(app, 'dist/page.html'), html)

    // Keeps the figures the HTML parser makes, and counts any removed later: hydration keeps the server's nodes.
    const { page, problems, requested } = await open('page.html', (p) =>
      p.addInitScript(() => {
        const seen = { parsed: [] as Element[], removed: 0 }
        Object.assign(window, { seen })
        new MutationObserver((records) => {
          for (const record of records) {
            for (const node of record.addedNodes)
              if (node instanceof Element && node.matches('figure[data-widget]')) seen.parsed.push(node)
            for (const node of record.removedNodes)
              if (node instanceof Element && (node.matches('figure[data-widget]') || node.querySelector('figure')))
                seen.removed++
          }
        }).observe(document, { childList: true, subtree: true })
      }),
    )
    await page.locator('[data-widget="exports"] svg [data-key]').first().waitFor({ state: 'attached' })
    const kept = await page.evaluate(() => {
      const { seen } = window as unknown as { seen: { parsed: Element[]; removed: number } }
      const now = [...document.querySelectorAll('figure[data-widget]')]
      return { parsed: seen.parsed.length, removed: seen.removed, same: now.every((f) => seen.parsed.includes(f)) }
    })
    expect(kept).toEqual({ parsed: 3, removed: 0, same: true })
    // Hydrated: the map's table button works.
    const toggle = page.locator('[data-widget="map"] .pp-map-table-toggle')
    await toggle.click()
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true')
    await page.locator('[data-widget="map"] table').waitFor()
    expect(requested).toEqual([])
    expect(problems).toEqual([])
    await page.close()
  })
})
