import { render } from 'svelte/server'
import Page from './routes/+page.svelte'
import type { load } from './routes/+page'

export { load } from './routes/+page'

// What SvelteKit's server does: render the page with the data its load function returned.
export function renderPage(data: Awaited<ReturnType<typeof load>>) {
  return render(Page, { props: { data } })
}
