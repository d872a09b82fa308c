/**
 * The site's pages, one entry each. The client build takes its inputs from this list (vite.config.ts), the
 * prerender renders and localizes every prerendered page (scripts/build.ts), and the byte measurement, the bench
 * and the end-to-end tests walk the same list (scripts/lib/bytes.ts). A new page is one entry here, plus its
 * index.html and scripts under src/pages/ (and its rendering in entry-server.ts when it is prerendered).
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
}

export const SITE_PAGES = [
  {
    name: 'story',
    file: 'index.html',
    prerendered: true,
    datasets: ['protest-deaths', 'peru-departments', 'timeline', 'arms-exports'],
  },
  {
    name: 'embed-map',
    file: 'embed/map/index.html',
    prerendered: true,
    datasets: ['protest-deaths', 'peru-departments'],
  },
  {
    name: 'embed-timeline',
    file: 'embed/timeline/index.html',
    prerendered: true,
    datasets: ['protest-deaths', 'timeline'],
  },
  { name: 'embed-exports', file: 'embed/exports/index.html', prerendered: true, datasets: ['arms-exports'] },
  {
    name: 'embed-story',
    file: 'embed/story/index.html',
    prerendered: true,
    datasets: ['protest-deaths', 'peru-departments', 'arms-exports'],
  },
  { name: 'embed-code', file: 'embed/index.html', prerendered: false, datasets: [] },
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
