/**
 * Loading state for a graphic's data: loading → ready | error, with a retry. Page shells create one per widget from
 * the loaders; widgets only read it. The value is $state.raw: records are never mutated, so no deep proxies.
 */
export type ResourceState = 'loading' | 'ready' | 'error'

export class Resource<T> {
  state = $state<ResourceState>('loading')
  value = $state.raw<T | null>(null)
  error = $state.raw<unknown>(null)

  /** Settles when the current load has finished, either way (never rejects). */
  settled: Promise<void> = Promise.resolve()

  #load: (signal: AbortSignal) => Promise<T>
  #controller: AbortController | null = null

  constructor(load: (signal: AbortSignal) => Promise<T>, options: { lazy?: boolean } = {}) {
    this.#load = load
    if (!options.lazy) this.settled = this.retry()
  }

  /** A resource that is already loaded (hydration, stories, tests); `reload` serves a later retry. */
  static ready<T>(value: T, reload: (signal: AbortSignal) => Promise<T> = () => Promise.resolve(value)): Resource<T> {
    const resource = new Resource<T>(reload, { lazy: true })
    resource.value = value
    resource.state = 'ready'
    return resource
  }

  /** A resource that failed (stories, tests). */
  static failed<T>(error: unknown): Resource<T> {
    const resource = new Resource<T>(() => Promise.reject(error), { lazy: true })
    resource.error = error
    resource.state = 'error'
    return resource
  }

  /** A resource that never resolves (the loading story). */
  static pending<T>(): Resource<T> {
    return new Resource<T>(() => new Promise<T>(() => {}))
  }

  retry = (): Promise<void> => {
    this.#controller?.abort()
    const controller = new AbortController()
    this.#controller = controller
    this.state = 'loading'
    this.error = null
    return (this.settled = this.#load(controller.signal).then(
      (value) => {
        if (controller.signal.aborted) return
        this.value = value
        this.state = 'ready'
      },
      (error: unknown) => {
        if (controller.signal.aborted) return
        this.error = error
        this.state = 'error'
      },
    ))
  }

  abort() {
    this.#controller?.abort()
  }
}
