/**
 * Server rendering of every page, run at build time by scripts/build.ts: readers without JavaScript see the
 * graphics, and readers with it see them before any script runs (the client hydrates this markup).
 */
import { render } from 'svelte/server'
import EmbedApp from '../embed/EmbedApp.svelte'
import Story from './story/Story.svelte'
import StoryEmbed from '../lib/story/StoryEmbed.svelte'
import { storyHref } from '../embed/story-files.ts'
import Corrections from './story/Corrections.svelte'
import { DEFAULT_FLAGS, flagsToSearch, type RenderFlags } from '../embed/flags.ts'
import { allSettled, widgetResources } from '../boot/resources.ts'
import { WIDGETS } from '../boot/widgets.ts'
import { WIDGET_NAMES, type WidgetName } from '../lib/widget.ts'
import { translate, type Lang } from '../lib/i18n/index.ts'
import { story } from './story/messages.ts'
// Exports charts: Plot draws their SVG here, on the server only, so the browser's first view needs no Plot.
// The widget asks for it synchronously while rendering; see src/lib/exports/prerender.ts.
import { installServerChartRenderer } from './server-charts.ts'
import type { PageName } from './pages.ts'
import { EXPORTS_FOCUSES } from '../lib/story/steps.ts'
import { stepChartsHtml } from '../lib/exports/step-charts.ts'
import type { ExportsData } from '../lib/exports/load.ts'

installServerChartRenderer()

export interface RenderedPage {
  head: string
  body: string
  /** The flags the markup was rendered with, as a query string; the client hydrates only when its flags match. */
  flags: string
  /** Inert markup after the app's: the guided story's exports charts, drawn ahead (lib/exports/step-charts.ts). */
  after?: string
}

export async function renderPage(
  page: PageName,
  dataBase: URL,
  fetchImpl: typeof fetch,
  flags: RenderFlags = DEFAULT_FLAGS,
): Promise<RenderedPage> {
  const widgets: readonly WidgetName[] =
    page === 'story'
      ? WIDGET_NAMES
      : page === 'embed-story'
        ? ['map', 'exports']
        : [page.slice('embed-'.length) as WidgetName]
  const loaders = Object.fromEntries(widgets.map((name) => [name, WIDGETS[name].load]))
  const resources = widgetResources(loaders, dataBase, fetchImpl)
  await allSettled(resources)
  for (const [name, resource] of Object.entries(resources)) {
    if (resource?.state !== 'ready')
      throw new Error(`Prerendering ${page}: the ${name} data did not load`, { cause: resource?.error })
  }
  const widget = widgets[0] as WidgetName
  const rendered =
    page === 'story'
      ? render(Story, { props: { flags, resources, languageFiles: true } })
      : page === 'embed-story'
        ? // At its first step: a link to another (?step=k) is drawn anew by the client (src/boot/start.ts).
          render(StoryEmbed, {
            props: {
              map: resources.map!,
              exports: resources.exports!,
              lang: flags.lang,
              theme: flags.theme,
              root: '../../',
              storyHref: storyHref(flags, true),
            },
          })
        : render(EmbedApp, {
            props: {
              component: WIDGETS[widget].component,
              flags,
              resource: resources[widget]!,
              storyFolder: '../../',
              titleLevel: 1,
            },
          })
  // The story's chapter draws its first exports step itself; the embed opens on the map and draws none.
  const stepFocuses =
    page === 'story' ? EXPORTS_FOCUSES.slice(1) : page === 'embed-story' ? EXPORTS_FOCUSES : ([] as const)
  const exports = resources.exports?.value as ExportsData | undefined
  const after = exports && stepFocuses.length ? stepChartsHtml(exports, flags.lang, stepFocuses) : ''
  return { head: rendered.head, body: rendered.body, flags: flagsToSearch(flags), after }
}

/** The corrections page in a language (src/pages/story/Corrections.svelte): a whole document, with no script. */
export function renderCorrectionsPage(lang: Lang): string {
  const { head, body } = render(Corrections, { props: { lang } })
  const title = `${translate(story, lang, 'corrections')} · ${translate(story, lang, 'headline')}`
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <link rel="icon" href="data:," />
    <title>${escape(title)}</title>
    <style>html,body{margin:0;background:light-dark(#fff,#121417);color:light-dark(#1a1a1a,#ececec);font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif}</style>
    ${head}
  </head>
  <body>${body}</body>
</html>
`
}
