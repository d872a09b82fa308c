/**
 * dist/embed/elements.js — the widgets as custom elements, for newsrooms that prefer a tag to an iframe:
 *
 * <script type="module" src=".../embed/elements.js"></script>
 * <peru-protests-map lang="es" theme="auto"></peru-protests-map>
 *
 * Attributes: lang (en|es|fr; default: the page's <html lang>, then the browser), theme (light|dark|auto), plain,
 * static — the same typed flags as the iframe pages — and a moment of the story: department, period, event (see
 * src/lib/selection-flags.ts). Each element renders into its own shadow root (styles inside,
 * no id collisions between elements), and fetches the data relative to this script's URL, so it works from a CDN
 * on another origin (the data files are served with CORS).
 *
 * <peru-protests-story lang="fr" step="3"></peru-protests-story> is the guided story, one step at a time
 * (attributes lang, theme, step); it emits `peru-protests:step` events with { step, count } as the reader moves.
 */
import { mount, unmount } from 'svelte'
import EmbedApp from './EmbedApp.svelte'
import { flagsFromElement, type RenderFlags } from './flags.ts'
import { dataBaseUrl } from '../boot/data-base.ts'
import { widgetResource } from '../boot/resources.ts'
import { WIDGETS } from '../boot/widgets.ts'
import { widgetResources } from '../boot/resources.ts'
import StoryEmbed from '../lib/story/StoryEmbed.svelte'
import { parseStepFlag } from '../lib/story/step-flag.ts'
import { loadMapData } from '../lib/map/load.ts'
import { loadExportsData } from '../lib/exports/load.ts'
import { Selection } from '../lib/state/selection.svelte.ts'
import { parseSelectionFlags, SELECTION_FLAGS } from '../lib/selection-flags.ts'
import type { WidgetName } from '../lib/widget.ts'

const FLAG_ATTRIBUTES = ['lang', 'theme', 'plain', 'static', ...SELECTION_FLAGS]

const HOST_CSS = ':host{display:block;contain:layout}:host([hidden]){display:none}'

/** The element's shadow root, emptied to its host styles and the one element a component is mounted into. */
function shadowTarget(host: HTMLElement): HTMLElement {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' })
  const style = document.createElement('style')
  style.textContent = HOST_CSS
  const target = document.createElement('div')
  root.replaceChildren(style, target)
  return target
}

/** The element's flags: its attributes, else the page's <html lang>, then the browser's languages. */
const readFlags = (host: HTMLElement): RenderFlags =>
  flagsFromElement(host, { htmlLang: document.documentElement.lang, navigatorLangs: navigator.languages })

/** An event from the element that bubbles out of its shadow root to the host page. */
const emit = (host: HTMLElement, type: string, detail: unknown) =>
  host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }))

function defineWidgetElement(tag: string, widget: WidgetName) {
  class WidgetElement extends HTMLElement {
    static observedAttributes = FLAG_ATTRIBUTES
    #flags: RenderFlags | null = null
    #app: ReturnType<typeof mount> | null = null
    #selection: Selection | null = null

    connectedCallback() {
      if (this.#app) return
      const target = shadowTarget(this)
      const flags = $state(readFlags(this))
      this.#flags = flags
      const resource = widgetResource(WIDGETS[widget].load, dataBaseUrl())
      const selection = new Selection(this.#readSelection())
      this.#selection = selection
      selection.subscribe(({ selection: detail }) => emit(this, 'peru-protests:select', detail))
      this.#app = mount(EmbedApp, {
        target,
        props: { component: WIDGETS[widget].component, flags, resource, selection },
      })
    }

    disconnectedCallback() {
      if (this.#app) void unmount(this.#app)
      this.#app = null
      this.#flags = null
      this.#selection = null
    }

    attributeChangedCallback(name: string) {
      if (this.#flags) Object.assign(this.#flags, readFlags(this))
      if (this.#selection && (SELECTION_FLAGS as readonly string[]).includes(name))
        this.#selection.apply(this.#readSelection())
    }

    #readSelection() {
      return parseSelectionFlags((name) => this.getAttribute(name))
    }
  }
  if (!customElements.get(tag)) customElements.define(tag, WidgetElement)
}

defineWidgetElement('peru-protests-map', 'map')
defineWidgetElement('peru-protests-timeline', 'timeline')
defineWidgetElement('peru-protests-exports', 'exports')

/** The guided story, one step at a time: lang, theme and step (from 1) as attributes; a step event at each change. */
class StoryElement extends HTMLElement {
  static observedAttributes = ['lang', 'theme', 'step']
  #props: { lang: RenderFlags['lang']; theme: RenderFlags['theme']; step: number } | null = null
  #app: ReturnType<typeof mount> | null = null

  connectedCallback() {
    if (this.#app) return
    const target = shadowTarget(this)
    const flags = readFlags(this)
    const props = $state({ lang: flags.lang, theme: flags.theme, step: parseStepFlag(this.getAttribute('step')) })
    this.#props = props
    const resources = widgetResources({ map: loadMapData, exports: loadExportsData }, dataBaseUrl())
    this.#app = mount(StoryEmbed, {
      target,
      props: {
        map: resources.map!,
        exports: resources.exports!,
        get lang() {
          return props.lang
        },
        get theme() {
          return props.theme
        },
        get step() {
          return props.step
        },
        onstep: (step: number, count: number) => {
          props.step = step
          emit(this, 'peru-protests:step', { step, count })
        },
      },
    })
  }

  disconnectedCallback() {
    if (this.#app) void unmount(this.#app)
    this.#app = null
    this.#props = null
  }

  attributeChangedCallback(name: string) {
    if (!this.#props) return
    if (name === 'step') this.#props.step = parseStepFlag(this.getAttribute('step'))
    else {
      const { lang, theme } = readFlags(this)
      Object.assign(this.#props, { lang, theme })
    }
  }
}
if (!customElements.get('peru-protests-story')) customElements.define('peru-protests-story', StoryElement)
