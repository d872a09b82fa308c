import { describe, expect, it } from 'vitest'
import { elementSnippet, embedPath, iframeSnippet, storyMonths, type SnippetOptions } from '../../src/embed/snippets.ts'
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

describe('codes for a moment and for the story', () => {
  const PUNO_JANUARY = { department: 'PE-PUN', period: { start: '2023-01-01', end: '2023-01-31' }, event: null }

  it('"Puno in January" in the map’s iframe URL and in the custom element’s attributes', () => {
    expect(iframeSnippet(options('en', { selection: PUNO_JANUARY }))).toContain(
      `src="${SITE}embed/map/?lang=en&#38;department=PE-PUN&#38;period=2023-01-01/2023-01-31"`,
    )
    expect(
      elementSnippet({
        widget: 'timeline',
        flags: { ...DEFAULT_FLAGS, lang: 'es' },
        site: SITE,
        selection: PUNO_JANUARY,
      }),
    ).toContain(
      '<peru-protests-timeline lang="es" department="PE-PUN" period="2023-01-01/2023-01-31"></peru-protests-timeline>',
    )
  })

  it('the story at a step: its file in the language, ?step=k, the step’s picture, step="k"', () => {
    const code = iframeSnippet(options('fr', { widget: 'story', flags: { ...DEFAULT_FLAGS, lang: 'fr' }, step: 4 }))
    expect(code).toContain(`src="${SITE}embed/story/index.fr.html?lang=fr&#38;step=4"`)
    expect(code).toContain(`<img src="${SITE}fallbacks/step-4-fr.png"`)
    expect(iframeSnippet(options('en', { widget: 'story', step: 1 }))).toContain(`src="${SITE}embed/story/?lang=en"`)
    expect(elementSnippet({ widget: 'story', flags: { ...DEFAULT_FLAGS, lang: 'en' }, site: SITE, step: 4 })).toContain(
      '<peru-protests-story lang="en" step="4"></peru-protests-story>',
    )
  })

  it('the story’s months, from 7 December 2022 to May 2023', () => {
    const months = storyMonths()
    expect(months[0]).toEqual({ start: '2022-12-07', end: '2022-12-31' })
    expect(months[2]).toEqual({ start: '2023-02-01', end: '2023-02-28' })
    expect(months.at(-1)).toEqual({ start: '2023-05-01', end: '2023-05-31' })
    expect(months).toHaveLength(6)
  })
})
