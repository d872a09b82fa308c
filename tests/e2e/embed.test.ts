/** The embed protocol in Chromium: iframes that size themselves on another origin, forged messages, custom elements. */
import { describe, expect, it } from 'vitest'
import type { Frame, Page } from 'playwright-core'
import { baseUrl, openPage, screenshot, useBrowser } from './browser.ts'
import { elementsReady, hostPage, useHost } from './host.ts'

const browser = useBrowser()
const host = useHost()

const WIDGETS = ['map', 'timeline', 'exports'] as const

function iframeSnippet(widget: string, id = widget, extra = '') {
  return `<iframe data-peru-protests-embed="${id}" id="${id}" ${extra} title="${widget}" src="${baseUrl()}embed/${widget}/?lang=en" style="width:100%;border:0;display:block" height="300"></iframe>`
}

/** openPage on a host page of its own (an absolute URL on the host's origin). */
function openHost(html: string, width: number) {
  return openPage(browser(), host().page(html, `/host-${Math.random().toString(36).slice(2)}`), {
    viewport: { width, height: 900 },
  })
}

async function frameOf(page: Page, id: string): Promise<Frame> {
  const handle = await page.waitForSelector(`#${id}`)
  const frame = await handle.contentFrame()
  if (!frame) throw new Error(`no frame for ${id}`)
  await frame.waitForFunction(() => document.querySelector('[data-widget]')?.getAttribute('data-state') === 'ready')
  return frame
}

/** Waits until the iframe's height is within 2 px of its content's height; returns both. */
async function settledHeights(page: Page, frame: Frame, id: string) {
  let iframeHeight = 0
  let contentHeight = 0
  for (let i = 0; i < 50; i++) {
    contentHeight = await frame.evaluate(() => document.getElementById('app')!.getBoundingClientRect().height)
    iframeHeight = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().height, id)
    if (Math.abs(iframeHeight - contentHeight) <= 2) break
    await page.waitForTimeout(100)
  }
  return { iframeHeight, contentHeight }
}

describe('iframe + loader.js on another origin', () => {
  for (const width of [320, 600, 1000]) {
    it(`sizes each widget to its content at ${width} px`, async () => {
      const html = hostPage(
        `<style>iframe{height:100%}</style>${WIDGETS.map((w) => iframeSnippet(w)).join('<p>Between embeds</p>')}<script src="${baseUrl()}embed/loader.js"></script>`,
      )
      const { page, problems } = await openHost(html, width)
      for (const widget of WIDGETS) {
        const frame = await frameOf(page, widget)
        const { iframeHeight, contentHeight } = await settledHeights(page, frame, widget)
        expect(contentHeight).toBeGreaterThan(100)
        expect(Math.abs(iframeHeight - contentHeight), `${widget} at ${width}px`).toBeLessThanOrEqual(2)
      }
      await screenshot(page, `host-iframes-${width}`)
      expect(problems).toEqual([])
      await page.context().close()
    })
  }

  it('follows the content when it changes', async () => {
    const { page } = await openHost(
      hostPage(`${iframeSnippet('map')}<script src="${baseUrl()}embed/loader.js"></script>`),
      600,
    )
    const frame = await frameOf(page, 'map')
    const before = await settledHeights(page, frame, 'map')
    // The content grows by 400 px (as a pinned tooltip or an opened table would make it).
    await frame.evaluate(() => {
      const filler = document.createElement('div')
      filler.style.height = '400px'
      document.getElementById('app')!.append(filler)
    })
    await page.waitForFunction(
      (expected) => Math.abs(document.getElementById('map')!.getBoundingClientRect().height - expected) <= 2,
      before.contentHeight + 400,
    )
    await page.context().close()
  })

  it('a late loader still gets the height (init), and host data-lang reaches the embed', async () => {
    const html = hostPage(
      `<iframe data-peru-protests-embed="late" id="late" data-lang="fr" title="map" src="${baseUrl()}embed/map/" style="width:100%;border:0" height="150"></iframe>`,
    )
    const { page } = await openHost(html, 600)
    const frame = await frameOf(page, 'late')
    await page.addScriptTag({ url: `${baseUrl()}embed/loader.js` })
    await frame.waitForFunction(() => document.documentElement.lang === 'fr')
    const { iframeHeight, contentHeight } = await settledHeights(page, frame, 'late')
    expect(Math.abs(iframeHeight - contentHeight)).toBeLessThanOrEqual(2)
    await page.context().close()
  })
})

describe('forged messages are ignored', () => {
  it('from the host window, another origin, a wrong shape, or impossible heights', async () => {
    const other = host().page(
      hostPage(
        `<script>parent.postMessage({sentinel:'peru-protests',type:'height',id:'map',height:1234},'*')</script>`,
      ),
      '/forger',
    )
    const html = hostPage(`${iframeSnippet('map')}<script src="${baseUrl()}embed/loader.js"></script>`)
    const { page } = await openHost(html, 600)
    const frame = await frameOf(page, 'map')
    const { iframeHeight } = await settledHeights(page, frame, 'map')
    const heightNow = () => page.evaluate(() => document.getElementById('map')!.getBoundingClientRect().height)

    // 1. The host page itself (event.source is not the iframe).
    await page.evaluate(() =>
      window.postMessage({ sentinel: 'peru-protests', type: 'height', id: 'map', height: 999 }, '*'),
    )
    // 2. Another frame, on another origin.
    await page.evaluate((src) => {
      const f = document.createElement('iframe')
      f.src = src
      document.body.append(f)
    }, other)
    // 3. The real embed, with bad payloads.
    await frame.evaluate(() => {
      const bad = [NaN, -50, 0, 1e9, Infinity, '800', null]
      for (const height of bad)
        parent.postMessage({ sentinel: 'peru-protests', type: 'height', id: 'map', height }, '*')
      parent.postMessage('{"sentinel":"peru-protests","type":"height","height":700}', '*')
      parent.postMessage({ sentinel: 'pym', type: 'height', height: 700 }, '*')
    })
    await page.waitForTimeout(500)
    expect(await heightNow()).toBe(iframeHeight)
    // The page was never navigated.
    expect(page.url()).toContain('/host-')
    await page.context().close()
  })
})

