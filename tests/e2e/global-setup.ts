/**
 * Builds the product once and serves dist/ on a free loopback port for every end-to-end test file.
 * Fails at once, with one line saying how to install it, when there is no Chromium.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { buildSite } from '../../scripts/build.ts'
import { findChrome } from '../../scripts/lib/chrome.ts'
import { serve, type RunningServer } from '../../scripts/serve.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    chromePath: string
    /** The built site these tests run against. */
    distDir: string
  }
}

let server: RunningServer | undefined

export default async function setup(project: TestProject) {
  const chromePath = findChrome()
  // Each run builds into its own folder, so two test runs (or a run and `npm start`) never share a dist/.
  const outDir = process.env.E2E_DIST ?? (await mkdtemp(join(tmpdir(), 'peru-protests-e2e-')))
  if (!process.env.E2E_DIST) await buildSite({ quiet: true, outDir })
  server = await serve({ root: outDir })
  project.provide('distDir', outDir)
  project.provide('baseUrl', server.url)
  project.provide('chromePath', chromePath)
  return async () => {
    await server?.close()
    if (!process.env.E2E_DIST) await rm(outDir, { recursive: true, force: true })
  }
}
