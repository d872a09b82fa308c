/**
 * The pages' inline bootstrap (scripts/lib/bootstrap-script.ts), run in Chromium: it adds the page's module after
 * the first paint (two frames, then 50 ms), or at once when the page is going to be drawn again in another language
 * or theme.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { BOOTSTRAP } from '../../scripts/lib/bootstrap-script.ts'

const MODULE = 'data:text/javascript,window.__booted=(window.__booted||0)+1'
const PRELOAD = 'data:text/javascript,0'
const root = document.documentElement
const original = { url: location.href, lang: root.lang, theme: root.getAttribute('data-theme') }

/** Runs the bootstrap as a page would; returns the module scripts it has added to <head> so far. */
function runBootstrap(langFiles?: string) {
  const script = document.createElement('script')
  script.dataset.module = MODULE
  script.dataset.preload = PRELOAD
  if (langFiles !== undefined) script.dataset.langFiles = langFiles
  script.textContent = BOOTSTRAP
  document.body.append(script)
  return () => ({
    modules: document.head.querySelectorAll(`script[type="module"][src="${MODULE}"]`).length,
    preloads: document.head.querySelectorAll(`link[rel="modulepreload"][href="${PRELOAD}"]`).length,
  })
}

/** Two frames, then longer than the bootstrap's 50 ms wait after them. */
const afterPaint = () =>
  new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 120))))
const browserLang = (navigator.languages[0] ?? navigator.language).slice(0, 2).toLowerCase()

afterEach(() => {
  history.replaceState(null, '', original.url)
  root.lang = original.lang
  if (original.theme === null) root.removeAttribute('data-theme')
  else root.setAttribute('data-theme', original.theme)
  for (const el of document.querySelectorAll(`script[src="${MODULE}"], link[href="${PRELOAD}"], script[data-module]`))
    el.remove()
})

describe('bootstrap', () => {
  it('adds the module and its preloads after the first paint, once, when the page is drawn as it is', async () => {
    root.lang = browserLang
    root.setAttribute('data-theme', 'auto')
    history.replaceState(null, '', `?lang=${browserLang}&theme=auto`)
    const added = runBootstrap()
    expect(added()).toEqual({ modules: 0, preloads: 0 })
    // Not in the first frame's wake: the browser is still drawing that frame.
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done)))
    expect(added()).toEqual({ modules: 0, preloads: 0 })
    await afterPaint()
    expect(added()).toEqual({ modules: 1, preloads: 1 })
    // The 1 s fallback does not add it a second time.
    await new Promise((done) => setTimeout(done, 1100))
    expect(added().modules).toBe(1)
  })

  it('adds them at once when ?lang= asks for another language than the page', () => {
    root.lang = 'en'
    history.replaceState(null, '', '?lang=es')
    expect(runBootstrap()()).toEqual({ modules: 1, preloads: 1 })
  })

  it('adds them at once when ?theme= asks for another theme than the page', () => {
    root.lang = browserLang
    root.setAttribute('data-theme', 'auto')
    history.replaceState(null, '', '?theme=dark')
    expect(runBootstrap()().modules).toBe(1)
  })

  it("adds them at once when the browser's language is one of ours and not the page's", () => {
    history.replaceState(null, '', '?')
    // Headless Chromium reads English (or whatever it is set to): a page in one of our other languages.
    root.lang = browserLang === 'es' ? 'fr' : 'es'
    expect(runBootstrap()().modules).toBe(1)
  })

  it('stays on a multilingual page in the language asked for, and adds the module after the paint', async () => {
    root.lang = 'es'
    root.setAttribute('data-theme', 'auto')
    history.replaceState(null, '', '?lang=es')
    const added = runBootstrap('en=./ es=./index.es.html')
    await afterPaint()
    expect(location.search).toBe('?lang=es')
    expect(added().modules).toBe(1)
  })

  it('draws the page again, in place, when its files lack the language asked for', () => {
    root.lang = 'en'
    history.replaceState(null, '', '?lang=fr')
    expect(runBootstrap('en=./ es=./index.es.html')().modules).toBe(1)
    expect(location.search).toBe('?lang=fr')
  })
})
