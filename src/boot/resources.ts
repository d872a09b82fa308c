/** One Resource per widget, loading from the published data folder; widgets on one page share their downloads. */
import { Resource } from '../lib/state/resource.svelte.ts'
import type { WidgetLoader, WidgetName } from '../lib/widget.ts'

/** The loaders a page needs, by widget: each page imports only its own widgets' code. */
export type PageLoaders = Partial<Record<WidgetName, WidgetLoader<unknown>>>

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('Aborted', 'AbortError')
}

/**
 * A fetch that downloads each URL once for all the widgets of a page (the map and the timeline both need the
 * deaths) while it is in flight; a finished one is forgotten, so a retry downloads again. Each caller keeps its own abort
 * signal: one widget giving up does not cancel the download another widget is waiting for.
 */
export function sharedFetch(base: typeof fetch = (input, init) => fetch(input, init)): typeof fetch {
  const downloads = new Map<string, Promise<Response>>()
  return (input, init) => {
    const url = input instanceof Request ? input.url : String(input)
    let download = downloads.get(url)
    if (!download) {
      download = base(url, { ...init, signal: undefined })
      downloads.set(url, download)
      // Only downloads in flight are shared: once one finishes, a retry downloads again (the file may be fixed).
      const forget = () => downloads.delete(url)
      download.then(forget, forget)
    }
    const signal = init?.signal
    const answer = download.then((response) => response.clone())
    if (!signal) return answer
    if (signal.aborted) return Promise.reject(abortError(signal))
    return new Promise<Response>((resolve, reject) => {
      const onAbort = () => reject(abortError(signal))
      signal.addEventListener('abort', onAbort, { once: true })
      answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
    })
  }
}

export function widgetResource(load: WidgetLoader<unknown>, base: URL, fetchImpl?: typeof fetch): Resource<unknown> {
  return new Resource((signal) => load({ base, signal, fetch: fetchImpl }))
}

export function widgetResources(
  loaders: PageLoaders,
  base: URL,
  fetchImpl?: typeof fetch,
): Partial<Record<WidgetName, Resource<unknown>>> {
  const fetchOnce = sharedFetch(fetchImpl)
  return Object.fromEntries(
    Object.entries(loaders).map(([name, load]) => [name, widgetResource(load, base, fetchOnce)]),
  )
}

export async function allSettled(resources: Partial<Record<WidgetName, Resource<unknown>>>): Promise<void> {
  await Promise.all(Object.values(resources).map((resource) => resource?.settled))
}
