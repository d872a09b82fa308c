/**
 * Hostile input in Chromium:
 * - XSS payloads in every free-text field of every dataset (served in place of the published files) render as text
 *   on every page, in tooltips, tables and details too: no script runs, no element or attribute comes from data;
 * - forged postMessages against loader.js and against the embeds (extends embed.test.ts): a frame that navigated to
 *   another origin, an unregistered frame of the embed's origin, impossible heights, forged `select`s; `init` from a
 *   window that is not the parent, hostile lang/theme/id in `init`;
 * - twenty embeds on one page of another origin, iframes and custom elements mixed.
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import type { BrowserContext, Frame, Page } from 'playwright-core'
import { publishCorrection } from './corrections.ts'
import { baseUrl, screenshot, useBrowser, widgetsSettled } from './browser.ts'
import { elementsReady, hostPage, useHost } from './host.ts'
import { PAGES } from '../../scripts/lib/bytes.ts'
import { injectPayloads, type Injected } from '../fixtures/hostile/inject.ts'
import type { DatasetName } from '../../src/lib/data/types.ts'

const DATASETS: DatasetName[] = ['protest-deaths', 'timeline', 'arms-exports', 'peru-departments']

const browser = useBrowser()
const host = useHost()
const hostile = new Map<DatasetName, Injected>()

beforeAll(() => {
  for (const dataset of DATASETS) {
    const original = JSON.parse(readFileSync(`${inject('distDir')}/data/${dataset}/v1.json`, 'utf8'))
    hostile.set(dataset, injectPayloads(dataset, original))
  }
})

/** Serves the hostile copies in place of the published files, for every page of the context. */
/** The hostile copies, published as a correction (the manifest lists their hashes), so every page draws them. */
async function serveHostileData(context: BrowserContext) {
  await publishCorrection(
    context,
    Object.fromEntries(DATASETS.map((dataset) => [`${dataset}/v1.json`, JSON.stringify(hostile.get(dataset)!.doc)])),
  )
}

async function watchedContext(width = 1280) {
  const context = await browser().newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce' })
  const problems: string[] = []
  context.on('page', (page) => {
    page.on('pageerror', (error) => problems.push(`exception: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`)
    })
  })
  return { context, problems }
}

/** Opens what can be opened (tables, details), then walks each graphic's data with the keyboard (tooltips, pins). */
async function exerciseEverything(page: Page) {
  await page.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document]
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot)
    for (const root of roots) {
      for (const d of root.querySelectorAll('details')) d.open = true
      for (const b of root.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]')) b.click()
    }
  })
  const stops = page.locator('[data-widget] [tabindex="0"]:not(button):not(a):not(input):not([role="slider"])')
  for (let i = 0; i < (await stops.count()); i++) {
    await stops.nth(i).focus()
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowRight', 'Enter']) await page.keyboard.press(key)
  }
  await page.waitForTimeout(100)
}

/** Runs in the page: what data-borne markup made it into the DOM (light DOM and every shadow root). */
function auditDom() {
  const roots: (Document | ShadowRoot)[] = [document]
  for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot)
  const findings: string[] = []
  let text = ''
  for (const root of roots) {
    for (const el of root.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) if (/^on/i.test(attr)) findings.push(`${el.tagName} has ${attr}`)
      const href = el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? el.getAttribute('src') ?? ''
      if (/^\s*javascript:/i.test(href)) findings.push(`${el.tagName} links to ${href}`)
    }
    for (const img of root.querySelectorAll('img[src="x"], img[src="x/onerror=window.__xss=1"]'))
      findings.push(`injected ${img.outerHTML.slice(0, 60)}`)
    for (const script of root.querySelectorAll('script'))
      if (/__xss/.test(script.textContent ?? '')) findings.push('an injected <script>')
    for (const frame of root.querySelectorAll('iframe')) if (/__xss/.test(frame.src)) findings.push('injected iframe')
    for (const b of root.querySelectorAll('b[onmouseover]')) findings.push(`injected ${b.outerHTML}`)
    text += ' ' + (root instanceof Document ? root.body.innerText : (root.host as HTMLElement).innerText)
    if (root instanceof ShadowRoot) text += ' ' + [...root.children].map((c) => (c as HTMLElement).innerText).join(' ')
  }
  return {
    xss: (window as unknown as { __xss?: unknown }).__xss,
    findings,
    shownAsText: ['<img src=x onerror', '<script>window.__xss', 'javascript:window.__xss', '"><svg onload'].filter(
      (payload) => text.includes(payload),
    ),
    states: roots.flatMap((root) =>
      [...root.querySelectorAll('[data-widget]')].map((w) => w.getAttribute('data-state')),
    ),
  }
}

