/** The period choices of the map's control: the whole story, or one month of it (clipped to the story window). */
import { STORY_END, STORY_START } from '../data/derive.ts'
import { formatDate, type Lang } from '../i18n/index.ts'
import type { Period } from '../state/selection.svelte.ts'
import { t } from './describe.ts'

export interface PeriodOption {
  value: string
  label: string
  period: Period | null
}

function lastDay(month: string): string {
  const [y = 0, m = 0] = month.split('-').map(Number)
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`
}

/** Months of the story, e.g. 2022-12 … 2023-05. */
export function storyMonths(start = STORY_START, end = STORY_END): string[] {
  const out: string[] = []
  let [y = 0, m = 0] = start.split('-').map(Number)
  const last = end.slice(0, 7)
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`
    out.push(month)
    if (month >= last) break
    m += 1
    if (m > 12) {
      m = 1
      y += 1
    }
  }
  return out
}

export function periodOptions(lang: Lang): PeriodOption[] {
  const months = storyMonths().map((month) => {
    const first = `${month}-01`
    const period = {
      start: first < STORY_START ? STORY_START : first,
      end: lastDay(month) > STORY_END ? STORY_END : lastDay(month),
    }
    return { value: month, label: formatDate(lang, first, 'month'), period }
  })
  return [{ value: 'all', label: t(lang, 'periodAll'), period: null }, ...months]
}

/** The option matching a period, or 'custom' for a range chosen elsewhere (the timeline's brush). */
export function periodValue(options: readonly PeriodOption[], period: Period | null): string {
  if (period && period.start <= STORY_START && period.end >= STORY_END) return 'all'
  const match = options.find(
    (o) =>
      (o.period === null && period === null) ||
      (o.period && period && o.period.start === period.start && o.period.end === period.end),
  )
  return match?.value ?? 'custom'
}
