import type { Handlers, TabMessages } from '../messages';
import type { MarkingSession } from './marking-session';

export interface MarkedPage {
  /** The running session, or null while the page is not marked. */
  session(): MarkingSession | null;
  /** True while the page is being marked, its session started or waiting for a name on the page. */
  marking(): boolean;
  /** Marks the page whatever the site settings say ("Mark this page" when the script already runs). */
  markOnDemand(): void;
  url(): string;
}

/** What the content script answers to the background (the shortcut) and the popup. */
export function contentMessageHandlers(page: MarkedPage): Handlers<TabMessages> {
  return {
    'next-mention': () => void page.session()?.hover.openNext(),
    'mark-on-demand': () => page.markOnDemand(),
    'open-mention': ({ entity }) => page.session()?.openNextOf(entity),
    'page-mentions': () => page.session()?.pageMentions(page.url()) ?? { url: page.url(), active: page.marking(), entities: [] },
  };
}
