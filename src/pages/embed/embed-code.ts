import { mount } from 'svelte'
import EmbedCode from '../embed-code/EmbedCode.svelte'
import { flagsFromSearch } from '../../embed/flags.ts'

const flags = flagsFromSearch(location.search, { navigatorLangs: navigator.languages })
document.documentElement.lang = flags.lang
const target = document.getElementById('app') as HTMLElement
target.replaceChildren()
// This page lives at <site>/embed/: the site root is one level up.
mount(EmbedCode, { target, props: { lang: flags.lang, site: new URL('../', location.href).href } })
