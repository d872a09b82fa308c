/**
 * Hostile input to the embed's own parsers, property-based: render flags from any query string or attribute, and
 * protocol messages of any shape. Nothing throws, every result is one of the allowed values, and no input is
 * echoed into a warning, an id or an error message.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { DEFAULT_FLAGS, THEMES, flagsFromSearch, flagsToSearch, parseFlags } from '../../../src/embed/flags.ts'
import {
  MAX_HEIGHT,
  MIN_HEIGHT,
  SENTINEL,
  cleanHeight,
  cleanId,
  parseHeightMessage,
  parseInitMessage,
} from '../../../src/embed/protocol.ts'
import { LANGS } from '../../../src/lib/i18n/index.ts'
import { errorMessage } from '../../../src/lib/ui/errors.ts'

const RUNS = 3000

/** Strings a hostile host or reader might send: markup, URLs, unicode, control characters, near-misses. */
const hostileString = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    '',
    ' ',
    'EN',
    ' es ',
    'fr-CA',
    'en\u0000',
    'dark ',
    'DARK',
    'auto\n',
    'true',
    'TRUE',
    'no',
    '"><img src=x onerror=window.__xss=1>',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    '__proto__',
    'constructor',
    'x'.repeat(10_000),
  ),
)

const isFlags = (flags: unknown) => {
  const f = flags as typeof DEFAULT_FLAGS
  return (
    (LANGS as readonly string[]).includes(f.lang) &&
    (THEMES as readonly string[]).includes(f.theme) &&
    typeof f.plain === 'boolean' &&
    typeof f.static === 'boolean' &&
    Object.keys(f).sort().join() === 'lang,plain,static,theme'
  )
}

describe('render flags', () => {
  it('any attribute values give valid flags, and warnings never quote the input', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('lang', 'theme', 'plain', 'static', 'id', '__proto__'), hostileString),
        fc.option(hostileString, { nil: null }),
        fc.array(hostileString, { maxLength: 3 }),
        (attributes, htmlLang, navigatorLangs) => {
          const warnings: string[] = []
          const flags = parseFlags((name) => (Object.hasOwn(attributes, name) ? attributes[name]! : null), {
            htmlLang,
            navigatorLangs,
            warn: (message) => warnings.push(message),
          })
          expect(isFlags(flags)).toBe(true)
          // Each warning is one of the fixed sentences: nothing from the input is quoted.
          for (const warning of warnings)
            expect(warning).toMatch(/^Ignoring the "(lang|theme|plain|static)" flag: expected [a-z, ]+\.$/)
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('any query string gives valid flags, and flagsToSearch round-trips them', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 120 }),
          fc
            .array(fc.tuple(fc.constantFrom('lang', 'theme', 'plain', 'static', 'x'), hostileString), { maxLength: 6 })
            .map((pairs) => '?' + pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')),
        ),
        (search) => {
          const context = { navigatorLangs: ['fr-CA'], warn: () => {} }
          const flags = flagsFromSearch(search, context)
          expect(isFlags(flags)).toBe(true)
          expect(flagsFromSearch(flagsToSearch(flags), context)).toEqual(flags)
          // The query string made from flags holds only known names and values.
          expect(flagsToSearch(flags)).toMatch(/^lang=(en|es|fr)(&theme=(light|dark))?(&plain)?(&static)?$/)
        },
      ),
      { numRuns: RUNS },
    )
  })
})

/** Any value postMessage could carry (structured clone: no functions), including protocol look-alikes. */
const messageData = fc.oneof(
  fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }),
  fc.record(
    {
      sentinel: fc.oneof(fc.constant(SENTINEL), fc.constant('amp'), hostileString),
      type: fc.oneof(fc.constantFrom('height', 'init', 'select', 'embed-size'), hostileString),
      id: fc.oneof(hostileString, fc.anything()),
      height: fc.oneof(
        fc.double(),
        fc.integer(),
        fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, MAX_HEIGHT, MAX_HEIGHT + 1, 1e-300, Number.MAX_VALUE),
        fc.anything(),
      ),
      lang: fc.oneof(fc.constantFrom('en', 'es', 'fr'), hostileString, fc.anything()),
      theme: fc.oneof(fc.constantFrom('light', 'dark', 'auto'), hostileString, fc.anything()),
    },
    { requiredKeys: [] },
  ),
)

describe('protocol messages', () => {
  it('height messages: anything in, a clamped integer height and a token id (or nothing) out', () => {
    fc.assert(
      fc.property(messageData, (data) => {
        const parsed = parseHeightMessage(data)
        if (parsed === null) return
        expect(Number.isInteger(parsed.height)).toBe(true)
        expect(parsed.height).toBeGreaterThanOrEqual(MIN_HEIGHT)
        expect(parsed.height).toBeLessThanOrEqual(MAX_HEIGHT)
        expect(parsed.id === null || /^[\w-]{1,64}$/.test(parsed.id)).toBe(true)
        const d = data as { sentinel: unknown; type: unknown; height: unknown }
        expect(d.sentinel).toBe(SENTINEL)
        expect(d.type).toBe('height')
        expect(typeof d.height).toBe('number')
      }),
      { numRuns: RUNS },
    )
  })

  it('init messages: only the known languages and themes get through', () => {
    fc.assert(
      fc.property(messageData, (data) => {
        const parsed = parseInitMessage(data)
        if (parsed === null) return
        expect(Object.keys(parsed).every((key) => ['id', 'lang', 'theme'].includes(key))).toBe(true)
        expect(parsed.lang === undefined || /^(en|es|fr)$/.test(parsed.lang)).toBe(true)
        expect(parsed.theme === undefined || /^(light|dark|auto)$/.test(parsed.theme)).toBe(true)
        expect(parsed.id === null || /^[\w-]{1,64}$/.test(parsed.id)).toBe(true)
      }),
      { numRuns: RUNS },
    )
  })

  it('cleanId and cleanHeight never throw', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true }), (value) => {
        const id = cleanId(value)
        const height = cleanHeight(value)
        expect(id === null || /^[\w-]{1,64}$/.test(id)).toBe(true)
        expect(height === null || (height >= MIN_HEIGHT && height <= MAX_HEIGHT)).toBe(true)
      }),
      { numRuns: RUNS },
    )
  })
})

describe('error messages', () => {
  it('whatever was thrown, the reader gets a localized sentence that quotes no input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({ kind: hostileString, file: hostileString }),
          fc.record({
            kind: fc.constantFrom('network', 'http', 'timeout', 'parse', 'schema', 'version', 'empty', 'too-large'),
            file: hostileString,
          }),
        ),
        fc.constantFrom(...LANGS),
        (error, lang) => {
          const message = errorMessage(error, lang)
          expect(typeof message).toBe('string')
          expect(message.length).toBeGreaterThan(10)
          expect(message.length).toBeLessThan(300)
          expect(message).not.toMatch(/[<>"]|javascript:/)
        },
      ),
      { numRuns: RUNS },
    )
  })
})
