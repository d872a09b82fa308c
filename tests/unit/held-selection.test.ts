import { describe, expect, it } from 'vitest'
import { Selection } from '../../src/lib/state/selection.svelte.ts'
import { holdSelection } from '../../src/pages/story/held-selection.ts'

/** Idle moments run by hand: `runIdle()` runs what waits, as the browser would when it is next idle. */
function idleQueue() {
  let tasks: { run: () => void; timeout: number }[] = []
  return {
    idle: (run: () => void, timeout: number) => {
      const task = { run, timeout }
      tasks.push(task)
      return () => {
        tasks = tasks.filter((t) => t !== task)
      }
    },
    runIdle() {
      const now = tasks
      tasks = []
      for (const task of now) task.run()
    },
    get waiting() {
      return tasks.length
    },
  }
}

const JULIACA = { department: 'PE-PUN', period: { start: '2023-01-09', end: '2023-01-12' }, event: null }
const LIMA = { department: 'PE-LIM', period: { start: '2023-01-01', end: '2023-01-31' }, event: null }

/** A selection at Juliaca, its holder, and every copy (or null) the holder hands the timeline, in order. */
function setup() {
  const selection = new Selection(JULIACA)
  const queue = idleQueue()
  const seen: (Selection | null)[] = []
  const holder = holdSelection(selection, (held) => seen.push(held), queue.idle)
  return { selection, queue, seen, holder }
}

describe("the story's timeline: the selection itself near the screen, a copy far from it", () => {
  it('goes to a copy only at the next idle moment after it goes away, and back likewise', () => {
    const { selection, queue, seen, holder } = setup()

    holder.near(false)
    expect(seen).toEqual([])
    queue.runIdle()
    expect(seen).toHaveLength(1)
    const copy = seen[0]!
    expect(copy).not.toBe(selection)
    expect(copy.snapshot()).toEqual(selection.snapshot())

    holder.near(true)
    expect(seen).toHaveLength(1)
    queue.runIdle()
    expect(seen).toEqual([copy, null])
  })

  it('a copy is brought up to date at an idle moment, not at each change of the selection', () => {
    const { selection, queue, seen, holder } = setup()
    holder.near(false)
    queue.runIdle()
    const copy = seen.at(-1)!
    selection.apply(LIMA)
    selection.apply({ ...LIMA, event: 'tl-2023-01-19-toma-de-lima' })
    expect(copy.department).toBe('PE-PUN')
    expect(queue.waiting).toBe(1)
    queue.runIdle()
    expect(copy.snapshot()).toEqual(selection.snapshot())
  })

  it('coming near and going away again before an idle moment changes nothing', () => {
    const { queue, seen, holder } = setup()
    holder.near(false)
    holder.near(true)
    queue.runIdle()
    expect(seen).toEqual([])
  })

  it('a reader reaching into it gets the selection itself at once, and a pending copy is forgotten', () => {
    const { queue, seen, holder } = setup()
    holder.near(false)
    queue.runIdle()
    holder.near(false)
    holder.reach()
    expect(seen.at(-1)).toBeNull()
    queue.runIdle()
    expect(seen.at(-1)).toBeNull()
  })

  it('stopped, it waits for nothing and follows no change', () => {
    const { selection, queue, seen, holder } = setup()
    holder.near(false)
    holder.stop()
    expect(queue.waiting).toBe(0)
    selection.apply(LIMA)
    expect(queue.waiting).toBe(0)
    expect(seen).toEqual([])
  })
})
