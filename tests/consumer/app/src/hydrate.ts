import { hydrate } from 'svelte'
import Page from './routes/+page.svelte'
import type { load } from './routes/+page'

// What SvelteKit's client does on the first view: hydrate the server's markup with the data it was drawn from.
const target = document.getElementById('app')
const json = document.getElementById('page-data')?.textContent
if (!target || !json) throw new Error('page.html has no #app or no #page-data')
const data = JSON.parse(json) as Awaited<ReturnType<typeof load>>
hydrate(Page, { target, props: { data } })
