/** A host page on a second loopback origin (localhost vs 127.0.0.1, another port), as a newsroom's page would be. */
import { createServer } from 'node:http'
import type { Page } from 'playwright-core'
import { useForFile } from './browser.ts'

export interface HostServer {
  url: string
  /** Serve this HTML at `path` (default /). */
  page: (html: string, path?: string) => string
  close: () => Promise<void>
}

export async function startHost(): Promise<HostServer> {
  const pages = new Map<string, string>()
  const server = createServer((req, res) => {
    const html = pages.get((req.url ?? '/').split('?')[0] ?? '/')
    if (!html) return void res.writeHead(404).end()
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const url = `http://localhost:${port}/`
  return {
    url,
    page: (html, path = '/') => {
      pages.set(path, html)
      return new URL(path, url).href
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  }
}

/** The file's host server, started before its tests and closed after them. */
export const useHost = (): (() => HostServer) => useForFile('The host server', startHost, (host) => host.close())

export function hostPage(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title><link rel="icon" href="data:,">${head}</head><body style="margin:0">${body}</body></html>`
}

/** Waits until every custom element `selector` matches on the page has drawn its widget (data-state="ready"). */
export async function elementsReady(page: Page, selector: string, timeout: number): Promise<void> {
  await page.waitForFunction(
    (selector) =>
      [...document.querySelectorAll(selector)].every(
        (el) => el.shadowRoot?.querySelector('[data-widget]')?.getAttribute('data-state') === 'ready',
      ),
    selector,
    { timeout },
  )
}
