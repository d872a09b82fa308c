import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Connect, Plugin } from 'vite'
import { defineConfig } from 'vitest/config'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { svelteTesting } from '@testing-library/svelte/vite'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { playwright } from '@vitest/browser-playwright'
import { findChrome, CHROME_ARGS } from './scripts/lib/chrome.ts'
import { publishedDataFiles } from './scripts/publish-data.ts'
import { escapeAttribute } from './scripts/lib/html.ts'
import { storyHref } from './src/embed/story-files.ts'
import { DEFAULT_FLAGS } from './src/lib/flags.ts'
import { SITE_PAGES } from './src/pages/pages.ts'
import { pageShell } from './src/pages/shell.ts'

const projectRoot = fileURLToPath(new URL('.', import.meta.url))
const pages = fileURLToPath(new URL('./src/pages/', import.meta.url))

/** Where the story is published; embeds point their canonical link here. Set PP_SITE_URL when deploying. */
export const SITE_URL = new URL(process.env.PP_SITE_URL ?? 'https://graphics.example.org/peru-protests/').href.replace(
  /\/?$/,
  '/',
)

/**
 * Every page's index.html, made from its entry in SITE_PAGES (src/pages/shell.ts): no page has one on disk. The
 * build takes them as its inputs, and the dev server answers each page's folder (`/embed/map/`, or its
 * `index.html`) with its page, transformed as Vite transforms any index.html.
 */
function pageShells(): Plugin {
  const byFile = new Map(SITE_PAGES.map((page) => [pages + page.file, page]))
  // Each page at its folder and at its index.html (`/`, `/index.html`, `/embed/map/`, `/embed/map/index.html`).
  const byUrl = new Map(
    SITE_PAGES.flatMap((page) =>
      ['/' + page.file, '/' + page.file.replace(/index\.html$/, '')].map((url) => [url, page] as const),
    ),
  )
  return {
    name: 'peru-protests:page-shells',
    enforce: 'pre',
    // Vite's dependency scan reads the index.html files it finds on disk: it is given each page's script instead.
    config: (config) =>
      config.root === pages
        ? {
            optimizeDeps: {
              entries: SITE_PAGES.map((page) => join(dirname(pages + page.file), page.script)),
            },
          }
        : undefined,
    resolveId: (id) => (byFile.has(id) ? id : undefined),
    load(id) {
      const page = byFile.get(id)
      return page && pageShell(page)
    },
    configureServer(server) {
      // Storybook serves its own pages from the project's root: the site's pages are served from src/pages/ alone.
      if (server.config.root !== pages.replace(/\/$/, '')) return
      const serve: Connect.NextHandleFunction = (req, res, next) => {
        const page = byUrl.get((req.url ?? '').split('?')[0] ?? '')
        if (!page || (req.method !== 'GET' && req.method !== 'HEAD')) return next()
        server.transformIndexHtml('/' + page.file, pageShell(page), req.originalUrl).then((html) => {
          res.setHeader('Content-Type', 'text/html')
          res.end(html)
        }, next)
      }
      server.middlewares.use(serve)
      // Again after Vite's fallback, which sends any other page asked for to /index.html: the story.
      return () => server.middlewares.use(serve)
    },
  }
}

/**
 * Canonical, social and language metadata for every page. Embed pages are noindex (in their HTML) and point to the
 * story; og:image is absolute, as social networks require, and is the widget's fallback PNG (npm run fallbacks).
 */
