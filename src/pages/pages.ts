/**
 * The site's pages, one entry each. The client build takes its inputs from this list (vite.config.ts), each page's
 * index.html is made from this entry and the one shell (src/pages/shell.ts), the prerender renders and localizes
 * every prerendered page (scripts/build.ts), and the byte measurement, the bench and the end-to-end tests walk the
 * same list (scripts/lib/bytes.ts). A new page is one entry here, plus its scripts under src/pages/ (and its
 * rendering in entry-server.ts when it is prerendered).
 */

export interface SitePage {
  /** Name in the build's inputs, the byte tables and scripts/lib/budgets.json. */
  name: string
  /** Its HTML file, relative to src/pages/ and to dist/. */
  file: string
  /**
   * Drawn on the server at build time, in every language (src/pages/entry-server.ts): the pages readers see. The
   * embed-code page is a tool for newsrooms and is not.
   */
  prerendered: boolean
  /** Datasets the page's widgets download when the reader reaches for them (dist/data/<dataset>/v1.json). */
  datasets: readonly string[]
  /** Its <title> in English; the prerender writes each other language's own (scripts/build.ts). */
  title: string
  /** Its <meta name="description">, for search engines and social cards: the story alone has one. */
  description?: string
  /** Its module script, relative to its folder: the first view, which loads the rest. */
  script: string
  /** Kept out of search engines (`robots: noindex`): every page but the story. */
  noindex: boolean
  /** A page inside a newsroom's iframe: its graphic is the page's `<main>`, drawn in `#app.pp-embed`. */
  embed: boolean
  /** A classic script the build leaves as it is (vite-ignore): the embed-code page's previews size themselves. */
  asyncScript?: string
  /** What `#app` says before the page's script draws it, to a reader without JavaScript. */
  noscript?: string
}

export const SITE_PAGES = [
  {
    name: 'story',
    file: 'index.html',
    prerendered: true,
    datasets: ['protest-deaths', 'peru-departments', 'timeline', 'arms-exports'],
    title: 'Peru’s deadly crackdown, and Canada’s military sales to Peru’s government',
    description:
      "49 civilians were killed in clashes with security forces during Peru's 2022–2023 protests, according to the Defensoría del Pueblo. Canada exported CAD 81.4 million in military goods to Peru in 2014–2021, according to Amnesty International.",
    script: './story.ts',
    noindex: false,
    embed: false,
  },
  {
    name: 'embed-map',
    file: 'embed/map/index.html',
    prerendered: true,
    datasets: ['protest-deaths', 'peru-departments'],
    title: "Peru's protest crackdown — map",
    script: './main.ts',
    noindex: true,
    embed: true,
  },
  {
    name: 'embed-timeline',
    file: 'embed/timeline/index.html',
    prerendered: true,
    datasets: ['protest-deaths', 'timeline'],
    title: "Peru's protest crackdown — timeline",
    script: './main.ts',
    noindex: true,
    embed: true,
  },
  {
    name: 'embed-exports',
    file: 'embed/exports/index.html',
    prerendered: true,
    datasets: ['arms-exports'],
    title: "Peru's protest crackdown — exports",
    script: './main.ts',
    noindex: true,
    embed: true,
  },
  {
    name: 'embed-story',
    file: 'embed/story/index.html',
    prerendered: true,
    datasets: ['protest-deaths', 'peru-departments', 'arms-exports'],
    title: "Peru's protest crackdown — story, step by step",
    script: './main.ts',
    noindex: true,
    embed: true,
  },
  {
    name: 'embed-code',
    file: 'embed/index.html',
    prerendered: false,
    datasets: [],
    title: 'Embed the Peru protests graphics',
    script: './embed-code.ts',
    noindex: true,
    embed: false,
    asyncScript: './loader.js',
    noscript: 'The embed-code page needs JavaScript to build the codes.',
  },
] as const satisfies readonly SitePage[]

type Listed = (typeof SITE_PAGES)[number]

/** Every page's name. */
export type SitePageName = Listed['name']

/** The pages drawn at build time, by name. */
export type PageName = Extract<Listed, { prerendered: true }>['name']

/** The prerendered pages, in the list's order. */
export const PRERENDERED_PAGES = SITE_PAGES.filter(
  (page): page is Extract<Listed, { prerendered: true }> => page.prerendered,
)

/** A page's URL path relative to the site's root: its folder (`./` for the root's index.html). */
export const pagePath = (page: Pick<SitePage, 'file'>): string => page.file.replace(/index\.html$/, '') || './'
