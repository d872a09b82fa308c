import { describe, expect, it } from 'vitest'
import { isNavKey, navOrder, nextFocus, type FocusId } from '../../../src/lib/map/keyboard.ts'
import { mapGeometry, projectPoint } from '../../../src/lib/map/geo.ts'
import { deathsByPlace } from '../../../src/lib/data/derive.ts'
import { deaths, geo } from './fixtures.ts'

const dept = (id: string): FocusId => ({ kind: 'department', id })
const place = (id: string): FocusId => ({ kind: 'place', id })

describe('keyboard order (small fixture)', () => {
  const order = navOrder(
    [
      { id: 'S', x: 10, y: 90 },
      { id: 'N', x: 50, y: 10 },
      { id: 'M-west', x: 10, y: 50 },
      { id: 'M-east', x: 90, y: 50 },
    ],
    [
      { id: 'p-east', department: 'N', x: 60, y: 12 },
      { id: 'p-west', department: 'N', x: 40, y: 8 },
    ],
  )

  it('orders departments north → south, then west → east; places west → east', () => {
    expect(order.departments).toEqual(['N', 'M-west', 'M-east', 'S'])
    expect(order.places.N).toEqual(['p-west', 'p-east'])
  })

  it('moves with the arrows, Home and End, and stops at the ends', () => {
    expect(nextFocus(order, null, 'ArrowDown')).toEqual(dept('N'))
    expect(nextFocus(order, null, 'ArrowDown', 'S')).toEqual(dept('S'))
    expect(nextFocus(order, dept('N'), 'ArrowDown')).toEqual(dept('M-west'))
    expect(nextFocus(order, dept('N'), 'ArrowUp')).toEqual(dept('N'))
    expect(nextFocus(order, dept('S'), 'ArrowDown')).toEqual(dept('S'))
    expect(nextFocus(order, dept('N'), 'ArrowRight')).toEqual(place('p-west'))
    expect(nextFocus(order, place('p-west'), 'ArrowRight')).toEqual(place('p-east'))
    expect(nextFocus(order, place('p-east'), 'ArrowRight')).toEqual(place('p-east'))
    expect(nextFocus(order, place('p-east'), 'ArrowLeft')).toEqual(place('p-west'))
    expect(nextFocus(order, place('p-west'), 'ArrowLeft')).toEqual(dept('N'))
    expect(nextFocus(order, place('p-east'), 'ArrowUp')).toEqual(dept('N'))
    expect(nextFocus(order, place('p-east'), 'ArrowDown')).toEqual(dept('M-west'))
    expect(nextFocus(order, dept('M-west'), 'ArrowRight')).toEqual(dept('M-west'))
    expect(nextFocus(order, dept('M-west'), 'ArrowLeft')).toEqual(dept('M-west'))
    expect(nextFocus(order, dept('M-west'), 'End')).toEqual(dept('S'))
    expect(nextFocus(order, dept('S'), 'Home')).toEqual(dept('N'))
    expect(isNavKey('ArrowUp')).toBe(true)
    expect(isNavKey('Enter')).toBe(false)
  })
})

describe('keyboard order (real map)', () => {
  const g = mapGeometry(geo)
  const places = deathsByPlace(deaths.records, { official: 'defensoria' })
  const order = navOrder(
    g.departments.map((d) => ({ id: d.code, x: d.centroid[0], y: d.centroid[1] })),
    places.map((p) => {
      const [x, y] = projectPoint(g.projection, p.longitude, p.latitude)!
      return { id: p.place_key, department: p.department_code, x, y }
    }),
  )

  it('visits all 25 departments once, from Tumbes in the north to Tacna in the south', () => {
    expect(order.departments).toHaveLength(25)
    expect(new Set(order.departments).size).toBe(25)
    expect(order.departments[0]).toBe('PE-TUM')
    expect(order.departments.at(-1)).toBe('PE-TAC')
    expect(order.departments.indexOf('PE-PUN')).toBeGreaterThan(order.departments.indexOf('PE-AYA'))
  })

  it('reaches every place through its department', () => {
    const reached = new Set<string>()
    let focus: FocusId | null = null
    for (let i = 0; i < 200; i++) {
      const next: FocusId | null = nextFocus(order, focus, focus?.kind === 'place' ? 'ArrowRight' : 'ArrowRight')
      if (next && next.id !== focus?.id) {
        focus = next
        if (next.kind === 'place') reached.add(next.id)
        continue
      }
      const down: FocusId | null = nextFocus(order, focus, 'ArrowDown')
      if (!down || down.id === focus?.id) break
      focus = down
    }
    expect([...reached].sort()).toEqual(places.map((p) => p.place_key).sort())
    expect(order.places['PE-PUN']?.[0]).not.toBeUndefined()
  })
})
