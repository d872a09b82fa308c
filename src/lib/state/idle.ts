/**
 * Runs `run` when the browser is idle (requestIdleCallback, at the latest after `timeout` ms), or after a short
 * timeout where there is no such callback. Returns the function that cancels it.
 */
export function whenIdle(run: () => void, timeout = 3000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => run(), { timeout })
    return () => cancelIdleCallback(handle)
  }
  const handle = setTimeout(run, 50)
  return () => clearTimeout(handle)
}
