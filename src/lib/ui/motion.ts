/** Motion: a duration that is 0 unless the reader allows motion (mirrors the --pp-motion token). */
export const MOTION_MS = 180

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
}

export function motionMs(duration = MOTION_MS): number {
  return prefersReducedMotion() ? 0 : duration
}
