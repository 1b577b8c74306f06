import '../../assets/marks.css';
import { createCardLayer, removeLeftoverCards } from '../../components/card-layer';
import { getMatcher } from '../../lib/matcher';
import { NEXT_MENTION } from '../../lib/messages';
import { HoverController } from '../../lib/page/hover-controller';
import { deferredCardView, deferredMatcher } from '../../lib/page/deferred';
import { createMarkPainter } from '../../lib/page/marks';
import { PageScanner } from '../../lib/page/page-scanner';
import { pageLanguage } from '../../lib/page/page-language';
import { reportError } from '../../lib/page/report-error';
import { DEFAULT_MATCHES } from '../../lib/sites';

export default defineContentScript({
  matches: [...DEFAULT_MATCHES],
  cssInjectionMode: 'manifest',
  runAt: 'document_idle',
  async main(ctx) {
    removeLeftoverCards(document);
    const painter = createMarkPainter(document);
    const scanner = new PageScanner({
      root: document.documentElement,
      matcher: deferredMatcher(getMatcher),
      painter,
      onError: (error, context) => reportError(context, error),
    });
    ctx.onInvalidated(() => scanner.stop());
    scanner.start();
    // Notice when the extension is reloaded, updated or removed while the page stays open: WXT's
    // context turns invalid once browser.runtime.id is gone, which it checks whenever one of its
    // timers fires. (A newer copy of this script starting in the page also invalidates this one.)
    ctx.setInterval(() => {}, 1_000);

    const lang = pageLanguage(document);
    const card = deferredCardView(() => createCardLayer(ctx, { lang: () => lang }), (error) => reportError('creating the card', error));
    const hover = new HoverController({
      doc: document,
      index: scanner.index,
      painter,
      card,
      listen: (target, type, handler, options) => ctx.addEventListener(target as Window, type as 'scroll', handler, options),
      onError: (error, context) => reportError(context, error),
    });
    ctx.onInvalidated(() => hover.close());

    const onMessage = (message: unknown) => {
      if ((message as { type?: string } | null)?.type === NEXT_MENTION) {
        try {
          hover.openNext();
        } catch (error) {
          reportError('opening the next mention', error);
        }
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    // An orphaned script (the extension was reloaded or removed) has no runtime left to unlisten from.
    ctx.onInvalidated(() => browser.runtime?.onMessage?.removeListener(onMessage));
  },
});
