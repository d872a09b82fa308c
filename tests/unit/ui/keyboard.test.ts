import { describe, expect, it } from 'vitest'
import { stepIndex } from '../../../src/lib/ui/keyboard.ts'
import { nextIndex } from '../../../src/lib/exports/keyboard.ts'

describe('stepIndex', () => {
  it('a horizontal row: Right and Left step, Home and End jump, Up and Down are not ours', () => {
    expect(stepIndex('ArrowRight', 3, 10)).toBe(4)
    expect(stepIndex('ArrowLeft', 3, 10)).toBe(2)
    expect(stepIndex('Home', 3, 10)).toBe(0)
    expect(stepIndex('End', 3, 10)).toBe(9)
    expect(stepIndex('ArrowDown', 3, 10)).toBeUndefined()
    expect(stepIndex('ArrowUp', 3, 10)).toBeUndefined()
    expect(stepIndex('Tab', 3, 10)).toBeUndefined()
  })

  it('a vertical row (time running down): Down is the next item, Up the previous; Right and Left are not ours', () => {
    expect(stepIndex('ArrowDown', 3, 10, { vertical: true })).toBe(4)
    expect(stepIndex('ArrowUp', 3, 10, { vertical: true })).toBe(2)
    expect(stepIndex('ArrowRight', 3, 10, { vertical: true })).toBeUndefined()
    expect(stepIndex('ArrowLeft', 3, 10, { vertical: true })).toBeUndefined()
  })

  it('across: the other arrows step as in a list', () => {
    expect(stepIndex('ArrowDown', 3, 10, { across: true })).toBe(4)
    expect(stepIndex('ArrowUp', 3, 10, { across: true })).toBe(2)
    expect(stepIndex('ArrowRight', 3, 10, { vertical: true, across: true })).toBe(4)
  })

  it('pages go forward with Page Up on a horizontal row and Page Down on a vertical one', () => {
    expect(stepIndex('PageUp', 3, 20, { page: 7 })).toBe(10)
    expect(stepIndex('PageDown', 10, 20, { page: 7 })).toBe(3)
    expect(stepIndex('PageDown', 3, 20, { page: 7, vertical: true })).toBe(10)
    expect(stepIndex('PageUp', 10, 20, { page: 7, vertical: true })).toBe(3)
    expect(stepIndex('PageUp', 3, 20)).toBeUndefined()
  })

  it('stops at the ends; from nothing, forward starts at the first item and backward at the last', () => {
    expect(stepIndex('ArrowRight', 9, 10)).toBe(9)
    expect(stepIndex('ArrowLeft', 0, 10)).toBe(0)
    expect(stepIndex('PageDown', 2, 20, { page: 7 })).toBe(0)
    expect(stepIndex('ArrowRight', null, 10)).toBe(0)
    expect(stepIndex('ArrowLeft', null, 10)).toBe(9)
    expect(stepIndex('ArrowRight', null, 0)).toBeUndefined()
  })
})

describe('the export charts keep their keys', () => {
  it('all four arrows step, Escape clears a choice', () => {
    expect(nextIndex('ArrowDown', 1, 5)).toBe(2)
    expect(nextIndex('ArrowUp', 1, 5)).toBe(0)
    expect(nextIndex('ArrowRight', null, 5)).toBe(0)
    expect(nextIndex('ArrowLeft', null, 5)).toBe(4)
    expect(nextIndex('Escape', 2, 5)).toBeNull()
    expect(nextIndex('Escape', null, 5)).toBeUndefined()
    expect(nextIndex('Enter', 2, 5)).toBeUndefined()
  })
})
