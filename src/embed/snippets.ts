/** The embed codes newsrooms paste: an iframe with loader.js, or a custom element. Pure, so tests can check them. */
import { DEFAULT_FLAGS, flagsToSearch, type RenderFlags } from './flags.ts'
import type { Lang } from '../lib/i18n/index.ts'
import type { WidgetName } from '../lib/widget.ts'
import { storyHref } from './story-files.ts'
import { NO_SELECTION, STORY_SPAN, selectionToSearch, type SelectionFlags } from '../lib/selection-flags.ts'
import { stepPicture } from '../lib/story/steps.ts'
import type { Period } from '../lib/state/selection.svelte.ts'

/** What can be embedded: each widget, and the guided story, step by step. */
export type EmbedName = WidgetName | 'story'

/**
 * Each embed's page in each language, relative to the site's root. A contract: the build prerenders every language
 * into its own file (scripts/build.ts), so an embed in Spanish is drawn in Spanish before any script runs.
 * `embed/<widget>/?lang=es` keeps working too: the page sends the frame to its Spanish file (scripts/build.ts).
 */
export function embedPath(widget: EmbedName, lang: Lang): string {
  return lang === 'en' ? `embed/${widget}/` : `embed/${widget}/index.${lang}.html`
}

export interface SnippetOptions {
  widget: EmbedName
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
  /** A moment of the story for the map or the timeline: "Puno in January" (src/lib/selection-flags.ts). */
  selection?: SelectionFlags
  /** The story embed's step, from 1 (left out at 1). */
  step?: number
}

/** The query string of an embed: its flags, then the moment (a widget) or the step (the story). */
function embedSearch(o: Pick<SnippetOptions, 'widget' | 'flags' | 'selection' | 'step'>): string {
  const extra =
    o.widget === 'story'
      ? o.step && o.step > 1
        ? `step=${o.step}`
        : ''
      : selectionToSearch(o.selection ?? NO_SELECTION)
  return [flagsToSearch(o.flags), extra].filter(Boolean).join('&')
}

/** Each month of the story as a period within its span, for "Puno in January": December 2022 starts on the 7th. */
export function storyMonths(span: Period = STORY_SPAN): Period[] {
  const months: Period[] = []
  let [year, month] = span.start.split('-').map(Number) as [number, number]
  for (;;) {
    const first = `${year}-${String(month).padStart(2, '0')}-01`
    if (first > span.end) return months
    const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10)
    months.push({ start: first < span.start ? span.start : first, end: last > span.end ? span.end : last })
    ;[year, month] = month === 12 ? [year + 1, 1] : [year, month + 1]
  }
}

/** Escapes text for an HTML attribute or text node. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

export function iframeSnippet(o: SnippetOptions): string {
  const src = new URL(`${embedPath(o.widget, o.flags.lang)}?${embedSearch(o)}`, o.site).href
  const story = new URL(storyHref({ ...DEFAULT_FLAGS, lang: o.flags.lang }, true), o.site).href
  const picture =
    o.widget === 'story' ? stepPicture(o.step ?? 1, o.flags.lang) : `fallbacks/${o.widget}-${o.flags.lang}.png`
  const image = new URL(picture, o.site).href
  return [
    `<iframe data-peru-protests-embed src="${escapeHtml(src)}" title="${escapeHtml(o.title)}" loading="lazy" height="${Math.round(o.height)}" style="width:100%;border:0;display:block"></iframe>`,
    `<script async src="${escapeHtml(new URL('embed/loader.js', o.site).href)}"></script>`,
    `<noscript><a href="${escapeHtml(story)}"><img src="${escapeHtml(image)}" alt="${escapeHtml(o.fallbackAlt)}" style="width:100%;height:auto"><br>${escapeHtml(o.fallbackText)}</a></noscript>`,
  ].join('\n')
}

export function elementSnippet(o: Pick<SnippetOptions, 'widget' | 'flags' | 'site' | 'selection' | 'step'>): string {
  const attributes = [`lang="${o.flags.lang}"`]
  if (o.flags.theme !== 'auto') attributes.push(`theme="${o.flags.theme}"`)
  if (o.widget === 'story') {
    if (o.step && o.step > 1) attributes.push(`step="${o.step}"`)
  } else {
    if (o.flags.plain) attributes.push('plain')
    if (o.flags.static) attributes.push('static')
    for (const [name, value] of new URLSearchParams(selectionToSearch(o.selection ?? NO_SELECTION)))
      attributes.push(`${name}="${escapeHtml(value)}"`)
  }
  return [
    `<script type="module" src="${escapeHtml(new URL('embed/elements.js', o.site).href)}"></script>`,
    `<peru-protests-${o.widget} ${attributes.join(' ')}></peru-protests-${o.widget}>`,
  ].join('\n')
}
