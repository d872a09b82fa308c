import { mount } from 'svelte'
import Story from './story/Story.svelte'
import { flagsFromSearch } from '../embed/flags.ts'
import { dataBaseUrl } from '../embed/data-base.ts'

const flags = flagsFromSearch(location.search, { navigatorLangs: navigator.languages })
document.documentElement.lang = flags.lang
document.documentElement.dataset.theme = flags.theme
const target = document.getElementById('app') as HTMLElement
target.replaceChildren()
mount(Story, { target, props: { flags, dataBase: dataBaseUrl() } })
