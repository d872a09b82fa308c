/**
 * The built site under a strict Content-Security-Policy (no unsafe-eval, inline script only by hash: the one
 * bootstrap of scripts/lib/bootstrap.ts): every page reaches
 * data-state=ready with zero CSP violations, including while readers interact (tooltips, tables, lazy chunks).
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { useBrowser } from './browser.ts'
import { serve, type RunningServer } from '../../scripts/serve.ts'
import { PAGES } from '../../scripts/lib/bytes.ts'
import { STORY_FILES, storyHref } from '../../src/embed/story-files.ts'
import { DEFAULT_FLAGS } from '../../src/lib/flags.ts'
import { embedPath } from '../../src/embed/snippets.ts'
import type { WidgetName } from '../../src/lib/widget.ts'
import { BOOTSTRAP, CSP_SCRIPT_HASH } from '../../scripts/lib/bootstrap.ts'

export const CSP = [
  "default-src 'self'",
  `script-src 'self' '${CSP_SCRIPT_HASH}'`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  'frame-ancestors *',
].join('; ')

const ALL_PAGES = [
  ...PAGES,
  // The story's Spanish and French files (scripts/build.ts).
  ...(['es', 'fr'] as const).map((lang) => ({
    name: `story-${lang}`,
    file: STORY_FILES[lang],
    path: storyHref({ ...DEFAULT_FLAGS, lang }, true),
    datasets: [],
  })),
  // Each embed's Spanish and French files.
  ...PAGES.filter((spec) => spec.name.startsWith('embed-')).flatMap((spec) =>
    (['es', 'fr'] as const).map((lang) => {
      const file = embedPath(spec.name.slice('embed-'.length) as WidgetName, lang)
      return { name: `${spec.name}-${lang}`, file, path: `${file}?lang=${lang}`, datasets: [] }
    }),
  ),
  { name: 'embed-code', file: 'embed/index.html', path: 'embed/', datasets: [] },
]

const browser = useBrowser()
let server: RunningServer
beforeAll(async () => {
  server = await serve({ root: inject('distDir'), headers: { 'Content-Security-Policy': CSP } })
})
afterAll(async () => {
  await server?.close()
})

describe('strict CSP', () => {
  it('the only inline script on a page is the bootstrap, which the policy allows by its hash', () => {
    for (const spec of ALL_PAGES) {
      const html = readFileSync(`${inject('distDir')}/${spec.file}`, 'utf8')
      const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
        ([, attributes, body]) => !/\bsrc\s*=/.test(attributes ?? '') && (body ?? '').trim() !== '',
      )
      expect(
        inline.map(([, , body]) => body),
        spec.name,
      ).toEqual([BOOTSTRAP])
      // Inline event handlers would need 'unsafe-inline' (or unsafe-hashes) too.
      expect(html.match(/<[^>]+\son[a-z]+\s*=/gi) ?? [], spec.name).toEqual([])
    }
  })

  // (eval cannot be probed from here: code evaluated through DevTools is exempt from the page's policy.)
  it('control: the policy is enforced and a violation would be seen', async () => {
    const context = await browser().newContext()
    await context.addInitScript(() => {
      const log: string[] = []
      ;(window as unknown as { __csp: string[] }).__csp = log
      document.addEventListener('securitypolicyviolation', (e) => log.push(e.violatedDirective))
    })
    const page = await context.newPage()
    await page.goto(new URL('embed/map/', server.url).href)
    const result = await page.evaluate(async () => {
      const script = document.createElement('script')
      script.textContent = 'window.__inline = 1'
      document.head.append(script)
      await new Promise((done) => setTimeout(done, 100))
      return {
        inline: (window as unknown as { __inline?: number }).__inline,
        log: (window as unknown as { __csp: string[] }).__csp,
      }
    })
    expect(result.inline).toBeUndefined()
    expect(result.log.some((d) => d.startsWith('script-src'))).toBe(true)
    await context.close()
  })

  for (const spec of ALL_PAGES) {
    it(`${spec.name}: zero violations, widgets ready`, async () => {
      const context = await browser().newContext({ viewport: { width: 1024, height: 900 } })
      // In every frame, before any page script: record violations as the browser reports them.
      await context.addInitScript(() => {
        const log: string[] = []
        ;(window as unknown as { __csp: string[] }).__csp = log
        document.addEventListener('securitypolicyviolation', (e) =>
          log.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
        )
      })
      const page = await context.newPage()
      const problems: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error' || /Content Security Policy/i.test(message.text()))
          problems.push(`console: ${message.text()}`)
      })
      page.on('pageerror', (error) => problems.push(`exception: ${error.message}`))
      const response = await page.goto(new URL(spec.path, server.url).href)
      expect(response?.headers()['content-security-policy']).toBe(CSP)

      // Widgets in the page and in any frame (the embed-code page previews an embed).
      const states = async () =>
        (
          await Promise.all(
            page
              .frames()
              .map((frame) =>
                frame
                  .$$eval('[data-widget]', (els) => els.map((el) => el.getAttribute('data-state')))
                  .catch(() => [] as (string | null)[]),
              ),
          )
        ).flat()
      for (let i = 0; i < 100; i++) {
        const now = await states()
        if (now.length > 0 && now.every((s) => s !== 'loading')) break
        await page.waitForTimeout(150)
      }
      const settled = await states()
      expect(settled.length, 'widgets on the page').toBeGreaterThan(0)
      expect(
        settled.every((s) => s === 'ready'),
        `states: ${settled.join(', ')}`,
      ).toBe(true)

      // Interact: open tables and details, walk the graphics' data (tooltips, lazy chunks), switch theme/lang
      // controls if the page has them.
      await page.evaluate(() => {
        for (const d of document.querySelectorAll('details')) d.open = true
        for (const b of document.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]')) b.click()
      })
      const stops = page.locator('[data-widget] [tabindex="0"]:not(button):not(a):not(input)')
      for (let i = 0; i < Math.min(await stops.count(), 6); i++) {
        await stops.nth(i).focus()
        for (const key of ['ArrowRight', 'ArrowDown', 'Enter', 'Escape']) await page.keyboard.press(key)
      }
      await page.waitForLoadState('networkidle')

      const violations = (
        await Promise.all(
          page
            .frames()
            .map((frame) =>
              frame.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => []),
            ),
        )
      ).flat()
      expect(violations).toEqual([])
      expect(problems).toEqual([])
      await context.close()
    })
  }
})
