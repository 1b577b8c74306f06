import type { PageDriver } from './page-driver';

/** Name of the highlight the content script registers in CSS.highlights. */
export const MENTION_HIGHLIGHT = 'carrera-lens-mention';

/** Number of ranges in the mention highlight, or -1 when the content script has not registered it. */
export function mentionCount(page: PageDriver): Promise<number> {
  return page.evaluate((name) => CSS.highlights.get(name)?.size ?? -1, MENTION_HIGHLIGHT);
}

/**
 * Waits until the page has marks and their number stopped changing for `stablePolls` consecutive
 * polls (one per animation frame). The scanner works in idle slices, so a picture or a count taken
 * right after the first mark would catch it halfway.
 */
export async function waitForMarksToSettle(page: PageDriver, stablePolls = 30, timeoutMs = 15_000): Promise<number> {
  await page.waitForFunction(
    ({ name, stablePolls }) => {
      const size = CSS.highlights.get(name)?.size ?? 0;
      const holder = window as unknown as { __carreraLensSettle?: { size: number; same: number } };
      const state = (holder.__carreraLensSettle ??= { size: -1, same: 0 });
      state.same = size === state.size ? state.same + 1 : 0;
      state.size = size;
      return size > 0 && state.same >= stablePolls;
    },
    { name: MENTION_HIGHLIGHT, stablePolls },
    timeoutMs,
  );
  return mentionCount(page);
}
