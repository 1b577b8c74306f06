import type { EntityId } from './knowledge/entity-ids';

/** Messages between the background and the content script. */
export const NEXT_MENTION = 'carrera-lens/next-mention';
export const KEYBOARD_COMMAND = 'next-mention';

export interface NextMentionMessage {
  type: typeof NEXT_MENTION;
}

/** The command's default shortcut (manifest `suggested_key`), also honoured by the content script when the page has focus. */
export const NEXT_MENTION_SHORTCUT = 'Alt+Shift+K';

/** True for the shortcut's key event, by physical key so it works on a Russian layout too. */
export function isNextMentionShortcut(event: { altKey: boolean; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; code: string }): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyK';
}

/** Popup → content script: what is marked on this page (answered with PageMentionsReply). */
export const GET_PAGE_MENTIONS = 'carrera-lens/get-page-mentions';
/** Popup → content script: scroll to the next mention of an entity and open its card. */
export const OPEN_MENTION = 'carrera-lens/open-mention';
/** Popup → content script already running in the tab: mark this page now (on demand). */
export const MARK_ON_DEMAND = 'carrera-lens/mark-on-demand';
/** Content script → background: the number of marks on the page changed (for the badge). */
export const MENTION_COUNT = 'carrera-lens/mention-count';
/** Content script (card gear) → background: open the options page. */
export const OPEN_OPTIONS = 'carrera-lens/open-options';
/** Content script → background: run the card's script (CARD_SCRIPT_JS) in this frame (answered when done). */
export const LOAD_CARD = 'carrera-lens/load-card';
/** Popup/options → background: register the content scripts of the added sites now (answered when done). */
export const SYNC_ADDED_SITES = 'carrera-lens/sync-added-sites';

export type ExtensionMessage =
  | NextMentionMessage
  | { type: typeof GET_PAGE_MENTIONS }
  | { type: typeof OPEN_MENTION; entity: EntityId }
  | { type: typeof MARK_ON_DEMAND }
  | { type: typeof MENTION_COUNT; count: number }
  | { type: typeof OPEN_OPTIONS }
  | { type: typeof SYNC_ADDED_SITES }
  | { type: typeof LOAD_CARD };

export interface PageMentionsReply {
  /** The page's address: the popup cannot read it from the tab on the default sites (no `tabs` permission). */
  url: string;
  /** True while the page is being marked (the site is on, or it was marked on demand). */
  active: boolean;
  /** Marks per entity, in order of first appearance on the page. */
  entities: { entity: EntityId; count: number }[];
}

/** The global the content script sets in its world, so a second injection into the same tab can be told apart. */
export const RUNNING_FLAG = '__carreraLensRunning';
/** Set by the popup before injecting on demand: mark this page whatever the site settings say. */
export const ON_DEMAND_FLAG = '__carreraLensOnDemand';

/** Files of the content script as built (for injection on demand and registration for added sites). */
export const CONTENT_SCRIPT_JS = '/content-scripts/content.js' as const;
export const CONTENT_SCRIPT_CSS = '/content-scripts/content.css' as const;
/** The card's code (entrypoints/card.ts), run in the content script's world on the first hover. */
export const CARD_SCRIPT_JS = '/card.js' as const;

export function messageType(message: unknown): string | undefined {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' ? type : undefined;
}
