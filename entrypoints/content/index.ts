import '../../assets/marks.css';
import { removeLeftoverCards } from '../../components/card-host';
import type { EntityId, Lang } from '../../lib/knowledge';
import { getMatcherInSteps } from '../../lib/matcher';
import {
  GET_PAGE_MENTIONS,
  LOAD_CARD,
  MARK_ON_DEMAND,
  MENTION_COUNT,
  NEXT_MENTION,
  ON_DEMAND_FLAG,
  OPEN_MENTION,
  OPEN_OPTIONS,
  RUNNING_FLAG,
  messageType,
  type ExtensionMessage,
  type PageMentionsReply,
} from '../../lib/messages';
import { cardModuleLoader, forgetLoadedCard } from '../../lib/page/card-loader';
import { HoverController } from '../../lib/page/hover-controller';
import { deferredCardView, deferredMatcher } from '../../lib/page/deferred';
import { createMarkPainter, type MarkPainter } from '../../lib/page/marks';
import { drawableMarkStyle } from '../../lib/page/highlight-support';
import { PageScanner } from '../../lib/page/page-scanner';
import { pageLanguage } from '../../lib/page/page-language';
import { reportError } from '../../lib/page/report-error';
import { DEFAULT_SETTINGS, siteStatus, withSiteEnabled, type Settings } from '../../lib/settings';
import { loadSettings, updateSettings, watchSettings } from '../../lib/settings/storage';
import { DEFAULT_MATCHES } from '../../lib/sites';

/** One run of marking: started when the site is on (or marked on demand), dropped whole when it is turned off. */
interface MarkingSession {
  painter: MarkPainter;
  scanner: PageScanner;
  hover: HoverController;
  stop(): void;
}

type Flags = Record<string, unknown>;

