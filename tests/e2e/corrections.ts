/**
 * Publishing a correction after the build, as the data desk would, through Chromium's request routing: the changed
 * `data/<dataset>/v1.json` and a `data/manifest.json` whose SHA-256 for it is updated. A page built before it must
 * notice from the manifest alone and draw itself again from the new file.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { inject } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'

interface PublishedManifest {
  latest: { path: string; sha256: string }[]
}

const json = (body: string) => ({
  status: 200,
  contentType: 'application/json',
  headers: { 'Access-Control-Allow-Origin': '*' },
  body,
})

/** The built site's published manifest, with the given files' bodies hashed in. */
export function manifestWith(bodies: Record<string, string>): string {
  const manifest = JSON.parse(readFileSync(`${inject('distDir')}/data/manifest.json`, 'utf8')) as PublishedManifest
  for (const entry of manifest.latest) {
    const body = bodies[entry.path]
    if (body !== undefined) entry.sha256 = createHash('sha256').update(body).digest('hex')
  }
  return JSON.stringify(manifest)
}

/** Serves `bodies` (by path under data/, e.g. protest-deaths/v1.json) and a manifest that publishes them. */
export async function publishCorrection(target: Page | BrowserContext, bodies: Record<string, string>) {
  const manifest = manifestWith(bodies)
  await target.route('**/data/manifest.json', (route) => route.fulfill(json(manifest)))
  for (const [path, body] of Object.entries(bodies))
    await target.route(`**/data/${path}`, (route) => route.fulfill(json(body)))
}
