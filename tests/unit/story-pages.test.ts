/**
 * The story's and the embeds' per-language files: the links between them (src/embed/story-files.ts) and their
 * <head> (scripts/build.ts).
 */
import { describe, expect, it } from 'vitest'
import { languageFiles, localizeEmbedHead, localizeStoryHead } from '../../scripts/build.ts'
import { DEFAULT_FLAGS } from '../../src/lib/flags.ts'
import { STORY_FILES, storyHref } from '../../src/embed/story-files.ts'

const SITE = 'https://news.example/peru/'
const HEAD = [
  '<!doctype html><html lang="en"><head><title>Peru’s deadly crackdown</title>',
  '<meta\n      name="description"\n      content="English description"\n    />',
  `<link rel="canonical" href="${SITE}" />`,
  `<meta property="og:url" content="${SITE}" />`,
  '<meta property="og:title" content="Peru’s deadly crackdown" />',
  '<meta property="og:description" content="English description" />',
  `<meta property="og:image" content="${SITE}fallbacks/story-en.png" />`,
  '</head><body><div id="app"></div></body></html>',
].join('\n')

describe('story links', () => {
  it('open each language in its own prerendered file, keeping ?lang= and the theme', () => {
    expect(storyHref({ ...DEFAULT_FLAGS, lang: 'es' }, true)).toBe('./index.es.html?lang=es')
    expect(storyHref({ ...DEFAULT_FLAGS, lang: 'fr', theme: 'dark' }, true)).toBe('./index.fr.html?lang=fr&theme=dark')
    expect(storyHref({ ...DEFAULT_FLAGS, lang: 'en' }, true)).toBe('./?lang=en')
  })

  it('change the query alone where there is one file (dev server, Storybook)', () => {
    expect(storyHref({ ...DEFAULT_FLAGS, lang: 'es' }, false)).toBe('?lang=es')
  })
})

describe('localizeStoryHead', () => {
  it('gives the Spanish file its language, title, description, social tags and canonical URL', () => {
    const html = localizeStoryHead(HEAD, 'es')
    const title = 'La represión letal en el Perú y las ventas militares de Canadá al gobierno peruano'
    expect(html).toContain('<html lang="es">')
    expect(html).toContain(`<title>${title}</title>`)
    expect(html).toContain(`<meta property="og:title" content="${title}" />`)
    expect(html).toMatch(/name="description"\s+content="Durante las protestas que siguieron a la destitución/)
    expect(html).toMatch(/og:description" content="Durante las protestas que siguieron a la destitución/)
    expect(html).toContain(`<link rel="canonical" href="${SITE}${STORY_FILES.es}?lang=es" />`)
    expect(html).toContain(`<meta property="og:url" content="${SITE}index.es.html?lang=es" />`)
    expect(html).toContain(`content="${SITE}fallbacks/story-es.png"`)
    expect(html).not.toContain('English description')
  })

  it('refuses a page it cannot localize', () => {
    expect(() => localizeStoryHead(HEAD.replace(/<link rel="canonical"[^>]*>/, ''), 'fr')).toThrow(/canonical/)
    expect(() => localizeStoryHead(HEAD.replace(/<title>[^<]*<\/title>/, ''), 'fr')).toThrow(/could not be localized/)
  })
})

describe('localizeEmbedHead', () => {
  const embed = HEAD.replace('Peru’s deadly crackdown</title>', 'Map</title>').replace('story-en.png', 'map-en.png')

  it('gives an embed’s French file its language, its iframe title, its image and the French story as canonical', () => {
    const html = localizeEmbedHead(embed, 'map', 'fr')
    const title = 'Décès lors des manifestations au Pérou, par département (carte)'
    expect(html).toContain('<html lang="fr">')
    expect(html).toContain(`<title>${title}</title>`)
    expect(html).toContain(`<meta property="og:title" content="${title}" />`)
    expect(html).toContain(`<link rel="canonical" href="${SITE}index.fr.html?lang=fr" />`)
    expect(html).toContain(`<meta property="og:url" content="${SITE}index.fr.html?lang=fr" />`)
    expect(html).toContain(`content="${SITE}fallbacks/map-fr.png"`)
  })

  it('refuses a page it cannot localize', () => {
    expect(() => localizeEmbedHead(embed.replace(/<link rel="canonical"[^>]*>/, ''), 'map', 'es')).toThrow(/canonical/)
    expect(() => localizeEmbedHead(embed.replace(/<title>[^<]*<\/title>/, ''), 'map', 'es')).toThrow(
      /could not be localized/,
    )
  })
})

describe('languageFiles', () => {
  it('names each language file relative to its page, for the bootstrap to send a reader to', () => {
    const files = { en: './', es: './index.es.html', fr: './index.fr.html' }
    expect(languageFiles('story')).toEqual(files)
    // each embed's files sit in its own folder, next to its index.html
    for (const page of ['embed-map', 'embed-timeline', 'embed-exports'] as const)
      expect(languageFiles(page)).toEqual(files)
    expect(`./${STORY_FILES.es}`).toBe(files.es)
  })
})
