import { describe, expect, it } from 'vitest';
import { LazyMarking } from '../../lib/content/lazy-marking';
import type { MarkingModule } from '../../lib/content/marking-contract';
import type { MarkingSession, MarkingSessionOptions } from '../../lib/content/marking-session';

/** A page that may name one of ours when `say` is called; a marking module that records its sessions. */
function setUp(load?: () => Promise<MarkingModule>) {
  let onMaybe: (() => void) | null = null;
  let watching = 0;
  let loads = 0;
  const sessions: { stopped: boolean }[] = [];
  const reports: string[] = [];
  const module: MarkingModule = {
    startMarking: () => {
      const session = { stopped: false, stop: () => void (session.stopped = true) };
      sessions.push(session);
      return session as unknown as MarkingSession;
    },
  };
  const marking = new LazyMarking({
    watch: (callback) => {
      watching++;
      onMaybe = callback;
      return () => {
        watching--;
        onMaybe = null;
      };
    },
    load: load ?? (async () => (loads++, module)),
    session: () => ({}) as MarkingSessionOptions,
    onStarted: () => {},
    report: (context) => void reports.push(context),
  });
  // The gate stops by itself when it says "maybe" (lib/content/name-gate.ts).
  const say = () => {
    const callback = onMaybe;
    if (!callback) return;
    watching--;
    onMaybe = null;
    callback();
  };
  return { marking, sessions, reports, say, watching: () => watching, loads: () => loads };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('marking that starts when the page may name one of ours', () => {
  it('loads nothing and starts no session until the page may name one of ours, and is on meanwhile', async () => {
    const page = setUp();
    page.marking.start();
    await settle();
    expect(page.marking.on).toBe(true);
    expect(page.loads()).toBe(0);
    expect(page.marking.session).toBeNull();
    page.say();
    await settle();
    expect(page.loads()).toBe(1);
    expect(page.sessions).toHaveLength(1);
    expect(page.marking.session).not.toBeNull();
    expect(page.watching()).toBe(0);
  });

  it('starts no session when turned off while marking.js was loading', async () => {
    let release: (module: MarkingModule) => void = () => {};
    const page = setUp(() => new Promise((resolve) => (release = resolve)));
    page.marking.start();
    page.say();
    page.marking.stop();
    release({ startMarking: () => { throw new Error('must not start'); } });
    await settle();
    expect(page.marking.session).toBeNull();
    expect(page.marking.on).toBe(false);
    expect(page.reports).toEqual([]);
  });

  it('stops watching and stops the session when turned off, and starts afresh when turned on again', async () => {
    const page = setUp();
    page.marking.start();
    page.marking.stop();
    expect(page.watching()).toBe(0);
    page.marking.start();
    page.say();
    await settle();
    const first = page.sessions[0]!;
    page.marking.stop();
    expect(first.stopped).toBe(true);
    page.marking.start();
    page.marking.start();
    expect(page.watching()).toBe(1);
    page.say();
    await settle();
    expect(page.sessions).toHaveLength(2);
  });

  it('reports a marking.js that failed to load, says it is not marking, and tries again on the next start', async () => {
    let fail = true;
    const page = setUp(async () => {
      if (fail) throw new Error('gone');
      return { startMarking: () => ({ stop: () => {} }) as unknown as MarkingSession };
    });
    page.marking.start();
    page.say();
    await settle();
    expect(page.reports).toEqual(['loading the marking code (marking.js)']);
    expect(page.marking.session).toBeNull();
    expect(page.marking.on).toBe(false);
    fail = false;
    page.marking.start();
    page.say();
    await settle();
    expect(page.marking.session).not.toBeNull();
  });
});
