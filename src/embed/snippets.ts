/** The embed codes newsrooms paste: an iframe with loader.js, or a custom element. Pure, so tests can check them. */
import { DEFAULT_FLAGS, flagsToSearch, type RenderFlags } from './flags.ts'
import type { Lang } from '../lib/i18n/index.ts'
import type { WidgetName } from '../lib/widget.ts'
import { storyHref } from './story-files.ts'

/**
 * Each embed's page in each language, relative to the site's root. A contract: the build prerenders every language
 * into its own file (scripts/build.ts), so an embed in Spanish is drawn in Spanish before any script runs.
 * `embed/<widget>/?lang=es` keeps working too: the page sends the frame to its Spanish file (scripts/build.ts).
 */
export function embedPath(widget: WidgetName, lang: Lang): string {
  return lang === 'en' ? `embed/${widget}/` : `embed/${widget}/index.${lang}.html`
}

export interface SnippetOptions {
  widget: WidgetName
  flags: RenderFlags
  /** The deployed site's root URL (ending in /): the story lives there, embeds under embed/. */
  site: string
  /** Accessible name of the iframe. */
  title: string
  /** Initial height in px, measured at build time (src/embed/heights.json), until loader.js takes over. */
  height: number
  /** Text and alt of the no-JavaScript fallback. */
  fallbackText: string
  fallbackAlt: string
}

/** Escapes text for an HTML attribute or text node. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

export function iframeSnippet(o: SnippetOptions): string {
  const src = new URL(`${embedPath(o.widget, o.flags.lang)}?${flagsToSearch(o.flags)}`, o.site).href
  const story = new URL(storyHref({ ...DEFAULT_FLAGS, lang: o.flags.lang }, true), o.site).href
  const image = new URL(`fallbacks/${o.widget}-${o.flags.lang}.png`, o.site).href
  return [
    `<iframe data-peru-protests-embed src="${escapeHtml(src)}" title="${escapeHtml(o.title)}" loading="lazy" height="${Math.round(o.height)}" style="width:100%;border:0;display:block"></iframe>`,
    `<script async src="${escapeHtml(new URL('embed/loader.js', o.site).href)}"></script>`,
    `<noscript><a href="${escapeHtml(story)}"><img src="${escapeHtml(image)}" alt="${escapeHtml(o.fallbackAlt)}" style="width:100%;height:auto"><br>${escapeHtml(o.fallbackText)}</a></noscript>`,
  ].join('\n')
}

export function elementSnippet(o: Pick<SnippetOptions, 'widget' | 'flags' | 'site'>): string {
  const attributes = [`lang="${o.flags.lang}"`]
  if (o.flags.theme !== 'auto') attributes.push(`theme="${o.flags.theme}"`)
  if (o.flags.plain) attributes.push('plain')
  if (o.flags.static) attributes.push('static')
  return [
    `<script type="module" src="${escapeHtml(new URL('embed/elements.js', o.site).href)}"></script>`,
    `<peru-protests-${o.widget} ${attributes.join(' ')}></peru-protests-${o.widget}>`,
  ].join('\n')
}
