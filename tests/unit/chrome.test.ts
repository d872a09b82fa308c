import { describe, expect, it } from 'vitest'
import { findChrome } from '../../scripts/lib/chrome.ts'

describe('findChrome', () => {
  it('prefers CHROME_PATH, then the Debian paths', () => {
    const present = new Set(['/opt/chrome', '/usr/bin/chromium'])
    expect(findChrome({ CHROME_PATH: '/opt/chrome' }, (p) => present.has(p))).toBe('/opt/chrome')
    expect(findChrome({}, (p) => present.has(p))).toBe('/usr/bin/chromium')
    expect(findChrome({ CHROME_PATH: '/missing' }, (p) => present.has(p))).toBe('/usr/bin/chromium')
  })

  it('fails with one clear line saying how to install Chromium', () => {
    expect(() => findChrome({}, () => false)).toThrow(/apt-get install -y chromium/)
  })
})
