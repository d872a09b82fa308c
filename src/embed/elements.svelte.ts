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
 */
import { mount, unmount } from 'svelte'
import EmbedApp from './EmbedApp.svelte'
import { flagsFromElement, type RenderFlags } from './flags.ts'
import { dataBaseUrl } from '../boot/data-base.ts'
import { widgetResource } from '../boot/resources.ts'
import { WIDGETS } from '../boot/widgets.ts'
import { Selection } from '../lib/state/selection.svelte.ts'
import { parseSelectionFlags, SELECTION_FLAGS } from '../lib/selection-flags.ts'
import type { WidgetName } from '../lib/widget.ts'

const FLAG_ATTRIBUTES = ['lang', 'theme', 'plain', 'static', ...SELECTION_FLAGS]

const HOST_CSS = ':host{display:block;contain:layout}:host([hidden]){display:none}'

function defineWidgetElement(tag: string, widget: WidgetName) {
  class WidgetElement extends HTMLElement {
    static observedAttributes = FLAG_ATTRIBUTES
    #flags: RenderFlags | null = null
    #app: ReturnType<typeof mount> | null = null
    #selection: Selection | null = null

    connectedCallback() {
      if (this.#app) return
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' })
      const style = document.createElement('style')
      style.textContent = HOST_CSS
      const target = document.createElement('div')
      root.replaceChildren(style, target)
      const flags = $state(this.#readFlags())
      this.#flags = flags
      const resource = widgetResource(WIDGETS[widget].load, dataBaseUrl())
      const selection = new Selection(this.#readSelection())
      this.#selection = selection
      selection.subscribe(({ selection: detail }) =>
        this.dispatchEvent(new CustomEvent('peru-protests:select', { detail, bubbles: true, composed: true })),
      )
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
      if (this.#flags) Object.assign(this.#flags, this.#readFlags())
      if (this.#selection && (SELECTION_FLAGS as readonly string[]).includes(name))
        this.#selection.apply(this.#readSelection())
    }

    #readSelection() {
      return parseSelectionFlags((name) => this.getAttribute(name))
    }

    #readFlags(): RenderFlags {
      return flagsFromElement(this, { htmlLang: document.documentElement.lang, navigatorLangs: navigator.languages })
    }
  }
  if (!customElements.get(tag)) customElements.define(tag, WidgetElement)
}

defineWidgetElement('peru-protests-map', 'map')
defineWidgetElement('peru-protests-timeline', 'timeline')
defineWidgetElement('peru-protests-exports', 'exports')