describe('XSS payloads in every text field of every dataset render as text', () => {
  it('the payloads reach the free-text fields of all four datasets', () => {
    for (const dataset of DATASETS) expect(hostile.get(dataset)!.injected.length, dataset).toBeGreaterThan(3)
    console.log(
      DATASETS.map((d) => `${d}: payloads in ${hostile.get(d)!.injected.length} field patterns`).join('; ') +
        ' (ids, dates, codes and enums are pinned by the schemas)',
    )
  })

  // English is the prerendered language (the page hydrates), Spanish and French mount afresh: both paths.
  const LANG: Record<string, string> = { story: 'es', 'embed-map': 'en', 'embed-timeline': 'fr', 'embed-exports': 'en' }
  for (const spec of PAGES) {
    it(`${spec.name} (${LANG[spec.name]})`, async () => {
      const { context, problems } = await watchedContext(spec.name === 'story' ? 1280 : 800)
      await serveHostileData(context)
      const page = await context.newPage()
      await page.goto(new URL(`${spec.path}?lang=${LANG[spec.name]}`, baseUrl()).href)
      await widgetsSettled(page)
      await exerciseEverything(page)
      const audit = await page.evaluate(auditDom)
      await screenshot(page, `hostile-${spec.name}`)
      expect(audit.xss, 'an injected script ran').toBeUndefined()
      expect(audit.findings).toEqual([])
      expect(audit.states.length).toBeGreaterThan(0)
      expect(audit.states.every((s) => s === 'ready')).toBe(true)
      // The payloads are on the page, as text a reader can see.
      expect(audit.shownAsText.length, 'payloads shown as text').toBeGreaterThan(0)
      expect(problems).toEqual([])
      await context.close()
    })
  }

  it('custom elements (shadow roots) on another origin', async () => {
    const { context, problems } = await watchedContext()
    await serveHostileData(context)
    const page = await context.newPage()
    const tags = ['peru-protests-map', 'peru-protests-timeline', 'peru-protests-exports']
    await page.goto(
      host().page(
        hostPage(
          tags.map((t) => `<${t} lang="fr"></${t}>`).join(''),
          `<script type="module" src="${baseUrl()}embed/elements.js"></script>`,
        ),
        '/hostile-elements',
      ),
    )
    await page.waitForFunction(
      (tags) =>
        tags.every((t) => document.querySelector(t)?.shadowRoot?.querySelector('[data-state="ready"]') !== null),
      tags,
      { timeout: 20_000 },
    )
    await exerciseEverything(page)
    const audit = await page.evaluate(auditDom)
    expect(audit.xss).toBeUndefined()
    expect(audit.findings).toEqual([])
    expect(audit.states).toEqual(['ready', 'ready', 'ready'])
    expect(problems).toEqual([])
    await context.close()
  })

  it('javascript: URLs are refused by the schema: an error view, and nothing clickable', async () => {
    const { context, problems } = await watchedContext()
    const doc = JSON.parse(readFileSync(`${inject('distDir')}/data/protest-deaths/v1.json`, 'utf8'))
    for (const record of doc.records) for (const source of record.sources) source.url = 'javascript:window.__xss=1'
    await context.route('**/data/protest-deaths/v1.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(doc) }),
    )
    const page = await context.newPage()
    await page.goto(new URL('embed/map/', baseUrl()).href)
    await widgetsSettled(page)
    await page.waitForSelector('[data-widget][data-state="error"] [role="alert"]')
    const audit = await page.evaluate(auditDom)
    expect(audit.xss).toBeUndefined()
    expect(audit.findings).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  })
})

function iframe(widget: string, id: string, src = `${baseUrl()}embed/${widget}/`, extra = '') {
  return `<iframe data-peru-protests-embed="${id}" id="${id}" title="${widget}" src="${src}" ${extra} style="width:100%;border:0;display:block" height="300"></iframe>`
}

