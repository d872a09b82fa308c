/**
 * How the reader picks a day on the day bars: the mouse shows a day's tooltip, a tap or a click pins it, and on the
 * bars' one tab stop the arrow keys walk the days (across the days, to the next or previous day with deaths) and
 * Enter pins the day reached. Which day is marked, and the handlers that move it; the bars give it what they draw
 * now as getters, and the tooltip itself stays with the timeline, which may show an event's instead.
 */
import type { Lang } from '../i18n/index.ts'
import type { PlaceTexts } from '../i18n/local-text.ts'
import { stepIndex } from '../ui/keyboard.ts'
import type { TimelineBins } from './bins.ts'
import type { DayRange } from './brush.ts'
import { dayText } from './describe.ts'
import { DAY_COUNT, countPercent, isTall } from './scales.ts'

/** A day's tooltip: which day, whether it is pinned, and where it points. */
export interface DayTip {
  index: number
  pinned: boolean
  /** the top of the day's bar (wide) or its end (tall), px from the plot's top left */
  x: number
  y: number
}

/** What the picker reads from the day bars as they are drawn now. */
export interface DayBarsView {
  /** Language of every text: en, es or fr. */
  readonly lang: Lang
  /** Deaths per day, by category, under the timeline's filters. */
  readonly bins: TimelineBins
  /** The top of the count axis. */
  readonly max: number
  /** The chosen period, in day indices: the keyboard starts at its first day. */
  readonly range: DayRange
  /** The day whose tooltip shows, if any. */
  readonly tip: DayTip | null
  /** The Spanish and French of the deaths' place names, from the data. */
  readonly texts: PlaceTexts
  /** A day's tooltip opens (or closes, with null). */
  ontip(tip: DayTip | null): void
  /** Text for the live region (the day the keyboard reached). */
  onannounce(text: string): void
}

export class DayPicker {
  /** The bars' box: days are found from a pointer's position in it, and tooltips placed from its offsets. */
  element = $state<HTMLDivElement | undefined>()
  /** The day the keyboard reached, while the bars have the focus. */
  activeDay = $state<number | null>(null)

  #view: DayBarsView
  // A tap is read from the raw touch point: the click that follows may be moved by the browser's touch
  // adjustment (several px, i.e. a different day).
  #touchDown: { x: number; y: number; index: number } | null = null
  #skipClick = false

  /** The day drawn as marked: the tooltip's, else the keyboard's. */
  marked = $derived(this.#tip?.index ?? this.activeDay)

  constructor(view: DayBarsView) {
    this.#view = view
  }

  get #tip(): DayTip | null {
    return this.#view.tip
  }

  #showDay(index: number, pinned: boolean) {
    const el = this.element
    if (!el) return
    const along = (index + 0.5) / DAY_COUNT
    const length = countPercent(this.#view.bins.days[index]?.total ?? 0, this.#view.max) / 100
    const [x, y] = isTall(el)
      ? [el.offsetLeft + length * el.offsetWidth, el.offsetTop + along * el.offsetHeight]
      : [el.offsetLeft + along * el.offsetWidth, el.offsetTop + (1 - length) * el.offsetHeight]
    this.#view.ontip({ index, pinned, x, y })
  }

  #dayFromPointer(e: PointerEvent | MouseEvent): number {
    const rect = this.element?.getBoundingClientRect()
    if (!rect || rect.width === 0) return 0
    const along = isTall(this.element) ? (e.clientY - rect.top) / rect.height : (e.clientX - rect.left) / rect.width
    return Math.max(0, Math.min(DAY_COUNT - 1, Math.floor(along * DAY_COUNT)))
  }

  #toggle(index: number) {
    if (this.#tip?.pinned && this.#tip.index === index) this.#view.ontip(null)
    else this.#showDay(index, true)
  }

  #announce(index: number) {
    const { lang, bins, texts } = this.#view
    const day = bins.days[index]
    if (day) this.#view.onannounce(dayText(lang, day, bins.categories, texts))
  }

  onpointermove = (e: PointerEvent) => {
    if (e.pointerType === 'touch' || this.#tip?.pinned) return
    this.#showDay(this.#dayFromPointer(e), false)
  }

  onpointerdown = (e: PointerEvent) => {
    if (e.button !== 0) return
    // No focus from a press: the keyboard has its own way in.
    e.preventDefault()
    this.#touchDown = e.pointerType === 'touch' ? { x: e.clientX, y: e.clientY, index: this.#dayFromPointer(e) } : null
  }

  onpointerup = (e: PointerEvent) => {
    if (!this.#touchDown || e.pointerType !== 'touch') return
    const { x, y, index } = this.#touchDown
    this.#touchDown = null
    if (Math.hypot(e.clientX - x, e.clientY - y) > 10) return // a swipe scrolls the page, it does not pick a day
    this.#skipClick = true
    this.#toggle(index)
  }

  onpointerleave = () => {
    if (this.#tip && !this.#tip.pinned) this.#view.ontip(null)
  }

  onclick = (e: MouseEvent) => {
    if (this.#skipClick) this.#skipClick = false
    else this.#toggle(this.#dayFromPointer(e))
  }

  onkeydown = (e: KeyboardEvent) => {
    const { bins } = this.#view
    const current = this.activeDay ?? this.#view.range.start
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      this.#showDay(current, !this.#tip?.pinned)
      return
    }
    if (e.key === 'Escape') return this.#view.ontip(null)
    const tall = isTall(this.element)
    let next = stepIndex(e.key, current, DAY_COUNT, { vertical: tall, page: 7 })
    if (next === undefined) {
      // The arrows across the days jump to the next (Up, or Right when days run down) or previous day with deaths.
      const forward = tall ? 'ArrowRight' : 'ArrowUp'
      const back = tall ? 'ArrowLeft' : 'ArrowDown'
      if (e.key !== forward && e.key !== back) return
      const step = e.key === forward ? 1 : -1
      next = current
      for (let i = current + step; i >= 0 && i < DAY_COUNT; i += step)
        if ((bins.days[i]?.total ?? 0) > 0) {
          next = i
          break
        }
    }
    e.preventDefault()
    this.activeDay = next
    this.#showDay(next, false)
    this.#announce(next)
  }

  onfocus = () => {
    this.activeDay ??= this.#view.range.start
    this.#announce(this.activeDay)
  }

  onblur = () => {
    if (this.#tip && !this.#tip.pinned) this.#view.ontip(null)
    this.activeDay = null
  }
}
