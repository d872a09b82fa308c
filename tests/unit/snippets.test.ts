import { describe, expect, it } from 'vitest'
import { elementSnippet, embedPath, iframeSnippet, type SnippetOptions } from '../../src/embed/snippets.ts'
import { DEFAULT_FLAGS } from '../../src/lib/flags.ts'

const SITE = 'https://graphics.example.org/peru/'
const options = (lang: 'en' | 'es' | 'fr', extra: Partial<SnippetOptions> = {}): SnippetOptions => ({
  widget: 'map',
  flags: { ...DEFAULT_FLAGS, lang },
  site: SITE,
  title: 'Map',
  height: 612.4,
  fallbackText: 'See the map',
  fallbackAlt: 'A map',
  ...extra,
})

describe('embed codes', () => {
  it('each language has its own embed file; English is the folder', () => {
    expect(embedPath('map', 'en')).toBe('embed/map/')
    expect(embedPath('timeline', 'es')).toBe('embed/timeline/index.es.html')
    expect(embedPath('exports', 'fr')).toBe('embed/exports/index.fr.html')
  })

  it('the iframe code points at the language’s file, and its fallback at the story in that language', () => {
    const es = iframeSnippet(options('es', { flags: { ...DEFAULT_FLAGS, lang: 'es', theme: 'dark' } }))
    expect(es).toContain(`src="${SITE}embed/map/index.es.html?lang=es&#38;theme=dark"`)
    expect(es).toContain(`<a href="${SITE}index.es.html?lang=es"><img src="${SITE}fallbacks/map-es.png"`)
    expect(es).toContain('height="612"')
    const en = iframeSnippet(options('en'))
    expect(en).toContain(`src="${SITE}embed/map/?lang=en"`)
    expect(en).toContain(`<a href="${SITE}?lang=en">`)
  })

  it('escapes the text it is given', () => {
    const code = iframeSnippet(options('fr', { title: '"><script>alert(1)</script>', fallbackText: '<b>x</b>' }))
    expect(code).not.toContain('<script>alert')
    expect(code).not.toContain('<b>x</b>')
    expect(
      elementSnippet({ widget: 'timeline', flags: { ...DEFAULT_FLAGS, lang: 'fr', plain: true }, site: SITE }),
    ).toBe(
      `<script type="module" src="${SITE}embed/elements.js"></script>\n<peru-protests-timeline lang="fr" plain></peru-protests-timeline>`,
    )
  })
})
