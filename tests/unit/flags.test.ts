import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_FLAGS, flagsFromSearch, flagsToSearch, parseFlags } from '../../src/embed/flags.ts'

describe('render flags', () => {
  it('reads good values', () => {
    expect(flagsFromSearch('?lang=es&theme=dark&plain&static=true')).toEqual({
      lang: 'es',
      theme: 'dark',
      plain: true,
      static: true,
    })
    expect(flagsFromSearch('lang=FR&theme=Light&plain=0&static=no')).toEqual({
      lang: 'fr',
      theme: 'light',
      plain: false,
      static: false,
    })
  })

  it('defaults when nothing is given, using the browser language', () => {
    expect(flagsFromSearch('', { navigatorLangs: ['fr-CA', 'en'] })).toEqual({ ...DEFAULT_FLAGS, lang: 'fr' })
    expect(flagsFromSearch('')).toEqual(DEFAULT_FLAGS)
  })

  it('prefers the flag, then the host page language, then the browser', () => {
    const context = { htmlLang: 'es-PE', navigatorLangs: ['fr'] }
    expect(flagsFromSearch('lang=en', context).lang).toBe('en')
    expect(flagsFromSearch('', context).lang).toBe('es')
    expect(flagsFromSearch('', { htmlLang: 'de', navigatorLangs: ['fr'] }).lang).toBe('fr')
  })

  it('falls back with a warning on bad values, without quoting them', () => {
    const warn = vi.fn()
    const hostile = '"><script>alert(1)</script>'
    const flags = flagsFromSearch(new URLSearchParams({ lang: hostile, theme: hostile, plain: hostile }), { warn })
    expect(flags).toEqual(DEFAULT_FLAGS)
    expect(warn).toHaveBeenCalledTimes(3)
    for (const [message] of warn.mock.calls) expect(String(message)).not.toContain('<script>')
  })

  it('never throws on odd input', () => {
    const odd = ['', '%', '&&&', 'lang', 'lang=&theme=', 'theme=' + 'x'.repeat(10_000), 'lang=es&lang=fr']
    for (const search of odd) expect(() => flagsFromSearch(search, { warn: () => {} })).not.toThrow()
    expect(flagsFromSearch('lang=es&lang=fr').lang).toBe('es')
  })

  it('reads attributes the same way', () => {
    const attributes: Record<string, string> = { lang: 'fr', plain: '' }
    expect(parseFlags((name) => attributes[name] ?? null)).toEqual({ ...DEFAULT_FLAGS, lang: 'fr', plain: true })
  })

  it('writes a query string that round-trips', () => {
    const flags = { lang: 'es', theme: 'dark', plain: true, static: false } as const
    expect(flagsToSearch(flags)).toBe('lang=es&theme=dark&plain')
    expect(flagsFromSearch(flagsToSearch(flags))).toEqual(flags)
  })
})
