/**
 * Collision-free placement of event labels along a horizontal lane. Labels are HTML text at a fixed size placed at
 * a percentage of the width, so a placement that is free of collisions at a width stays free at any larger width
 * (distances grow, label widths do not). That is why the server computes it for the narrowest plot.
 */

export interface LabelInput {
  id: string
  /** the marker's position in px from the left of the lane */
  anchor: number
  /** the label's estimated width in px */
  width: number
}

export interface PlacedLabel {
  id: string
  /** 0 = the row nearest the markers; -1 = no room (the marker keeps its name in its button and tooltip) */
  row: number
  /** left edge in px */
  x: number
  align: 'start' | 'end'
}

/**
 * A conservative width for a label in the house sans-serif without measuring the DOM (the server cannot):
 * ~0.6 em per character, plus the leader line's padding.
 */
export function estimateTextWidth(text: string, fontPx = 13): number {
  return Math.ceil([...text].length * fontPx * 0.6 + 8)
}

/** Greedy, in anchor order: first row where the label fits, starting at its marker, else ending at it. */
export function placeLabels(
  items: readonly LabelInput[],
  options: { width: number; gap?: number; maxRows?: number },
): PlacedLabel[] {
  const { width } = options
  const gap = options.gap ?? 8
  const maxRows = options.maxRows ?? 3
  const rows: { from: number; to: number }[][] = Array.from({ length: maxRows }, () => [])
  const sorted = [...items].sort((a, b) => a.anchor - b.anchor || (a.id < b.id ? -1 : 1))
  const placed = new Map<string, PlacedLabel>()
  for (const item of sorted) {
    const w = Math.min(item.width, width)
    type Candidate = { x: number; align: 'start' | 'end' }
    const ideal: Candidate[] = [
      { x: item.anchor, align: 'start' },
      { x: item.anchor - w, align: 'end' },
    ]
    const candidates = ideal
      .filter((c) => c.x >= 0 && c.x + w <= width)
      .concat([{ x: Math.max(0, Math.min(width - w, item.anchor)), align: 'start' }])
    let result: PlacedLabel = { id: item.id, row: -1, x: item.anchor, align: 'start' }
    search: for (let row = 0; row < maxRows; row++) {
      const taken = rows[row] ?? []
      for (const c of candidates) {
        const free = taken.every((t) => c.x + w + gap <= t.from || c.x >= t.to + gap)
        if (free) {
          taken.push({ from: c.x, to: c.x + w })
          result = { id: item.id, row, x: c.x, align: c.align }
          break search
        }
      }
    }
    placed.set(item.id, result)
  }
  return items.map((i) => placed.get(i.id) as PlacedLabel)
}

/** How many label rows a placement uses. */
export function rowsUsed(placed: readonly PlacedLabel[]): number {
  return Math.max(0, ...placed.map((p) => p.row + 1))
}

export interface StackInput {
  id: string
  /** the marker's position in px from the top */
  anchor: number
}

/**
 * Labels down a column (the tall layout): each label is a slot of `height` px, as near its marker as it can be,
 * in anchor order, never overlapping the one before (gap px between them) and kept inside [0, extent]. Returns the
 * top of each label, in px.
 */
export function stackLabels(
  items: readonly StackInput[],
  options: { height: number; extent: number; gap?: number },
): Map<string, number> {
  const { height, extent } = options
  const gap = options.gap ?? 4
  const sorted = [...items].sort((a, b) => a.anchor - b.anchor || (a.id < b.id ? -1 : 1))
  const tops: number[] = []
  // Down: centred on the marker, or just under the label above.
  sorted.forEach((item, i) => {
    const wanted = Math.max(0, item.anchor - height / 2)
    tops.push(i === 0 ? wanted : Math.max(wanted, (tops[i - 1] ?? 0) + height + gap))
  })
  // Up, from the end: what runs past the bottom pushes the labels above it back up.
  for (let i = sorted.length - 1; i >= 0; i--) {
    const limit = i === sorted.length - 1 ? extent - height : (tops[i + 1] ?? extent) - height - gap
    tops[i] = Math.max(0, Math.min(tops[i] ?? 0, limit))
  }
  return new Map(sorted.map((item, i) => [item.id, tops[i] ?? 0]))
}
