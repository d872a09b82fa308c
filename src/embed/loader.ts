/**
 * dist/embed/loader.js — the host side of the embed protocol, for newsrooms' pages. No dependencies, ≤ 2 KB gz.
 *
 * <iframe data-peru-protests-embed src=".../embed/map/?lang=es" title="…" style="width:100%;border:0" height="620"
 *         loading="lazy"></iframe>
 * <script async src=".../embed/loader.js"></script>
 *
 * For each marked iframe it accepts a message only when event.source is that iframe's window, the origin is the
 * iframe's own origin (or one listed in data-peru-protests-origins), and the payload validates (a finite height,
 * clamped). It sets style.height (with priority, so host CSS such as iframe{height:100%} cannot win), sends `init`
 * so an embed that loaded first still reports its height, passes data-lang/data-theme to the embed when the host
 * sets them, and re-dispatches the reader's selections as a `peru-protests:select` DOM event on the iframe, and the
 * story embed's steps as a `peru-protests:step` event ({ id, step, count }).
 * It never navigates the page and never sends the host's URL anywhere.
 */
import { SENTINEL, cleanId, isReady, parseHeightMessage, parseStepMessage } from './protocol.ts'

interface Frame {
  iframe: HTMLIFrameElement
  id: string
  origins: string[]
}

const ATTRIBUTE = 'data-peru-protests-embed'
const frames: Frame[] = []
let count = 0

function originOf(url: string): string | null {
  try {
    return new URL(url, location.href).origin
  } catch {
    return null
  }
}

/** Sends `init` to the frame, addressed to `origin` only, so a document of another origin never receives it. */
function sendInit(frame: Frame, origin: string) {
  const target = frame.iframe.contentWindow
  if (!target) return
  const message: Record<string, string> = { sentinel: SENTINEL, type: 'init', id: frame.id }
  const lang = frame.iframe.getAttribute('data-lang')
  const theme = frame.iframe.getAttribute('data-theme')
  if (lang) message.lang = lang
  if (theme) message.theme = theme
  target.postMessage(message, origin)
}

function register(iframe: HTMLIFrameElement) {
  if (frames.some((frame) => frame.iframe === iframe)) return
  const id = cleanId(iframe.getAttribute(ATTRIBUTE)) ?? cleanId(iframe.id) ?? `peru-protests-${++count}`
  // Only absolute http(s) origins count: '' or a relative token would resolve to this page's own origin.
  const extra = (iframe.getAttribute('data-peru-protests-origins') ?? '')
    .split(/\s+/)
    .filter((token) => /^https?:\/\//i.test(token))
    .map(originOf)
  const origins = [originOf(iframe.src), ...extra].filter((o): o is string => Boolean(o) && o !== 'null')
  const frame = { iframe, id, origins }
  frames.push(frame)
  // An embed that loaded before this script (a late loader) gets `init` now. One still loading shows its own
  // about:blank, which we can read: it will say `ready` itself, and is answered then (see below).
  const origin = originOf(iframe.src)
  if (iframe.contentDocument === null && origin && origin !== 'null') sendInit(frame, origin)
}

function scan(root: ParentNode = document) {
  root.querySelectorAll<HTMLIFrameElement>(`iframe[${ATTRIBUTE}]`).forEach(register)
}

window.addEventListener('message', (event: MessageEvent) => {
  const frame = frames.find((f) => f.iframe.contentWindow === event.source)
  if (!frame || !frame.origins.includes(event.origin)) return
  const data: unknown = event.data
  if (isReady(data)) {
    sendInit(frame, event.origin)
    return
  }
  const height = parseHeightMessage(data)
  if (height) {
    frame.iframe.style.setProperty('height', `${height.height}px`, 'important')
    return
  }
  const step = parseStepMessage(data)
  if (step) {
    const detail = { id: frame.id, ...step }
    frame.iframe.dispatchEvent(new CustomEvent('peru-protests:step', { detail, bubbles: true }))
    return
  }
  if (typeof data === 'object' && data !== null && (data as { sentinel?: unknown }).sentinel === SENTINEL) {
    const message = data as { type?: unknown; department?: unknown; event?: unknown; widget?: unknown }
    if (message.type !== 'select') return
    const text = (value: unknown) => (typeof value === 'string' && value.length <= 64 ? value : null)
    const detail = {
      id: frame.id,
      widget: text(message.widget),
      department: text(message.department),
      event: text(message.event),
    }
    frame.iframe.dispatchEvent(new CustomEvent('peru-protests:select', { detail, bubbles: true }))
  }
})

scan()
// Pages that add embeds later (infinite scroll, single-page apps) are picked up too.
new MutationObserver(() => scan()).observe(document.documentElement, { childList: true, subtree: true })
