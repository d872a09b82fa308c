/** Where headless Chromium is found, and how the build, the bench and the tests launch it (no browser is downloaded). */
import { existsSync } from 'node:fs'

export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

/** CHROME_PATH first, then the usual Debian/Ubuntu paths. Throws one clear line when there is none. */
export function findChrome(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync) {
  const candidates = env.CHROME_PATH ? [env.CHROME_PATH, ...CANDIDATES] : CANDIDATES
  const found = candidates.find((path) => exists(path))
  if (!found) {
    throw new Error(
      'Chromium not found (looked at CHROME_PATH, ' +
        CANDIDATES.join(', ') +
        '). Install it with `apt-get update && apt-get install -y chromium` on Debian, or set CHROME_PATH.',
    )
  }
  return found
}