describe('custom elements', () => {
  it('ten elements on one page render, in the page language, without id collisions', async () => {
    const tags = Array.from({ length: 10 }, (_, i) => `peru-protests-${WIDGETS[i % 3]}`)
    const html = hostPage(
      tags.map((tag) => `<${tag}></${tag}>`).join('\n'),
      `<script type="module" src="${baseUrl()}embed/elements.js"></script>`,
    ).replace('<html lang="en">', '<html lang="es">')
    const { page, problems } = await openHost(html, 800)
    await elementsReady(page, 'peru-protests-map, peru-protests-timeline, peru-protests-exports', 20_000)
    const report = await page.evaluate(() => {
      const roots = [
        ...document.querySelectorAll('peru-protests-map, peru-protests-timeline, peru-protests-exports'),
      ].map((el) => el.shadowRoot!)
      // Each element is its own document tree: ids must be unique inside each shadow root, and none leak out.
      const duplicates = roots.map((root) => {
        const ids = [...root.querySelectorAll('[id]')].map((el) => el.id)
        return ids.length - new Set(ids).size
      })
      return {
        duplicates,
        idsInPage: document.querySelectorAll('[id]').length,
        count: roots.length,
        langs: roots.map((root) => root.querySelector('[data-widget]')!.getAttribute('lang')),
        heights: roots.map((root) => root.host.getBoundingClientRect().height),
        styled: roots.every((root) => root.querySelectorAll('style').length > 1),
      }
    })
    expect(report.count).toBe(10)
    expect(new Set(report.langs)).toEqual(new Set(['es']))
    expect(Math.min(...report.heights)).toBeGreaterThan(100)
    expect(report.duplicates).toEqual(Array(10).fill(0))
    expect(report.idsInPage).toBe(0)
    expect(report.styled).toBe(true)
    await screenshot(page, 'host-custom-elements')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('attributes change the language and theme live', async () => {
    const html = hostPage(
      `<peru-protests-map lang="en" theme="light"></peru-protests-map>`,
      `<script type="module" src="${baseUrl()}embed/elements.js"></script>`,
    )
    const { page } = await openHost(html, 800)
    const state = () =>
      page.evaluate(() => {
        const widget = document.querySelector('peru-protests-map')!.shadowRoot!.querySelector('[data-widget]')!
        return { lang: widget.getAttribute('lang'), theme: widget.closest('[data-theme]')?.getAttribute('data-theme') }
      })
    await page.waitForFunction(() =>
      document.querySelector('peru-protests-map')?.shadowRoot?.querySelector('[data-state="ready"]'),
    )
    expect(await state()).toEqual({ lang: 'en', theme: 'light' })
    await page.evaluate(() => {
      const el = document.querySelector('peru-protests-map')!
      el.setAttribute('lang', 'fr')
      el.setAttribute('theme', 'dark')
    })
    await page.waitForFunction(
      () =>
        document
          .querySelector('peru-protests-map')!
          .shadowRoot!.querySelector('[data-widget]')!
          .getAttribute('lang') === 'fr',
    )
    expect(await state()).toEqual({ lang: 'fr', theme: 'dark' })
    await page.context().close()
  })
})

describe('the embed-code page', () => {
  it('builds codes that work when pasted into a page on another origin', async () => {
    const context = await browser().newContext({ viewport: { width: 1000, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${baseUrl()}embed/?lang=en`)
    await page.getByRole('radio', { name: /timeline/i }).check()
    await page.getByRole('radio', { name: 'Español' }).check()
    const iframeCode = (await page.locator('[data-snippet="iframe"]').textContent()) ?? ''
    const elementCode = (await page.locator('[data-snippet="element"]').textContent()) ?? ''
    // The Spanish file, prerendered in Spanish; its fallback links to the Spanish story file.
    expect(iframeCode).toContain('embed/timeline/index.es.html?lang=es"')
    expect(iframeCode).toContain('index.es.html?lang=es"><img')
    expect(iframeCode).toContain('loading="lazy"')
    expect(iframeCode).toMatch(/title="[^"]+"/)
    expect(iframeCode).toContain('<noscript>')
    expect(elementCode).toContain('<peru-protests-timeline lang="es"')
    await context.close()

    const html = hostPage(`<h1>Newsroom page</h1>${iframeCode}<hr>${elementCode}`)
    const { page: host, problems } = await openHost(html, 700)
    const iframe = await host.waitForSelector('iframe[data-peru-protests-embed]')
    const frame = (await iframe.contentFrame())!
    await frame.waitForFunction(() => document.querySelector('[data-widget]')?.getAttribute('data-state') === 'ready')
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('es')
    const content = await frame.evaluate(() => document.getElementById('app')!.getBoundingClientRect().height)
    await host.waitForFunction(
      (expected) => Math.abs(document.querySelector('iframe')!.getBoundingClientRect().height - expected) <= 2,
      content,
    )
    await host.waitForFunction(
      () =>
        document.querySelector('peru-protests-timeline')?.shadowRoot?.querySelector('[data-state="ready"]') !== null,
    )
    await screenshot(host, 'host-pasted-snippets')
    expect(problems).toEqual([])
    await host.context().close()
  })
})
