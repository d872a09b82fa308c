/** Shared helpers for end-to-end tests: one Chromium per file, pages that record console errors, screenshots. */
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, inject } from 'vitest'
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'
import { CHROME_ARGS } from '../../scripts/lib/chrome.ts'
import { wake } from '../../scripts/lib/wake.ts'

export const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url))

export const VIEWPORTS = {
  phone: { width: 375, height: 740 },
  narrow: { width: 320, height: 640 },
  tablet: { width: 768, height: 1000 },
  desktop: { width: 1280, height: 900 },
} as const

export function baseUrl(): string {
  return inject('baseUrl')
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromePath'), args: CHROME_ARGS })
}

/**
 * Something a test file holds for all its tests: opened before them and closed after them (hooks registered where
 * this is called, at the top of the file). Returns a getter, since it exists only once the tests run.
 */
export function useForFile<T>(name: string, open: () => Promise<T>, close: (it: T) => Promise<void>): () => T {
  let it: T | undefined
  beforeAll(async () => {
    it = await open()
  })
  afterAll(async () => {
    if (it !== undefined) await close(it)
  })
  return () => {
    if (it === undefined) throw new Error(`${name} is opened in beforeAll: use it inside a hook or a test`)
    return it
  }
}

/** The file's Chromium, launched before its tests and closed after them. */
export const useBrowser = (): (() => Browser) => useForFile('The browser', launch, (browser) => browser.close())

export interface WatchedPage {
  page: Page
  /** Console errors and uncaught exceptions seen so far. */
  problems: string[]
}

/** A page that records every console error and uncaught exception, so a test can assert there were none. */
export async function openPage(
  browser: Browser,
  path: string,
  {
    prepare,
    ...options
  }: BrowserContextOptions & {
    colorScheme?: 'light' | 'dark'
    /** Runs before the page loads: routes, request listeners. */
    prepare?: (page: Page) => Promise<unknown> | void
  } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop, ...options })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`))
  await prepare?.(page)
  await page.goto(new URL(path, baseUrl()).href)
  return { page, problems }
}

/** Every widget has left the loading state, and a prerendered page has been hydrated (or mounted anew). */
const settled = () => {
  const app = document.getElementById('app')
  const boot = app?.dataset.boot
  if (app?.hasAttribute('data-prerendered') && boot !== 'hydrated' && boot !== 'mounted') return false
  const widgets = [...document.querySelectorAll('[data-widget]')]
  return widgets.length > 0 && widgets.every((w) => w.getAttribute('data-state') !== 'loading')
}

/**
 * Waits until every widget on the page has left the loading state and is interactive. A prerendered page
 * (src/boot/start.ts) first shows its graphics from the HTML and loads their code when the reader reaches for one:
 * each poll wakes it (scripts/lib/wake.ts) while it is static, so a page that went back to static is woken again.
 */
export async function widgetsSettled(page: Page, timeout = 15_000) {
  // Playwright evaluates a page function from its source text: here two of them, joined in one expression per poll.
  await page.waitForFunction(`(${wake})(), (${settled})()`, undefined, { timeout, polling: 50 })
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true })
  // A full-page capture keeps the viewport, and sections with content-visibility:auto outside it (the story's
  // below-fold sections) would come out blank: draw everything for the picture.
  await page.screenshot({
    path: `${SCREENSHOTS}${name}.png`,
    fullPage: true,
    style: '* { content-visibility: visible !important; }',
  })
}
