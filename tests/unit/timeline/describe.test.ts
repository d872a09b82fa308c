import { describe, expect, it } from 'vitest'
import { LANGS } from '../../../src/lib/i18n/index.ts'
import {
  departmentLabel,
  describeTimeline,
  laneOf,
  timelineDek,
  timelineNotes,
  timelineTitle,
} from '../../../src/lib/timeline/describe.ts'
import { deaths, timeline } from './fixtures.ts'

const opts = { dateField: 'death' as const, includeOther: false, interactive: true }

describe('generated words', () => {
  it('English description, from the data', () => {
    const text = describeTimeline('en', deaths.records, timeline, opts)
    expect(text).toContain('The Defensoría del Pueblo counted 67 deaths.')
    expect(text).toContain('the first was on December 11, 2022 and the last on March 21, 2023')
    expect(text).toContain(
      'Deaths peaked on January 9, 2023, when 19 people died: 18 in Juliaca and 1 in Molino (Juli district).',
    )
    expect(text).toContain('4 deaths are known only by month (December 2022)')
    expect(text).toContain('14 further reported deaths fall outside the Defensoría’s count and are not shown.')
    expect(text).toContain('The lanes mark 55 events')
    expect(text).toContain('Juliaca, 9 Jan')
    expect(text).toContain('6 states of emergency and curfews are shaded.')
  })
  it('Spanish and French too, with localised dates and numbers', () => {
    const es = describeTimeline('es', deaths.records, timeline, opts)
    expect(es).toContain('La Defensoría del Pueblo contó 67 muertes.')
    expect(es).toContain('9 de enero de 2023')
    expect(es).toContain('18 en Juliaca y 1 en Molino (distrito de Juli)')
    const fr = describeTimeline('fr', deaths.records, timeline, opts)
    expect(fr).toContain('La Defensoría del Pueblo a compté 67 morts.')
    expect(fr).toContain('9 janvier 2023')
    expect(fr).toContain('18 à Juliaca et 1 à Molino (district de Juli)')
  })
  it('by incident date, the description follows the chosen date', () => {
    const text = describeTimeline('en', deaths.records, timeline, { ...opts, dateField: 'incident' })
    expect(text).toContain('By date of the incident, the first was on December 10, 2022 and the last on March 5, 2023')
    expect(text).toContain('Deaths peaked on January 9, 2023, when 20 people died')
  })
  it('with the deaths outside the count shown', () => {
    const text = describeTimeline('en', deaths.records, timeline, { ...opts, includeOther: true })
    expect(text).toContain('14 reported deaths outside the Defensoría’s count are shown on top')
  })
  it('title, dek and notes exist in each language; notes carry the computed count', () => {
    for (const lang of LANGS) {
      expect(timelineTitle(lang).length).toBeGreaterThan(10)
      expect(timelineDek(lang, 'death')).toMatch(/2022/)
      expect(timelineNotes(lang, deaths.records)).toMatch(/67.*49.*11.*1.*6/)
    }
  })
  it('lanes and department names', () => {
    expect(laneOf('violence')).toBe('protest')
    expect(laneOf('investigation')).toBe('state')
    expect(laneOf('canada')).toBe('canada')
    expect(departmentLabel('PE-PUN', 'en')).toBe('Puno')
    expect(departmentLabel('PE-CUS', 'fr')).toBe('Cuzco')
    expect(departmentLabel('PE-XXX', 'en')).toBe('PE-XXX')
  })
})
