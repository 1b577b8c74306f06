import type { CardView } from '../card/contract';
import type { EntityId } from '../knowledge';
import { getMatcherInSteps } from '../matcher';
import type { PageMentions } from '../messages';
import { deferredMatcher } from '../page/deferred-matcher';
import { drawableMarkStyle } from '../page/highlight-support';
import { HoverController } from '../page/hover-controller';
import { createMarkPainter, type MarkPainter } from '../page/marks';
import { PageScanner } from '../page/page-scanner';
import type { Settings } from '../settings';

export interface MarkingSessionOptions {
  doc: Document;
  /** The settings in force (read at each use: they change while the session runs). */
  settings: () => Settings;
  card: CardView;
  /** Aborted when the content script goes; the session's listeners go with it. */
  signal: AbortSignal;
  /** The marks changed (for the badge). */
  onChange: () => void;
  /** An exception of ours, with what we were doing, kept from the page (lib/page/report-error.ts). */
  report: (context: string, error: unknown) => void;
}

/**
 * One run of marking a page: the painter, the scanner and the hover controller, started together
 * when the site is on (or the page is marked on demand) and stopped together when it is turned off.
 */
export class MarkingSession {
  readonly painter: MarkPainter;
  readonly scanner: PageScanner;
  readonly hover: HoverController;
  private readonly abort = new AbortController();

  constructor(options: MarkingSessionOptions) {
    const { doc, settings } = options;
    this.painter = createMarkPainter(doc);
    this.painter.setStyle(drawableMarkStyle(settings().highlightStyle, navigator.userAgent));
    this.scanner = new PageScanner({
      root: doc.documentElement,
      // Compiled in the scanner's first idle slices (once per page: the matcher is cached).
      matcher: deferredMatcher(getMatcherInSteps, () => ({ url: doc.location?.href, title: doc.title })),
      painter: this.painter,
      accept: (entity: EntityId) => !settings().hiddenEntities.includes(entity),
      onChange: options.onChange,
      onError: (error, context) => options.report(context, error),
    });
    const signal = AbortSignal.any([this.abort.signal, options.signal]);
    this.hover = new HoverController({
      doc,
      index: this.scanner.index,
      painter: this.painter,
      card: options.card,
      showDelay: () => settings().showDelayMs,
      listen: (target, type, handler, listenerOptions) => target.addEventListener(type, handler, { ...listenerOptions, signal }),
      onError: (error, context) => options.report(context, error),
    });
    this.scanner.start();
  }

  /** The number of marks on the page. */
  get count(): number {
    return this.scanner.index.size;
  }

  /** Follows changed settings: the marks' style at once; a change of the hidden entities rescans the page. */
  follow(settings: Settings, previous?: Settings): void {
    this.painter.setStyle(drawableMarkStyle(settings.highlightStyle, navigator.userAgent));
    if (previous && previous.hiddenEntities.join() !== settings.hiddenEntities.join()) {
      this.hover.close();
      this.scanner.rescanAll();
    }
  }

  /** Scrolls to the entity's next mention after the open card (the first one otherwise) and opens its card. */
  openNextOf(entity: EntityId): void {
    const next = this.scanner.index.nextAfter(this.hover.current, { entity });
    if (next) this.hover.open(next, true);
  }

  /** The popup's list of this page. */
  pageMentions(url: string): PageMentions {
    return { url, active: true, entities: this.scanner.index.entitiesInOrder() };
  }

  stop(): void {
    this.hover.close();
    this.abort.abort();
    this.scanner.stop();
  }
}
