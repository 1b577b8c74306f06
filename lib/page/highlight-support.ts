import type { HighlightStyle } from '../settings/schema';

/**
 * Firefox 140–145 (desktop, and Firefox for Android 142–145) paint `::highlight()` without
 * `text-decoration` (bug 1845446; MDN browser-compat-data, css.selectors.highlight, "Before Firefox 146,
 * cannot be used with text-decoration"): the dotted underline would draw nothing there. Those versions
 * get the soft background instead, which they do paint. Every other browser and style is left alone.
 */
export const FIREFOX_HIGHLIGHT_DECORATION_VERSION = 146;

export function drawableMarkStyle(style: HighlightStyle, userAgent: string): HighlightStyle {
  if (style !== 'underline') return style;
  const firefox = /\bFirefox\/(\d+)/.exec(userAgent);
  return firefox && Number(firefox[1]) < FIREFOX_HIGHLIGHT_DECORATION_VERSION ? 'background' : style;
}
