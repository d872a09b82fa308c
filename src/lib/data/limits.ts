/** Download limits shared by the data loaders and the first-view check (src/boot/check.ts), which must not import the loaders. */
export const DEFAULT_TIMEOUT_MS = 15_000
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024
