/**
 * Builds the product once and serves dist/ on a free loopback port for every end-to-end test file.
 * Fails at once, with one line saying how to install it, when there is no Chromium.
 */
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import { buildSite } from '../../scripts/build.ts'
import { findChrome } from './chrome.ts'
import { serve, type RunningServer } from '../../scripts/serve.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    chromePath: string
  }
}

let server: RunningServer | undefined

export default async function setup(project: TestProject) {
  const chromePath = findChrome()
  const root = fileURLToPath(new URL('../../', import.meta.url))
  if (!process.env.E2E_SKIP_BUILD) {
    await buildSite({ quiet: true })
  }
  server = await serve({ root: root + 'dist' })
  project.provide('baseUrl', server.url)
  project.provide('chromePath', chromePath)
  return async () => {
    await server?.close()
  }
}
