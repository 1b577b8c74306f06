import type { MarkingModule } from './marking-contract';
import type { MarkingSession, MarkingSessionOptions } from './marking-session';

export interface LazyMarkingOptions {
  /** Starts watching the page for names (lib/content/name-gate.ts); calls back once; returns a stop. */
  watch: (onMaybe: () => void) => () => void;
  /** marking.js's code (asked of the background once). */
  load: () => Promise<MarkingModule>;
  /** The session's options, read when it starts. */
  session: () => MarkingSessionOptions;
  /** The session started (its marks will come). */
  onStarted: () => void;
  report: (context: string, error: unknown) => void;
}

/**
 * Marking that starts only when the page may name one of ours: `start` watches the page's text,
 * then loads marking.js and starts the session; `stop` stops whichever of these is under way. While
 * it waits, the page is being marked as far as the reader is concerned (`on`), with nothing to mark.
 */
export class LazyMarking {
  private stopWatching: (() => void) | null = null;
  private current: MarkingSession | null = null;
  private wanted = false;

  constructor(private readonly options: LazyMarkingOptions) {}

  /** True from `start` to `stop`: the page is being marked (or waits for a name to mark). */
  get on(): boolean {
    return this.wanted;
  }

  get session(): MarkingSession | null {
    return this.current;
  }

  start(): void {
    if (this.wanted) return;
    this.wanted = true;
    this.stopWatching = this.options.watch(() => {
      this.stopWatching = null;
      void this.load();
    });
  }

  stop(): void {
    this.wanted = false;
    this.stopWatching?.();
    this.stopWatching = null;
    this.current?.stop();
    this.current = null;
  }

  private async load(): Promise<void> {
    try {
      const module = await this.options.load();
      // Turned off while it loaded, or started meanwhile by another load.
      if (!this.wanted || this.current) return;
      this.current = module.startMarking(this.options.session());
      this.options.onStarted();
    } catch (error) {
      this.options.report('loading the marking code (marking.js)', error);
      // Not marking, and saying so: the next start (the settings, "Mark this page") tries again.
      if (!this.current) this.wanted = false;
    }
  }
}
