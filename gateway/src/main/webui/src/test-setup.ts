// jsdom lacks CSS.escape, which the design system's popover polyfill calls when it loads.
if (typeof window !== 'undefined') {
  const css = (globalThis as { CSS?: { escape?: (value: string) => string } }).CSS ?? {};
  css.escape ??= (value: string) => value.replace(/[^a-zA-Z0-9_-]/g, (character) => `\\${character}`);
  (globalThis as { CSS?: unknown }).CSS = css;
}
