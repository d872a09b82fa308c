/**
 * Packs the npm package once, before any test runs (so no test reads package/ while it is rebuilt): `npm run
 * package`, then `npm pack` into a temporary folder, which the consumer test installs from.
 */
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The packed tarball (peru-protests-graphics-<version>.tgz), alone in a temporary folder. */
    consumerTarball: string
  }
}

const root = fileURLToPath(new URL('../../', import.meta.url))

export default async function setup(project: TestProject) {
  const folder = await mkdtemp(join(tmpdir(), 'peru-protests-pack-'))
  execFileSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', folder], { cwd: root, encoding: 'utf8' }),
  ) as { filename: string }[]
  const filename = packed[0]?.filename
  if (!filename) throw new Error('npm pack made no tarball')
  project.provide('consumerTarball', join(folder, filename))
  return async () => {
    await rm(folder, { recursive: true, force: true })
  }
}
