/**
 * Label placement for the main places: try positions around each point in a fixed order of preference, keep the
 * first whose box stays inside the viewBox and clear of the labels already placed (and of the other symbols'
 * circles where possible). Greedy, deterministic, and fast enough to rerun on every resize.
 */

export interface LabelRequest {
  id: string
  text: string
  x: number
  y: number
  /** radius of the point's symbol: the label keeps clear of it */
  r: number
}

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export interface PlacedLabel {
  id: string
  text: string
  /** text anchor point: left end of the baseline (text-anchor start) */
  x: number
  y: number
  box: Box
  position: Position
}

export type Position = 'e' | 'w' | 'ne' | 'nw' | 'se' | 'sw' | 'n' | 's'
export const POSITIONS: readonly Position[] = ['e', 'w', 'ne', 'se', 'nw', 'sw', 'n', 's']

export interface LabelOptions {
  width: number
  height: number
  /** font size in viewBox units */
  fontSize: number
  /** space between the symbol's edge and the label */
  gap?: number
  /** circles labels should avoid (other symbols); a label that cannot avoid them still gets placed */
  obstacles?: readonly { x: number; y: number; r: number }[]
}

/** Width of a label in font-size units: an average for a bold system sans-serif (the labels are bold), a little generous on purpose. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.6
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

export function inside(box: Box, width: number, height: number): boolean {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height
}

function hitsCircle(box: Box, c: { x: number; y: number; r: number }): boolean {
  const nx = Math.max(box.x, Math.min(c.x, box.x + box.width))
  const ny = Math.max(box.y, Math.min(c.y, box.y + box.height))
  return (c.x - nx) ** 2 + (c.y - ny) ** 2 < c.r ** 2
}

export function candidateBox(request: LabelRequest, position: Position, w: number, h: number, gap: number): Box {
  const d = request.r + gap
  // Diagonals sit on the circle at 45°, not at the bounding square's corner.
  const k = d * Math.SQRT1_2
  const { x, y } = request
  switch (position) {
    case 'e':
      return { x: x + d, y: y - h / 2, width: w, height: h }
    case 'w':
      return { x: x - d - w, y: y - h / 2, width: w, height: h }
    case 'ne':
      return { x: x + k, y: y - k - h, width: w, height: h }
    case 'se':
      return { x: x + k, y: y + k, width: w, height: h }
    case 'nw':
      return { x: x - k - w, y: y - k - h, width: w, height: h }
    case 'sw':
      return { x: x - k - w, y: y + k, width: w, height: h }
    case 'n':
      return { x: x - w / 2, y: y - d - h, width: w, height: h }
    case 's':
      return { x: x - w / 2, y: y + d, width: w, height: h }
  }
}

/** Places labels in the order given (most important first); a label that fits nowhere is left out. */
export function placeLabels(requests: readonly LabelRequest[], options: LabelOptions): PlacedLabel[] {
  const { width, height, fontSize, gap = fontSize * 0.3, obstacles = [] } = options
  const h = fontSize * 1.2
  const placed: PlacedLabel[] = []
  for (const request of requests) {
    const w = textWidth(request.text, fontSize)
    const own = (o: { x: number; y: number }) => o.x === request.x && o.y === request.y
    const fits = (box: Box) => inside(box, width, height) && placed.every((p) => !overlaps(box, p.box))
    const clear = (box: Box) => obstacles.every((o) => own(o) || !hitsCircle(box, o))
    const boxes = POSITIONS.map((position) => ({ position, box: candidateBox(request, position, w, h, gap) }))
    const choice = boxes.find((c) => fits(c.box) && clear(c.box)) ?? boxes.find((c) => fits(c.box))
    if (!choice) continue
    placed.push({
      id: request.id,
      text: request.text,
      x: choice.box.x,
      // Baseline about 80% down the line box, so the glyphs sit inside the box tested for overlaps.
      y: choice.box.y + h * 0.8,
      box: choice.box,
      position: choice.position,
    })
  }
  return placed
}
