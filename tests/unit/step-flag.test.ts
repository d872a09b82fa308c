import { describe, expect, it } from 'vitest'
import { parseStepFlag, stepFromSearch } from '../../src/lib/story/step-flag.ts'
import { STEPS } from '../../src/lib/story/steps.ts'

describe('the step flag', () => {
  it('opens at the step a link names, counted from 1', () => {
    const warnings: string[] = []
    const warn = (message: string) => warnings.push(message)
    expect(stepFromSearch('?step=4', warn)).toBe(4)
    expect(stepFromSearch('?lang=es&step=10', warn)).toBe(10)
    expect(stepFromSearch(new URLSearchParams('step=1'), warn)).toBe(1)
    expect(parseStepFlag(' 7 ', warn)).toBe(7)
    expect(warnings).toEqual([])
  })

  it('opens at the first step, silently, without the flag', () => {
    const warnings: string[] = []
    expect(stepFromSearch('?lang=fr', (m) => warnings.push(m))).toBe(1)
    expect(parseStepFlag('', (m) => warnings.push(m))).toBe(1)
    expect(warnings).toEqual([])
  })

  it('refuses a step that does not exist or is not a number, without quoting it', () => {
    for (const raw of ['0', String(STEPS.length + 1), '-2', '2.5', 'abc', '<img src=x onerror=alert(1)>', '1e1']) {
      const warnings: string[] = []
      expect(
        parseStepFlag(raw, (m) => warnings.push(m)),
        raw,
      ).toBe(1)
      expect(warnings).toHaveLength(1)
      expect(warnings[0]).not.toContain(raw)
    }
  })
})
