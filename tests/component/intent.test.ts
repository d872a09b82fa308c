/** watchIntent (src/boot/intent.ts): what wakes a page, and which early click or key press is replayed. */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { watchIntent } from '../../src/boot/intent.ts'

afterEach(() => document.body.replaceChildren())

function page() {
  document.body.innerHTML = `
    <p id="outside">text</p>
    <div data-widget="map"><svg><path id="dept" tabindex="0"></path></svg><a id="link" href="#x">x</a><button id="btn">b</button></div>`
  const onintent = vi.fn()
  const watch = watchIntent(document, (el) => el.closest('[data-widget]') !== null, onintent)
  const $ = (id: string) => document.getElementById(id)!
  return { onintent, watch, $ }
}

describe('watchIntent', () => {
  it('wakes on pointer, touch, focus and keys inside a graphic, not outside', () => {
    const { onintent, $ } = page()
    $('outside').dispatchEvent(new Event('pointerover', { bubbles: true }))
    $('outside').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    expect(onintent).not.toHaveBeenCalled()
    for (const type of ['pointerover', 'pointerdown', 'touchstart', 'focusin']) {
      $('dept').dispatchEvent(new Event(type, { bubbles: true }))
    }
    $('dept').dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }))
    expect(onintent).toHaveBeenCalledTimes(5)
  })

  it('replays the last click made in a graphic once the page is interactive', () => {
    const { watch, $ } = page()
    $('dept').dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 12, clientY: 34 }))
    const seen: MouseEvent[] = []
    document.addEventListener('click', (event) => seen.push(event))
    watch.finish()()
    expect(seen).toHaveLength(1)
    expect(seen[0]!.target).toBe($('dept'))
    expect([seen[0]!.clientX, seen[0]!.clientY]).toEqual([12, 34])
  })

  it('replays Enter but not other keys, and never a click the browser already acted on', () => {
    const { watch, $ } = page()
    $('dept').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    $('dept').dispatchEvent(new KeyboardEvent('keydown', { key: 'q', bubbles: true }))
    $('link').dispatchEvent(new MouseEvent('click', { bubbles: true }))
    const keys: string[] = []
    const clicks: EventTarget[] = []
    document.addEventListener('keydown', (event) => keys.push(event.key))
    document.addEventListener('click', (event) => clicks.push(event.target!))
    watch.finish()()
    expect(keys).toEqual(['Enter'])
    expect(clicks).toEqual([])
  })

  it('stops listening when finished, and replays nothing for an element that is gone', () => {
    const { onintent, watch, $ } = page()
    const button = $('btn')
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    const replay = watch.finish()
    onintent.mockClear()
    button.dispatchEvent(new Event('pointerover', { bubbles: true }))
    expect(onintent).not.toHaveBeenCalled()
    button.remove()
    const clicks = vi.fn()
    document.addEventListener('click', clicks)
    replay()
    expect(clicks).not.toHaveBeenCalled()
  })

  it('sets changed form controls back once interactive, and tells the widget', () => {
    document.body.innerHTML = `<div data-widget="map"><input type="checkbox" id="c"><select id="s"><option value="a">a</option><option value="b">b</option></select></div>`
    const watch = watchIntent(
      document,
      (el) => el.closest('[data-widget]') !== null,
      () => {},
    )
    const box = document.getElementById('c') as HTMLInputElement
    const select = document.getElementById('s') as HTMLSelectElement
    box.checked = true
    box.dispatchEvent(new Event('change', { bubbles: true }))
    select.value = 'b'
    select.dispatchEvent(new Event('change', { bubbles: true }))
    const replay = watch.finish()
    // Hydration resets them to the widget's state...
    box.checked = false
    select.value = 'a'
    const seen: string[] = []
    document.addEventListener('change', (event) => seen.push((event.target as Element).id))
    replay()
    // ...and the replay restores what the reader chose, announcing each change.
    expect(box.checked).toBe(true)
    expect(select.value).toBe('b')
    expect(seen).toEqual(['c', 's'])
  })
})