export default defineContentScript({
  matches: [...DEFAULT_MATCHES],
  cssInjectionMode: 'manifest',
  runAt: 'document_idle',
  async main(ctx) {
    // Notice when the extension is reloaded, updated or removed while the page stays open: WXT's
    // context turns invalid once browser.runtime.id is gone, which it checks whenever one of its
    // timers fires. (A newer copy of this script starting in the page also invalidates this one.)
    ctx.setInterval(() => {}, 1_000);
    const flags = globalThis as Flags;
    flags[RUNNING_FLAG] = true;
    ctx.onInvalidated(() => {
      flags[RUNNING_FLAG] = false;
    });
    // Injected by the popup's "Mark this page": mark whatever the site settings say.
    let onDemand = flags[ON_DEMAND_FLAG] === true;
    flags[ON_DEMAND_FLAG] = false;

    let settings: Settings = { ...DEFAULT_SETTINGS };
    let session: MarkingSession | null = null;
    const pageUrl = () => new URL(location.href);
    const statusKind = () => siteStatus(settings, pageUrl()).kind;
    const cardLang = (): Lang => (settings.cardLanguage === 'page' ? pageLanguage(document) : settings.cardLanguage);

    // The card's code is loaded, and its shadow root made, when the pointer first rests on a mention.
    forgetLoadedCard();
    // The background runs entrypoints/card.ts in this frame (async: a removed extension's throw becomes a rejection).
    const loadCard = cardModuleLoader(async () => browser.runtime.sendMessage({ type: LOAD_CARD } satisfies ExtensionMessage));
    const card = deferredCardView(async () => (await loadCard()).createCardLayer(ctx, {
      lang: cardLang,
      onTurnOffSite: () => {
        onDemand = false;
        const host = pageUrl().hostname;
        updateSettings((current) => withSiteEnabled(current, host, false)).catch((error) => reportError('turning the site off', error));
        apply();
      },
      onOpenSettings: () => {
        whenConnected(() =>
          browser.runtime.sendMessage({ type: OPEN_OPTIONS } satisfies ExtensionMessage).catch((error) => reportError('opening the settings', error)),
        );
      },
    }), (error) => reportError('creating the card', error));

    let countTimer = 0;
    let lastSentCount = -1;
    const reportCount = () => {
      if (countTimer) return;
      countTimer = ctx.setTimeout(() => {
        countTimer = 0;
        const count = session?.scanner.index.size ?? 0;
        if (count === lastSentCount) return;
        lastSentCount = count;
        if (ctx.isInvalid) return;
        // The background may be asleep or reloading; the next change sends the count again.
        whenConnected(() =>
          browser.runtime.sendMessage({ type: MENTION_COUNT, count } satisfies ExtensionMessage).catch(() => {
            lastSentCount = -1;
          }),
        );
      }, 250);
    };

    function startSession(): MarkingSession {
      const painter = createMarkPainter(document);
      painter.setStyle(drawableMarkStyle(settings.highlightStyle, navigator.userAgent));
      const scanner = new PageScanner({
        root: document.documentElement,
        // Compiled in the scanner's first idle slices (once per page: the matcher is cached).
        matcher: deferredMatcher(getMatcherInSteps),
        painter,
        accept: (entity: EntityId) => !settings.hiddenEntities.includes(entity),
        onChange: reportCount,
        onError: (error, context) => reportError(context, error),
      });
      // Listeners of this session go when it stops (or when the content script goes).
      const abort = new AbortController();
      const signal = AbortSignal.any([abort.signal, ctx.signal]);
      const hover = new HoverController({
        doc: document,
        index: scanner.index,
        painter,
        card,
        showDelay: () => settings.showDelayMs,
        listen: (target, type, handler, options) => target.addEventListener(type, handler, { ...options, signal }),
        onError: (error, context) => reportError(context, error),
      });
      scanner.start();
      return {
        painter,
        scanner,
        hover,
        stop() {
          hover.close();
          abort.abort();
          scanner.stop();
        },
      };
    }

    /** Starts or stops marking to match the settings; restyles and refilters a running session. */
    function apply(previous?: Settings): void {
      const wanted = onDemand || statusKind() === 'on';
      if (!wanted) {
        if (session) {
          session.stop();
          session = null;
          reportCount();
        }
        return;
      }
      if (!session) {
        session = startSession();
        return;
      }
      session.painter.setStyle(drawableMarkStyle(settings.highlightStyle, navigator.userAgent));
      if (previous && previous.hiddenEntities.join() !== settings.hiddenEntities.join()) {
        session.hover.close();
        session.scanner.rescanAll();
      }
    }

    // The rest in a task of its own: the first call into the storage API costs milliseconds, and
    // querying a large page for leftover cards too; both would add to the task that evaluates this script.
    await new Promise((resolve) => setTimeout(resolve, 0));
    // A card an earlier copy of this script left open (the extension was reloaded or updated) goes.
    removeLeftoverCards(document);
    try {
      settings = await loadSettings();
    } catch (error) {
      // The extension went away while the page was loading; otherwise a real failure, and the defaults serve.
      if (ctx.isValid) reportError('reading the settings', error);
    }
    if (!ctx.isValid) return;
    apply();
    ctx.onInvalidated(() => {
      session?.stop();
      session = null;
    });

    const unwatch = watchSettings((next) => {
      const previous = settings;
      const before = statusKind();
      settings = next;
      // The reader decided about this site (turned it or everything off or on): that ends "on demand".
      if (statusKind() !== before) onDemand = false;
      apply(previous);
    });
    ctx.onInvalidated(() => whenConnected(unwatch));

    const onMessage = (message: unknown): Promise<PageMentionsReply> | undefined => {
      try {
        switch (messageType(message)) {
          case NEXT_MENTION:
            session?.hover.openNext();
            return undefined;
          case MARK_ON_DEMAND:
            onDemand = true;
            apply();
            return undefined;
          case OPEN_MENTION: {
            const entity = (message as { entity: EntityId }).entity;
            openNextOf(entity);
            return undefined;
          }
          case GET_PAGE_MENTIONS:
            return Promise.resolve(pageMentions());
          default:
            return undefined;
        }
      } catch (error) {
        reportError(`handling the message ${messageType(message)}`, error);
        return undefined;
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    // An orphaned script (the extension was reloaded or removed) has no runtime left to unlisten from.
    ctx.onInvalidated(() => whenConnected(() => browser.runtime.onMessage.removeListener(onMessage)));

    /** The popup's list: each entity once, in order of first appearance, with its number of marks. */
    function pageMentions(): PageMentionsReply {
      if (!session) return { url: location.href, active: false, entities: [] };
      const counts = session.scanner.index.countsByEntity();
      const order: EntityId[] = [];
      for (const mention of session.scanner.index.inDocumentOrder()) if (!order.includes(mention.entity)) order.push(mention.entity);
      return { url: location.href, active: true, entities: order.map((entity) => ({ entity, count: counts.get(entity) ?? 0 })) };
    }

    /** Scrolls to the entity's next mention after the open card (the first one otherwise) and opens its card. */
    function openNextOf(entity: EntityId): void {
      if (!session) return;
      const mentions = session.scanner.index.inDocumentOrder().filter((m) => m.entity === entity && m.range.startContainer.isConnected);
      if (mentions.length === 0) return;
      const current = session.hover.current;
      const at = current ? mentions.indexOf(current) : -1;
      session.hover.open(mentions[(at + 1) % mentions.length]!, true);
    }
  },
});

/**
 * Runs a call into the extension's APIs that may come after the extension was reloaded, updated or
 * removed while this page stayed open: then the APIs are gone (Chromium throws "Extension context
 * invalidated", WXT's storage finds no `storage`), there is nothing left to tell, and the page must hear
 * nothing of it.
 */
function whenConnected(call: () => unknown): void {
  try {
    call();
  } catch {
    // Orphaned: the extension that ran this script is gone.
  }
}
