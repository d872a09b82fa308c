import '@testing-library/jest-dom/vitest'

// jsdom has no layout, so no ResizeObserver (Svelte's bind:clientWidth uses one): a no-op stand-in, since sizes are 0.
if (!('ResizeObserver' in globalThis)) {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
}
