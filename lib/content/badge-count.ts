import { whenConnected } from './connection';

export interface BadgeCountOptions {
  /** The number of marks on the page now. */
  count: () => number;
  /** Tells the background (which sets the toolbar badge). */
  send: (count: number) => Promise<unknown>;
  /** The content script's timers (scriptTimeout: cleared when the script goes, nothing kept after). */
  setTimeout: (handler: () => void, ms: number) => number;
  /** True once the extension that ran this script is gone. */
  isInvalid: () => boolean;
}

/** How long changes are gathered before the count is sent: a page is marked in many small slices. */
export const BADGE_DELAY_MS = 250;

/**
 * The toolbar badge's count: `report()` after any change of the marks; the count goes to the
 * background at most once per BADGE_DELAY_MS, and only when it changed since it was last sent.
 */
export function badgeCounter(options: BadgeCountOptions): { report(): void } {
  let timer = 0;
  let lastSent = -1;
  return {
    report() {
      if (timer) return;
      timer = options.setTimeout(() => {
        timer = 0;
        const count = options.count();
        if (count === lastSent || options.isInvalid()) return;
        lastSent = count;
        // The background may be asleep or reloading; the next change sends the count again.
        whenConnected(() =>
          options.send(count).catch(() => {
            lastSent = -1;
          }),
        );
      }, BADGE_DELAY_MS);
    },
  };
}
