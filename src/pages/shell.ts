/**
 * Every page's index.html, made from its entry in the page list (src/pages/pages.ts): the build takes these as its
 * inputs and the dev server serves them (vite.config.ts). The prerender then draws into the empty
 * `<div id="app"></div>` and writes each language's <head> (scripts/build.ts).
 */
import type { SitePage } from './pages.ts'

/** Text made safe for an element or a double-quoted attribute. */
const escape = (text: string): string => text.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)

/** The page's HTML, before the build: its stylesheet and module script still relative to its own folder. */
export function pageShell(page: SitePage): string {
  const up = '../'.repeat(page.file.split('/').length - 1) || './'
  const app = page.noscript
    ? `<div id="app">\n      <noscript><p style="padding: 1rem">${escape(page.noscript)}</p></noscript>\n    </div>`
    : page.embed
      ? '<main><div id="app" class="pp-embed"></div></main>'
      : '<div id="app"></div>'
  const head = [
    '<meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    '<link rel="icon" href="data:," />',
    page.noindex && '<meta name="robots" content="noindex" />',
    `<title>${escape(page.title)}</title>`,
    page.description && `<meta\n      name="description"\n      content="${escape(page.description)}"\n    />`,
    `<link rel="stylesheet" href="${up}page.css" />`,
    `<script type="module" src="${escape(page.script)}"></script>`,
    page.asyncScript && `<script async src="${escape(page.asyncScript)}" vite-ignore></script>`,
  ].filter(Boolean)
  return `<!doctype html>
<html lang="en">
  <head>
    ${head.join('\n    ')}
  </head>
  <body>
    ${app}
  </body>
</html>
`
}
