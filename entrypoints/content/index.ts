import '../../assets/marks.css';
import { deferredCardView } from '../../lib/card/deferred-view';
import { cardModuleLoader, forgetLoadedCard, removeLeftoverCards } from '../../lib/card/loader';
import { badgeCounter } from '../../lib/content/badge-count';
import { whenConnected } from '../../lib/content/connection';
import { LazyMarking } from '../../lib/content/lazy-marking';
import { MARKING_MODULE_KEY, type MarkingModule } from '../../lib/content/marking-contract';
import { watchForNames } from '../../lib/content/name-gate';
import { pagePrefilter } from '../../lib/content/page-prefilter';
import { scriptTimeout } from '../../lib/content/script-timer';
import { contentMessageHandlers } from '../../lib/content/message-handlers';
import type { Lang } from '../../lib/knowledge';
import { ON_DEMAND_FLAG, RUNNING_FLAG } from '../../lib/injection/page-flags';
import { forgetLoadedModule, scriptModuleLoader } from '../../lib/injection/script-module';
import { mayName } from '../../lib/matcher/prefilter';
import { sendToBackground, tabMessageListener } from '../../lib/messages';
import { nextTask } from '../../lib/page/idle-slices';
import { pageLanguage } from '../../lib/page/page-language';
import { reportError } from '../../lib/page/report-error';
import { DEFAULT_SETTINGS, siteStatus, withSiteEnabled, type Settings } from '../../lib/settings';
import { loadSettings, updateSettings, watchSettings } from '../../lib/settings/page-storage';
import { DEFAULT_MATCHES } from '../../lib/sites';

export default defineContentScript({
  matches: [...DEFAULT_MATCHES],
  cssInjectionMode: 'manifest',
  runAt: 'document_idle',
  async main(ctx) {
    // WXT's context notices that the extension was reloaded, updated or removed (and turns invalid)
    // when one of its timers fires; a newer copy of this script starting in the page invalidates it too.
    ctx.setInterval(() => {}, 1_000);
    const flags = globalThis as Record<string, unknown>;
    flags[RUNNING_FLAG] = true;
    ctx.onInvalidated(() => {
      flags[RUNNING_FLAG] = false;
    });
    // Injected by the popup's "Mark this page": mark whatever the site settings say.
    let onDemand = flags[ON_DEMAND_FLAG] === true;
    flags[ON_DEMAND_FLAG] = false;

    let settings: Settings = { ...DEFAULT_SETTINGS };
    const statusKind = () => siteStatus(settings, new URL(location.href)).kind;
    const cardLang = (): Lang => (settings.cardLanguage === 'page' ? pageLanguage(document) : settings.cardLanguage);
    const badge = badgeCounter({
      count: () => marking.session?.count ?? 0,
      send: (count) => sendToBackground('mention-count', { count }),
      setTimeout: (handler, ms) => scriptTimeout(ctx.signal, handler, ms),
      isInvalid: () => ctx.isInvalid,
    });

    // The card's code (card.js) and its shadow root come when the pointer first rests on a mention.
    forgetLoadedCard();
    const loadCard = cardModuleLoader(() => sendToBackground('load-card'));
    const card = deferredCardView(async () => (await loadCard()).createCardLayer(ctx, {
      lang: cardLang,
      onTurnOffSite: () => {
        onDemand = false;
        updateSettings((current) => withSiteEnabled(current, location.hostname, false)).catch((error) => reportError('turning the site off', error));
        apply();
      },
      onOpenSettings: () => {
        whenConnected(() => sendToBackground('open-options').catch((error) => reportError('opening the settings', error)));
      },
    }), (error) => reportError('creating the card', error));

    // The scanner, the matcher and the hover (marking.js) come when the page's text may name one of ours.
    forgetLoadedModule(MARKING_MODULE_KEY);
    const marking = new LazyMarking({
      watch: (onMaybe) => watchForNames({ doc: document, mayName: (text) => mayName(text, pagePrefilter()), onMaybe, onError: (error, context) => reportError(context, error) }),
      load: scriptModuleLoader<MarkingModule>(MARKING_MODULE_KEY, 'marking.js', () => sendToBackground('load-marking')),
      session: () => ({ doc: document, settings: () => settings, card, signal: ctx.signal, onChange: badge.report, report: reportError }),
      onStarted: badge.report,
      report: reportError,
    });

    /** Starts or stops marking to match the settings; a running session follows their changes. */
    function apply(previous?: Settings): void {
      const wanted = onDemand || statusKind() === 'on';
      if (wanted) {
        marking.session?.follow(settings, previous);
        marking.start();
      } else if (marking.on) {
        marking.stop();
        badge.report();
      }
    }

    // The rest in tasks of their own, apart from the one that evaluates this script. Firefox builds
    // the script's extension API as it is first read (its own work: 10–30 ms on a cold content process,
    // lib/lazy-extension-api.ts), a part at each first read: the global (`chrome`), the runtime
    // namespace, the polyfill's reads, then the storage API under the settings' read. Each is a task
    // alone (in the bench's Gecko profiles, 8–10 ms each where they had been one block of 15–24 ms).
    await nextTask();
    void (globalThis as { chrome?: unknown }).chrome;
    await nextTask();
    void (globalThis as { chrome?: { runtime?: unknown } }).chrome?.runtime;
    await nextTask();
    void browser.runtime;
    await nextTask();
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
    ctx.onInvalidated(() => marking.stop());

    const unwatch = watchSettings((next) => {
      const previous = settings;
      const before = statusKind();
      settings = next;
      // The reader decided about this site (turned it or everything off or on): that ends "on demand".
      if (statusKind() !== before) onDemand = false;
      apply(previous);
    });
    ctx.onInvalidated(() => whenConnected(unwatch));

    const onMessage = tabMessageListener(
      contentMessageHandlers({
        session: () => marking.session,
        marking: () => marking.on,
        markOnDemand: () => {
          onDemand = true;
          apply();
        },
        url: () => location.href,
      }),
      (error, type) => reportError(`handling the message ${type}`, error),
    );
    browser.runtime.onMessage.addListener(onMessage);
    // An orphaned script (the extension was reloaded or removed) has no runtime left to unlisten from.
    ctx.onInvalidated(() => whenConnected(() => browser.runtime.onMessage.removeListener(onMessage)));
  },
});
