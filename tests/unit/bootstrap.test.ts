/** How built pages load their one script (scripts/lib/bootstrap.ts), and the CSP hash that allows it. */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BOOTSTRAP, CSP_SCRIPT_HASH, deferPageScript } from '../../scripts/lib/bootstrap.ts'
import { LANGS } from '../../src/lib/i18n/index.ts'

const VITE_PAGE = [
  '<!doctype html><html><head><title>t</title>',
  '<script type="module" crossorigin src="./assets/story-abc.js"></script>',
  '<link rel="modulepreload" crossorigin href="./assets/flags-def.js">',
  '<link rel="modulepreload" crossorigin href="./assets/preload-helper-ghi.js">',
  '</head><body><div id="app"></div></body></html>',
].join('\n')

describe('deferPageScript', () => {
  it('moves the module and its preloads into the bootstrap, at the end of the body', () => {
    const html = deferPageScript(VITE_PAGE)
    expect(html).not.toContain('type="module"')
    expect(html).not.toContain('<link rel="modulepreload"')
    expect(html).toContain(
      `<script data-module="./assets/story-abc.js" data-preload="./assets/flags-def.js ./assets/preload-helper-ghi.js">${BOOTSTRAP}</script></body>`,
    )
    expect(html).toContain('<div id="app"></div>')
  })

  it('leaves a page without a module script alone, and refuses a page with two', () => {
    const plain = '<html><head></head><body><script async src="./loader.js"></script></body></html>'
    expect(deferPageScript(plain)).toBe(plain)
    const two = VITE_PAGE.replace('</head>', '<script type="module" crossorigin src="./assets/x.js"></script></head>')
    expect(() => deferPageScript(two)).toThrow(/2 module scripts/)
  })

  it("lists a multilingual page's language files for the bootstrap, and refuses a file it could not read back", () => {
    const html = deferPageScript(VITE_PAGE, { en: './', es: './index.es.html' })
    expect(html).toContain(' data-lang-files="en=./ es=./index.es.html">')
    expect(deferPageScript(VITE_PAGE)).not.toContain(' data-lang-files="')
    expect(() => deferPageScript(VITE_PAGE, { es: './a b.html' })).toThrow(/language file/)
    expect(() => deferPageScript(VITE_PAGE, { 'e s': './a.html' })).toThrow(/language file/)
  })

  it('escapes what it writes into attributes', () => {
    const odd = VITE_PAGE.replace('./assets/story-abc.js', './assets/a&b.js')
    expect(deferPageScript(odd)).toContain('data-module="./assets/a&#38;b.js"')
  })
})

describe('the bootstrap text', () => {
  it("knows the product's languages (it is a fixed string, so it cannot import them)", () => {
    expect(BOOTSTRAP).toContain(`/^(${LANGS.join('|')})$/`)
  })
})

describe('the CSP hash', () => {
  it('is the SHA-256 of the bootstrap, the only inline script', () => {
    const digest = createHash('sha256').update(BOOTSTRAP, 'utf8').digest('base64')
    expect(CSP_SCRIPT_HASH).toBe(`sha256-${digest}`)
  })

  it('is the one docs/embedding.md (Content-Security-Policy) tells hosts to allow', () => {
    const doc = readFileSync(new URL('../../docs/embedding.md', import.meta.url), 'utf8')
    expect(doc).toContain(`script-src 'self' '${CSP_SCRIPT_HASH}'`)
  })
})