function siteMeta(): Plugin {
  return {
    name: 'peru-protests:site-meta',
    transformIndexHtml(html, context) {
      const page = context.path.replace(/^\//, '')
      const widget = /^embed\/(map|timeline|exports|story)\//.exec(page)?.[1]
      if (page.startsWith('embed/') && !widget) return html
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''
      const description = /<meta\s+name="description"\s+content="([^"]*)"/.exec(html)?.[1] ?? ''
      const image = `${SITE_URL}fallbacks/${widget ?? 'story'}-en.png`
      const tags = [
        `<link rel="canonical" href="${SITE_URL}" />`,
        `<meta property="og:type" content="article" />`,
        `<meta property="og:url" content="${SITE_URL}" />`,
        `<meta property="og:title" content="${title}" />`,
        description && `<meta property="og:description" content="${description}" />`,
        `<meta property="og:image" content="${escapeAttribute(image)}" />`,
        `<meta name="twitter:card" content="summary_large_image" />`,
        ...(widget
          ? []
          : [
              ...(['es', 'fr'] as const).map(
                (l) =>
                  `<link rel="alternate" hreflang="${l}" href="${new URL(storyHref({ ...DEFAULT_FLAGS, lang: l }, true), SITE_URL).href}" />`,
              ),
              `<link rel="alternate" hreflang="en" href="${SITE_URL}" />`,
              `<link rel="alternate" hreflang="x-default" href="${SITE_URL}" />`,
            ]),
      ].filter(Boolean)
      return html.replace('</head>', `    ${tags.join('\n    ')}\n  </head>`)
    },
  }
}

/**
 * Publishes data/ under dist/data/ (versioned JSON and the CSV downloads) and serves the same files in dev.
 * scripts/publish-data.ts decides what is published; this plugin only moves the bytes.
 */
function publishData(): Plugin {
  // Read on every request and build, so an edit to data/ shows up in dev without a restart.
  const load = async () => publishedDataFiles(projectRoot)
  return {
    name: 'peru-protests:publish-data',
    async generateBundle() {
      for (const file of await load()) {
        this.emitFile({ type: 'asset', fileName: `data/${file.fileName}`, source: file.source })
      }
    },
    configureServer(server) {
      server.middlewares.use('/data/', (req, res, next) => {
        // Module requests (`import x from '../data/….json'` in stories and tests) are Vite's to answer.
        if ((req.url ?? '').includes('?') || req.headers['sec-fetch-dest'] === 'script') return next()
        const name = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '')
        load().then((files) => {
          const file = files.find((f) => f.fileName === name)
          if (!file) return next()
          res.setHeader('Content-Type', name.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json')
          res.end(file.source)
        }, next)
      })
    },
  }
}

/** Vitest browser projects each need their own provider object: this makes a new one per project. */
const chromium = () => ({
  enabled: true,
  headless: true,
  // Only resolved under Vitest, so `vite build` works on a machine without Chromium.
  provider: playwright({
    launchOptions: { executablePath: process.env.VITEST ? findChrome() : undefined, args: CHROME_ARGS },
  }),
  instances: [{ browser: 'chromium' as const }],
})

export default defineConfig(({ isSsrBuild }) => ({
  root: pages,
  base: './',
  // Static files copied as they are: the fallback images (npm run fallbacks) under fallbacks/.
  publicDir: fileURLToPath(new URL('./src/pages/public/', import.meta.url)),
  // Pre-bundled up front: a dependency discovered mid-run makes Vite reload the page under the browser tests.
  optimizeDeps: {
    include: ['d3-array', 'd3-geo', 'd3-time', 'topojson-client', '@observablehq/plot'],
  },
  plugins: [
    svelte({ configFile: fileURLToPath(new URL('./svelte.config.js', import.meta.url)) }),
    pageShells(),
    publishData(),
    siteMeta(),
  ],
  build: {
    outDir: fileURLToPath(new URL('./dist/', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    rollupOptions: {
      // The server build (scripts/build.ts) renders every page from one entry; the client build has one per page.
      input: isSsrBuild
        ? { 'entry-server': pages + 'entry-server.ts' }
        : Object.fromEntries(SITE_PAGES.map((page) => [page.name, pages + page.file])),
    },
  },
  test: {
    root: projectRoot,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          root: projectRoot,
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'component',
          root: projectRoot,
          environment: 'jsdom',
          include: ['tests/component/**/*.test.ts'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          root: projectRoot,
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        // The npm package packed, installed in a Svelte app outside this repository, checked, built and drawn.
        extends: true,
        test: {
          name: 'consumer',
          root: projectRoot,
          environment: 'node',
          include: ['tests/consumer/**/*.test.ts'],
          globalSetup: ['tests/consumer/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
        test: { name: 'storybook', root: projectRoot, browser: chromium() },
      },
    ],
  },
}))
