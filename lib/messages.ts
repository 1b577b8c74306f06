/**
 * Every message between the extension's parts, in one map per receiver: what the sender sends and
 * what the receiver answers. Senders use sendToTab/sendToBackground; receivers build their
 * runtime.onMessage listener with tabMessageListener/backgroundMessageListener, which checks each
 * message's shape before a handler sees it, so handlers get typed requests and no cast is needed.
 */
import type { Runtime } from 'webextension-polyfill';
import { isEntityId, type EntityId } from './knowledge/entity-ids';
import { isRecord } from './validation';

/** The popup's list of what is marked on a page. */
export interface PageMentions {
  /** The page's address: the popup cannot read it from the tab on the default sites (no `tabs` permission). */
  url: string;
  /** True while the page is being marked (the site is on, or it was marked on demand). */
  active: boolean;
  /** Marks per entity, in order of first appearance on the page. */
  entities: { entity: EntityId; count: number }[];
}

type NoFields = Record<never, never>;

/** Answered by the content script of a tab. */
export type TabMessages = {
  /** Background (the keyboard command): scroll to the next mention and open its card. */
  'next-mention': { request: NoFields; reply: void };
  /** Popup: what is marked on this page. */
  'page-mentions': { request: NoFields; reply: PageMentions };
  /** Popup: scroll to the next mention of an entity and open its card. */
  'open-mention': { request: { entity: EntityId }; reply: void };
  /** Popup, to a content script already running in the tab: mark this page now (on demand). */
  'mark-on-demand': { request: NoFields; reply: void };
};

/** Answered by the background. */
export type BackgroundMessages = {
  /** Content script: the number of marks on the page changed (for the badge). */
  'mention-count': { request: { count: number }; reply: void };
  /** Content script (the card's gear): open the options page. */
  'open-options': { request: NoFields; reply: void };
  /** Content script: run card.js in this frame (answered when it has run). */
  'load-card': { request: NoFields; reply: true };
  /** Content script: run marking.js in this frame (answered when it has run): the page may name one of ours. */
  'load-marking': { request: NoFields; reply: true };
  /** Popup or options: register the content scripts of the added sites now (answered when done). */
  'sync-added-sites': { request: NoFields; reply: true };
};

interface MessageMap {
  [type: string]: { request: object; reply: unknown };
}
type Request<M extends MessageMap, K extends keyof M> = M[K]['request'];
type Reply<M extends MessageMap, K extends keyof M> = M[K]['reply'];
/** The request may be left out when the message has no fields. */
type RequestArgs<M extends MessageMap, K extends keyof M> = NoFields extends Request<M, K> ? [request?: Request<M, K>] : [request: Request<M, K>];

/** Shape checks of each request's fields (the `type` is checked apart). */
type RequestChecks<M extends MessageMap> = { [K in keyof M]: (fields: Record<string, unknown>) => boolean };

const noFields = () => true;

const TAB_REQUESTS: RequestChecks<TabMessages> = {
  'next-mention': noFields,
  'page-mentions': noFields,
  'open-mention': (fields) => isEntityId(fields.entity),
  'mark-on-demand': noFields,
};

const BACKGROUND_REQUESTS: RequestChecks<BackgroundMessages> = {
  'mention-count': (fields) => Number.isInteger(fields.count) && (fields.count as number) >= 0,
  'open-options': noFields,
  'load-card': noFields,
  'load-marking': noFields,
  'sync-added-sites': noFields,
};

/** Replies that carry data are checked where they arrive too. */
const TAB_REPLIES: { [K in keyof TabMessages]?: (reply: unknown) => boolean } = {
  'page-mentions': isPageMentions,
};

/** Every message on the wire is `{ type: 'carrera-lens/<type>', ...fields }`. */
const PREFIX = 'carrera-lens/';

function envelope(type: string, request: object | undefined): Record<string, unknown> {
  return { ...request, type: PREFIX + type };
}

/** The message's type and fields when it is one of `checks`' and has the right shape; null otherwise. */
function parse<M extends MessageMap>(checks: RequestChecks<M>, message: unknown): { type: keyof M & string; fields: Record<string, unknown> } | null {
  if (!isRecord(message) || typeof message.type !== 'string' || !message.type.startsWith(PREFIX)) return null;
  const type = message.type.slice(PREFIX.length);
  if (!Object.prototype.hasOwnProperty.call(checks, type)) return null;
  const { type: _wire, ...fields } = message;
  return checks[type]!(fields) ? { type, fields } : null;
}

/** Sends a message to the content script of a tab and resolves to its checked reply. */
export async function sendToTab<K extends keyof TabMessages>(tabId: number, type: K, ...[request]: RequestArgs<TabMessages, K>): Promise<TabMessages[K]['reply']> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, envelope(type, request));
  const check = TAB_REPLIES[type];
  if (check && !check(reply)) {
    throw new Error(`The page answered "${type}" with ${JSON.stringify(reply)}; reload the page so it runs this version of the extension.`);
  }
  return reply as TabMessages[K]['reply'];
}

/** Sends a message to the background and resolves to its reply. */
export async function sendToBackground<K extends keyof BackgroundMessages>(type: K, ...[request]: RequestArgs<BackgroundMessages, K>): Promise<BackgroundMessages[K]['reply']> {
  return (await browser.runtime.sendMessage(envelope(type, request))) as BackgroundMessages[K]['reply'];
}

/** A handler gets the checked request and the sender; what it returns (or resolves to) is the reply. */
export type Handlers<M extends MessageMap> = {
  [K in keyof M]?: (request: Request<M, K>, sender: Runtime.MessageSender) => Reply<M, K> | Promise<Reply<M, K>> | undefined;
};

type Listener = (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined;

function listener<M extends MessageMap>(checks: RequestChecks<M>, handlers: Handlers<M>, onError?: (error: unknown, type: string) => void): Listener {
  return (message, sender) => {
    const parsed = parse(checks, message);
    const handler = parsed && handlers[parsed.type];
    // Not ours, not for this receiver, or malformed: leave it unanswered.
    if (!parsed || !handler) return undefined;
    try {
      const reply = handler(parsed.fields as Request<M, typeof parsed.type>, sender);
      return reply === undefined ? undefined : Promise.resolve(reply);
    } catch (error) {
      if (!onError) throw error;
      onError(error, parsed.type);
      return undefined;
    }
  };
}

/** The content script's runtime.onMessage listener; `onError` gets a handler's exception instead of the page. */
export function tabMessageListener(handlers: Handlers<TabMessages>, onError: (error: unknown, type: string) => void): Listener {
  return listener(TAB_REQUESTS, handlers, onError);
}

/** The background's runtime.onMessage listener. */
export function backgroundMessageListener(handlers: Handlers<BackgroundMessages>): Listener {
  return listener(BACKGROUND_REQUESTS, handlers);
}

function isPageMentions(value: unknown): value is PageMentions {
  return (
    isRecord(value) &&
    typeof value.url === 'string' &&
    typeof value.active === 'boolean' &&
    Array.isArray(value.entities) &&
    value.entities.every((item) => isRecord(item) && isEntityId(item.entity) && Number.isInteger(item.count))
  );
}
