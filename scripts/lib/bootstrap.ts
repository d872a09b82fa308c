/**
 * How every built page loads its one script: after its first frame. A page is drawn by its HTML and inline CSS
 * alone (the graphics are prerendered), and its script, src/boot/start.ts, only keeps an iframe sized, checks the
 * data and waits for the reader. A `<script type="module" src>` in the HTML would be fetched while the HTML is
 * still arriving, competing with it on a slow connection; this small inline script instead adds the module and its
 * preloads once the page has painted and that frame is drawn (the second animation frame, then 50 ms), or after 1 s,
 * where a hidden frame gets no animation frames (in the first frame's wake, the module's first request would share
 * the CPU with the drawing of that frame). When the
 * page will be drawn again anyway (a `?lang=` or `?theme=` other than the prerendered one, or a browser in another
 * of our languages than the page's), it adds them at once: waiting would only delay the reader's language. The test is
 * a cheap guess; src/boot/start.ts decides, so a wrong guess costs time, never correctness. On a page prerendered in
 * every language (`data-lang-files`: the story and every embed), it sends such a reader to the file in their
 * language instead.
 *
 * It is the pages' only inline script and never changes from build to build (the URLs are in its attributes), so
 * the Content-Security-Policy allows it by one fixed hash, CSP_SCRIPT_HASH (docs/embedding.md).
 */
import { createHash } from 'node:crypto'
import { BOOTSTRAP, LANG_FILES_ATTRIBUTE, MODULE_ATTRIBUTE, PRELOAD_ATTRIBUTE } from './bootstrap-script.ts'
import { escapeAttribute } from './html.ts'

export { BOOTSTRAP }

/** The CSP source that allows BOOTSTRAP: `script-src 'self' '<this>'`. */
export const CSP_SCRIPT_HASH = `sha256-${createHash('sha256').update(BOOTSTRAP).digest('base64')}`

const MODULE = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/g
const PRELOAD = /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g

/**
 * Replaces the module script and modulepreloads Vite wrote into a page with the bootstrap, at the end of <body>.
 * A page with no module script is returned as it is; one with two is an error (a page has one entry).
 *
 * `langFiles`, for a page prerendered in each language (every page the build writes): where each language's file
 * is, relative to the page. A reader whose `?lang=` or browser asks for another language than the page's is then
 * sent to that file (location.replace, keeping the other flags) instead of having the page drawn again by the client.
 */
export function deferPageScript(html: string, langFiles?: Record<string, string>): string {
  const modules = [...html.matchAll(MODULE)].map((m) => m[1]!)
  if (modules.length === 0) return html
  if (modules.length > 1) throw new Error(`a page has ${modules.length} module scripts; expected one`)
  const preloads = [...html.matchAll(PRELOAD)].map((m) => m[1]!)
  if (!html.includes('</body>')) throw new Error('a page has no </body>')
  const files = langFiles
    ? ` ${LANG_FILES_ATTRIBUTE}="${escapeAttribute(
        Object.entries(langFiles)
          .map(([lang, file]) => {
            if (!/^[a-z]{2}$/.test(lang) || /\s/.test(file))
              throw new Error(`a language file cannot be ${lang}=${file}`)
            return `${lang}=${file}`
          })
          .join(' '),
      )}"`
    : ''
  const tag =
    `<script ${MODULE_ATTRIBUTE}="${escapeAttribute(modules[0]!)}" ${PRELOAD_ATTRIBUTE}="${escapeAttribute(preloads.join(' '))}"${files}>` +
    `${BOOTSTRAP}</script>`
  return html.replace(MODULE, '').replace(PRELOAD, '').replace('</body>', `${tag}</body>`)
}
