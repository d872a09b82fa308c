/**
 * Where the published data lives. Built pages and custom elements resolve it from the script's own URL
 * (dist/assets/*.js → dist/data/), so the product works from any sub-path of any CDN.
 */
export function dataBaseUrl(): URL {
  if (import.meta.env.DEV) return new URL('/data/', location.origin)
  return new URL(/* @vite-ignore */ '../data/', import.meta.url)
}