async function readyFrame(page: Page, id: string): Promise<Frame> {
  const frame = await (await page.waitForSelector(`#${id}`)).contentFrame()
  if (!frame) throw new Error(`no frame ${id}`)
  await frame.waitForFunction(() => document.querySelector('[data-widget]')?.getAttribute('data-state') === 'ready')
  return frame
}

const heightOf = (page: Page, id: string) =>
  page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().height, id)

async function settle(page: Page, frame: Frame, id: string) {
  let content = NaN
  let outer = NaN
  for (let i = 0; i < 50; i++) {
    content = await frame.evaluate(() => document.getElementById('app')!.getBoundingClientRect().height)
    outer = await heightOf(page, id)
    // The iframe's own height (the loader sets a whole number of pixels; content may be fractional).
    if (Math.abs(outer - content) <= 2) return outer
    await page.waitForTimeout(100)
  }
  const boot = await frame.evaluate(() => document.getElementById('app')!.dataset.boot)
  throw new Error(`${id} never settled: iframe ${outer} px, content ${content} px, boot ${boot}`)
}

describe('forged messages (beyond embed.test.ts)', () => {
  it('loader.js: an unregistered frame of the embed origin, a frame that navigated away, bad heights, forged selects', async () => {
    const { context, problems } = await watchedContext(800)
    const page = await context.newPage()
    // A page on the host's origin that posts a height to its parent, and reports what it receives.
    const forger = host().page(
      hostPage(`<script>
        window.received = [];
        addEventListener('message', (e) => received.push(e.data));
        parent.postMessage({ sentinel: 'peru-protests', type: 'height', id: 'a', height: 1234 }, '*');
      </script>`),
      '/forger-away',
    )
    await page.goto(
      host().page(
        hostPage(
          iframe('map', 'a') +
            iframe('timeline', 'b') +
            // Same origin as the embeds, but not marked for the loader: it must not size anything.
            `<iframe id="stray" title="stray" src="${baseUrl()}embed/exports/"></iframe>` +
            `<script src="${baseUrl()}embed/loader.js"></script>`,
        ),
        '/forged-loader',
      ),
    )
    const a = await readyFrame(page, 'a')
    const b = await readyFrame(page, 'b')
    const heightA = await settle(page, a, 'a')
    const heightB = await settle(page, b, 'b')
    const events: unknown[] = []
    await page.exposeFunction('recordSelect', (detail: unknown) => events.push(detail))
    await page.evaluate(() =>
      document.addEventListener('peru-protests:select', (e) =>
        (window as unknown as { recordSelect: (d: unknown) => void }).recordSelect((e as CustomEvent).detail),
      ),
    )

    // 1. The stray frame (right origin, not registered) claims to be "a" and "b".
    const stray = await (await page.waitForSelector('#stray')).contentFrame()
    await stray!.evaluate(() => {
      for (const id of ['a', 'b'])
        parent.postMessage({ sentinel: 'peru-protests', type: 'height', id, height: 777 }, '*')
      parent.postMessage(
        { sentinel: 'peru-protests', type: 'select', id: 'a', widget: 'map', department: 'PE-PUN' },
        '*',
      )
    })
    // 2. Frame "b" posts impossible heights, heights for "a", and forged selects.
    await b.evaluate(() => {
      const post = (m: unknown) => parent.postMessage(m, '*')
      for (const height of [20_001, -Infinity, Number.MAX_VALUE, '640px', [640], { height: 640 }, true, 10n])
        post({ sentinel: 'peru-protests', type: 'height', id: 'b', height })
      post({ sentinel: 'peru-protests', type: 'height', id: 'a', height: 900 })
      post({ sentinel: 'peru-protests', type: 'select', id: 'b', widget: 'x'.repeat(500), department: { evil: 1 } })
      post({ sentinel: 'peru-protests', type: 'navigate', url: 'https://evil.example/' })
    })
    await page.waitForTimeout(500)
    expect(await heightOf(page, 'a')).toBeCloseTo(heightA, 0)
    // "b" may legitimately resize itself (id is informational, event.source decides), but only to a valid height.
    expect(Math.abs((await heightOf(page, 'b')) - heightB) <= 2 || (await heightOf(page, 'b')) === 900).toBe(true)
    // The forged select from "b" reaches the host only as a sanitized event, and the stray frame's not at all.
    for (const detail of events as { id: string; widget: unknown; department: unknown }[]) {
      expect(detail.id).toBe('b')
      expect(detail.widget).toBeNull()
      expect(detail.department).toBeNull()
    }

    // 3. Frame "a" navigates to another origin and posts from there: source matches, origin does not.
    await a.evaluate((url) => (location.href = url), forger)
    await page.waitForFunction(
      () => (document.getElementById('a') as HTMLIFrameElement).contentWindow !== null,
      undefined,
    )
    let away: Frame | null = null
    for (let i = 0; i < 50 && !away; i++) {
      away = page.frames().find((f) => f.url().endsWith('/forger-away')) ?? null
      if (!away) await page.waitForTimeout(100)
    }
    await away!.waitForFunction(() => document.readyState === 'complete')
    await page.waitForTimeout(800)
    expect(
      await heightOf(page, 'a'),
      'loader.js took a height from a document of another origin (the host page origin) inside a registered iframe',
    ).toBeCloseTo(heightA, 0)
    // The loader's init (sent on load, to the embed's origin only) never reached the foreign document.
    const leaked = await away!.evaluate(() => (window as unknown as { received: unknown[] }).received)
    expect(leaked).toEqual([])
    expect(page.url()).toContain('/forged-loader')
    expect(problems).toEqual([])
    await context.close()
  })

  it('embeds: init from a window that is not the parent is ignored; hostile lang/theme/id from the parent too', async () => {
    const { context, problems } = await watchedContext(800)
    const page = await context.newPage()
    const messages: unknown[] = []
    await page.exposeFunction('recordMessage', (data: unknown) => messages.push(data))
    // A sibling frame on the host's origin that can reach the embed's window through the parent.
    const sibling = host().page(hostPage('<p>sibling</p>'), '/sibling')
    await page.goto(
      host().page(
        hostPage(
          `<script>addEventListener('message', (e) => recordMessage(e.data))</script>` +
            // No lang/theme in the URL: the embed accepts them from its parent's init.
            `<iframe id="m" title="map" src="${baseUrl()}embed/map/" style="width:100%;border:0" height="300"></iframe>` +
            `<iframe id="s" title="sibling" src="${sibling}"></iframe>`,
        ),
        '/forged-init',
      ),
    )
    const embed = await readyFrame(page, 'm')
    const lang = () => embed.evaluate(() => [document.documentElement.lang, document.documentElement.dataset.theme])
    expect(await lang()).toEqual(['en', 'auto'])

    // 1. From a sibling frame and from the embed's own window: not the parent.
    const siblingFrame = await (await page.waitForSelector('#s')).contentFrame()
    await siblingFrame!.evaluate(() =>
      parent.frames[0]!.postMessage(
        { sentinel: 'peru-protests', type: 'init', id: 'x', lang: 'fr', theme: 'dark' },
        '*',
      ),
    )
    await embed.evaluate(() =>
      window.postMessage({ sentinel: 'peru-protests', type: 'init', id: 'x', lang: 'es', theme: 'dark' }, '*'),
    )
    await page.waitForTimeout(400)
    expect(await lang()).toEqual(['en', 'auto'])

    // 2. From the parent, hostile values: ignored, and the id never comes back unsanitized.
    await page.evaluate(() => {
      const target = (document.getElementById('m') as HTMLIFrameElement).contentWindow!
      for (const bad of ['<img src=x onerror=window.__xss=1>', 'javascript:alert(1)', 'EN', 'de', '', null, 42])
        target.postMessage({ sentinel: 'peru-protests', type: 'init', id: '"><b>', lang: bad, theme: bad }, '*')
      target.postMessage({ sentinel: 'peru-protests', type: 'init', id: 'x'.repeat(100), lang: { en: 1 } }, '*')
      target.postMessage([{ sentinel: 'peru-protests', type: 'init', lang: 'fr' }], '*')
      target.postMessage('{"sentinel":"peru-protests","type":"init","lang":"fr"}', '*')
    })
    await page.waitForTimeout(400)
    expect(await lang()).toEqual(['en', 'auto'])
    expect(await embed.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined()

    // 3. Control: a well-formed init from the parent does work (so the refusals above were real).
    await page.evaluate(() =>
      (document.getElementById('m') as HTMLIFrameElement).contentWindow!.postMessage(
        { sentinel: 'peru-protests', type: 'init', id: 'map-1', lang: 'fr', theme: 'dark' },
        '*',
      ),
    )
    await embed.waitForFunction(() => document.documentElement.lang === 'fr')
    expect(await lang()).toEqual(['fr', 'dark'])
    await page.waitForTimeout(300)

    // Everything the embed sent its host: its ready hello, heights (ours and AMP's) and selections only, with clean ids, and
    // nothing that carries the host's address.
    expect(messages.length).toBeGreaterThan(0)
    for (const data of messages as Record<string, unknown>[]) {
      const kind = `${data.sentinel}/${data.type}`
      expect(['peru-protests/ready', 'peru-protests/height', 'amp/embed-size', 'peru-protests/select']).toContain(kind)
      if (data.sentinel === 'peru-protests') expect(String(data.id)).toMatch(/^[\w-]{1,64}$/)
      expect(JSON.stringify(data)).not.toContain(new URL(host().url).host)
    }
    expect(problems).toEqual([])
    await context.close()
  })
})

describe('twenty embeds on one page of another origin', () => {
  it('iframes and custom elements mixed: all render, all sized, no duplicate ids, no console errors', async () => {
    const widgets = ['map', 'timeline', 'exports']
    const langs = ['en', 'es', 'fr']
    const parts: string[] = []
    for (let i = 0; i < 20; i++) {
      const widget = widgets[i % 3]!
      const lang = langs[Math.floor(i / 3) % 3]!
      parts.push(
        i % 2 === 0
          ? iframe(widget, `f${i}`, `${baseUrl()}embed/${widget}/?lang=${lang}`, 'loading="lazy"')
          : `<peru-protests-${widget} id="c${i}" lang="${lang}"${i % 4 === 1 ? ' theme="dark"' : ''}></peru-protests-${widget}>`,
      )
    }
    const { context, problems } = await watchedContext(700)
    const page = await context.newPage()
    await page.goto(
      host().page(
        hostPage(
          `<style>iframe{height:100%}</style>${parts.join('<p>Text between embeds.</p>')}` +
            `<script src="${baseUrl()}embed/loader.js"></script>`,
          `<script type="module" src="${baseUrl()}embed/elements.js"></script>`,
        ),
        '/twenty',
      ),
    )
    // Lazy iframes load when scrolled to: scroll through the page as a reader would.
    for (let y = 0; y < 30; y++) {
      await page.mouse.wheel(0, 1500)
      await page.waitForTimeout(100)
    }
    const frames: { id: string; frame: Frame }[] = []
    for (let i = 0; i < 20; i += 2) frames.push({ id: `f${i}`, frame: await readyFrame(page, `f${i}`) })
    await elementsReady(page, '[id^="c"]', 30_000)

    const report: string[] = []
    for (const { id, frame } of frames) {
      const height = await settle(page, frame, id)
      expect(height, id).toBeGreaterThan(100)
      const ids = await frame.evaluate(() => [...document.querySelectorAll('[id]')].map((el) => el.id))
      const dupes = ids.filter((x, i) => ids.indexOf(x) !== i)
      if (dupes.length) report.push(`${id}: duplicate ids ${[...new Set(dupes)].join(', ')}`)
    }
    const elements = await page.evaluate(() =>
      [...document.querySelectorAll('[id^="c"]')].map((el) => {
        // Svelte's injected <style id="svelte-…"> repeats in every shadow root by design: ids of content only.
        const ids = [...el.shadowRoot!.querySelectorAll('[id]:not(style)')].map((x) => x.id)
        return {
          id: el.id,
          ids,
          height: el.getBoundingClientRect().height,
          content: el.shadowRoot!.querySelector('[data-widget]')!.getBoundingClientRect().height,
        }
      }),
    )
    expect(elements).toHaveLength(10)
    for (const el of elements) {
      const dupes = el.ids.filter((x, i) => el.ids.indexOf(x) !== i)
      if (dupes.length) report.push(`${el.id}: duplicate ids ${[...new Set(dupes)].join(', ')}`)
      expect(el.height, el.id).toBeGreaterThanOrEqual(el.content - 2)
      expect(el.content, el.id).toBeGreaterThan(100)
    }
    // Ids are unique across all the elements too (aria references never cross a shadow root, but a host's
    // stylesheet or script might look them up).
    const all = elements.flatMap((el) => el.ids)
    expect(new Set(all).size, 'ids unique across the ten custom elements').toBe(all.length)
    expect(report).toEqual([])
    await screenshot(page, 'hostile-twenty-embeds')
    expect(problems).toEqual([])
    await context.close()
  })
})
