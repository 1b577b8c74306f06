import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EntityId } from '../../lib/knowledge/entity-ids';
import { getMatcher, getMatcherInSteps } from '../../lib/matcher';
import { deferredMatcher } from '../../lib/page/deferred-matcher';
import { createMarkPainter } from '../../lib/page/marks';
import { CHUNK_CHARS, PageScanner, type TextMatcher } from '../../lib/page/page-scanner';
import { recordingPainter } from './recording-painter';

/** The matcher with each block decided on its own (a page context of its own per text). */
function eachBlockAlone(matcher: ReturnType<typeof getMatcher>) {
  return { find: (text: string) => matcher.find(text), mayMatch: (text: string) => matcher.mayMatch(text) };
}

/** A stand-in matcher: finds fixed words, so these tests are about the page layer only. */
const WORDS: Record<string, EntityId> = { Каррера: 'carrera', Спартак: 'spartak', Челси: 'chelsea' };
const matcher: TextMatcher = {
  find(text) {
    const found: { entity: EntityId; start: number; end: number }[] = [];
    for (const match of text.matchAll(/Каррера|Спартак|Челси/g)) {
      found.push({ entity: WORDS[match[0]]!, start: match.index!, end: match.index! + match[0].length });
    }
    return found;
  },
};

async function settle(scanner: PageScanner): Promise<void> {
  for (let i = 0; i < 500 && (scanner.busy || i < 2); i++) await new Promise((r) => setTimeout(r, 5));
}

let root: HTMLElement;
afterEach(() => root?.remove());

function page(html: string): HTMLElement {
  root = document.createElement('main');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

describe('page scanner', () => {
  it('marks every mention, including one split across inline elements, without changing the DOM', async () => {
    const main = page('<p>Массимо <b>Кар</b>рера и Спартак</p><p>Челси</p>');
    const before = main.innerHTML;
    const painter = recordingPainter();
    const scanner = new PageScanner({ root: main, matcher, painter });
    scanner.start();
    await settle(scanner);
    expect([...painter.ranges].map((r) => r.toString()).sort()).toEqual(['Каррера', 'Спартак', 'Челси']);
    expect(main.innerHTML).toBe(before);
    expect(scanner.index.countsByEntity().get('carrera')).toBe(1);
    scanner.stop();
  });

  it('lets the matcher compile in slices of its own before it reads the first block', async () => {
    const main = page('<p>Каррера</p>');
    const events: string[] = [];
    let steps = 0;
    const compiling: TextMatcher = {
      prepare(outOfTime) {
        if (steps === 3) return true;
        // Three slices' worth of compiling, each stopped by the slice's budget.
        while (!outOfTime()) void 0;
        events.push(`prepare ${++steps}`);
        return steps === 3;
      },
      find(text) {
        events.push('find');
        return matcher.find(text);
      },
    };
    const painter = recordingPainter();
    const scanner = new PageScanner({ root: main, matcher: compiling, painter });
    scanner.start();
    await settle(scanner);
    expect(events).toEqual(['prepare 1', 'prepare 2', 'prepare 3', 'find']);
    expect([...painter.ranges].map((r) => r.toString())).toEqual(['Каррера']);
    // Each prepare stopped at its slice's budget: three slices of compiling, then at least one of reading
    // (a wall-clock bound on the slices would fail whenever the machine is busy, not when slicing is broken).
    expect(scanner.stats.slices).toBeGreaterThanOrEqual(4);
    scanner.stop();
  });

  it('marks content added later and drops marks of removed content', async () => {
    const main = page('<p>Каррера</p>');
    const painter = recordingPainter();
    const scanner = new PageScanner({ root: main, matcher, painter });
    scanner.start();
    await settle(scanner);
    expect(painter.ranges.size).toBe(1);

    const added = document.createElement('p');
    added.textContent = 'Комментарий: Спартак и Челси';
    main.append(added);
    await settle(scanner);
    expect([...painter.ranges].map((r) => r.toString()).sort()).toEqual(['Каррера', 'Спартак', 'Челси']);

    main.firstElementChild!.remove();
    await settle(scanner);
    expect([...painter.ranges].map((r) => r.toString()).sort()).toEqual(['Спартак', 'Челси']);

    added.firstChild!.textContent = 'Комментарий: только Челси';
    await settle(scanner);
    expect([...painter.ranges].map((r) => r.toString())).toEqual(['Челси']);
    scanner.stop();
  });

  it('rescans only the changed block, not the page', async () => {
    const main = page(Array.from({ length: 200 }, (_, i) => `<p>Абзац ${i}: Каррера</p>`).join(''));
    let calls = 0;
    const counting: TextMatcher = { find: (t) => (calls++, matcher.find(t)) };
    const scanner = new PageScanner({ root: main, matcher: counting, painter: recordingPainter() });
    scanner.start();
    await settle(scanner);
    expect(calls).toBe(200);
    calls = 0;
    main.children[10]!.append(' и Спартак');
    await settle(scanner);
    expect(calls).toBe(1);
    expect(scanner.index.size).toBe(201);
    scanner.stop();
  });

  it('reads a huge single text node in pieces and still finds names on piece borders', async () => {
    const filler = 'слово '.repeat(Math.ceil(CHUNK_CHARS / 6));
    const text = filler.slice(0, CHUNK_CHARS - 3) + 'Каррера ' + filler + 'Челси';
    const main = page(`<p>${text}</p>`);
    let longest = 0;
    const measuring: TextMatcher = { find: (t) => ((longest = Math.max(longest, t.length)), matcher.find(t)) };
    const painter = recordingPainter();
    const scanner = new PageScanner({ root: main, matcher: measuring, painter });
    scanner.start();
    await settle(scanner);
    expect([...painter.ranges].map((r) => r.toString()).sort()).toEqual(['Каррера', 'Челси']);
    expect(longest).toBeLessThan(CHUNK_CHARS + 1024);
    scanner.stop();
  });

  it('marks only the entities the reader chose', async () => {
    const main = page('<p>Каррера и Спартак</p>');
    const painter = recordingPainter();
    const scanner = new PageScanner({ root: main, matcher, painter, accept: (id) => id === 'spartak' });
    scanner.start();
    await settle(scanner);
    expect([...painter.ranges].map((r) => r.toString())).toEqual(['Спартак']);
    scanner.stop();
  });

  it('with the fallback painter, stopping restores the page exactly', async () => {
    const main = page('<p>Массимо <b>Каррера</b> и «Спартак»</p><ul><li>Челси, Челси</li></ul>');
    const before = main.innerHTML;
    const scanner = new PageScanner({ root: main, matcher, painter: createMarkPainter(document) });
    scanner.start();
    await settle(scanner);
    expect(main.querySelectorAll('carrera-lens-mark')).toHaveLength(4);
    scanner.stop();
    expect(main.innerHTML).toBe(before);
  });

  it('with the fallback painter, never wraps text the scanner does not read (found by the property test)', async () => {
    // A stress mark after a name, in a text node after a script: the mark ends at the name (markEnd),
    // and the script's text is never wrapped.
    const main = page('<b>Каррера<script>Каррера</script>\u0301</b>');
    const before = main.innerHTML;
    const spanning: TextMatcher = { find: (t) => (t.startsWith('Каррера') ? [{ entity: 'carrera', start: 0, end: t.length }] : []) };
    const scanner = new PageScanner({ root: main, matcher: spanning, painter: createMarkPainter(document) });
    scanner.start();
    await settle(scanner);
    expect([...main.querySelectorAll('carrera-lens-mark')].map((m) => m.textContent)).toEqual(['Каррера']);
    expect(main.querySelector('script')!.textContent).toBe('Каррера');
    scanner.stop();
    expect(main.innerHTML).toBe(before);
  });

  it('reports a failure inside its own work (not only the matcher) and keeps the page and later changes working', async () => {
    const main = page('<p>Каррера</p>');
    const errors: string[] = [];
    const painter = recordingPainter();
    let failNext = true;
    const onChange = () => {
      if (!failNext) return;
      failNext = false;
      throw new Error('listener failed');
    };
    const scanner = new PageScanner({ root: main, matcher, painter, onChange, onError: (_e, where) => errors.push(where) });
    scanner.start();
    await settle(scanner);
    expect(errors).toEqual(['scanning the page']);
    const added = document.createElement('p');
    added.textContent = 'Челси';
    main.append(added);
    await settle(scanner);
    expect([...painter.ranges].map((r) => r.toString())).toContain('Челси');
    scanner.stop();
  });

  it('reports a matcher failure and keeps scanning the rest of the page', async () => {
    const main = page('<p>boom</p><p>Каррера</p>');
    const errors: string[] = [];
    const failing: TextMatcher = {
      find: (t) => {
        if (t === 'boom') throw new Error('bad block');
        return matcher.find(t);
      },
    };
    const painter = recordingPainter();
    const scanner = new PageScanner({ root: main, matcher: failing, painter, onError: (_e, where) => errors.push(where) });
    scanner.start();
    await settle(scanner);
    expect(errors).toHaveLength(1);
    expect(painter.ranges.size).toBe(1);
    scanner.stop();
  });

  it('re-reads a block whose bare name the rest of the page decides: what the page says later counts', async () => {
    // The headline's bare «Каррера» needs evidence; the full name comes two blocks later, and then
    // in a post added after the scan.
    const main = page('<h1>Каррера заявил, что готов вернуться</h1><p>Погода в Москве.</p>');
    const painter = recordingPainter();
    const scanner = new PageScanner({ root: main, matcher: deferredMatcher(getMatcherInSteps), painter });
    scanner.start();
    await settle(scanner);
    expect([...painter.ranges].map((r) => r.toString())).toEqual([]);
    const post = document.createElement('p');
    post.textContent = 'Массимо Каррера дал интервью.';
    main.append(post);
    await settle(scanner);
    expect([...painter.ranges].map((r) => r.toString()).sort()).toEqual(['Каррера', 'Массимо Каррера']);
    scanner.stop();
  });

  it('re-reads only the blocks that read the entity the page learned about: a namesake of Conte re-reads the bare «Конте», not the bare «Каррера»', async () => {
    const main = page(
      '<p>«Ювентус» и «Спартак» Москва сыграли вничью.</p><p>Тренер Каррера готов вернуться.</p><p>Тренер Конте доволен.</p>',
    );
    const reads = new Map<string, number>();
    const real = deferredMatcher(getMatcherInSteps);
    const counting: TextMatcher = {
      ...real,
      find(text) {
        reads.set(text, (reads.get(text) ?? 0) + 1);
        return real.find(text);
      },
    };
    const painter = recordingPainter();
    const scanner = new PageScanner({ root: main, matcher: counting, painter });
    scanner.start();
    await settle(scanner);
    expect([...painter.ranges].map((r) => r.toString()).sort()).toEqual(['Каррера', 'Конте', 'Спартак', 'Ювентус']);
    const before = new Map(reads);
    const news = document.createElement('p');
    news.textContent = 'Джузеппе Конте выступил в парламенте.';
    main.append(news);
    await settle(scanner);
    // The page now has a namesake of Conte: the coach's bare name is read again and loses its mark;
    // nothing the Carrera block read has changed, so it is not read again.
    expect(reads.get('Тренер Конте доволен.')).toBeGreaterThan(before.get('Тренер Конте доволен.')!);
    expect(reads.get('Тренер Каррера готов вернуться.')).toBe(before.get('Тренер Каррера готов вернуться.'));
    expect([...painter.ranges].map((r) => r.toString()).sort()).toEqual(['Каррера', 'Спартак', 'Ювентус']);
    scanner.stop();
  });

  it('ends a mark at the name when its stress mark comes after markup the block skips (a script): the range covers no script text', async () => {
    const main = page('<p>Массимо Каррера<b><script>var x = "Массимо Каррера";</script>\u0301</b> дал интервью.</p>');
    const scanner = new PageScanner({ root: main, matcher: eachBlockAlone(getMatcher()), painter: recordingPainter() });
    scanner.start();
    await settle(scanner);
    expect(scanner.index.inDocumentOrder().map((m) => [m.text, m.range.toString()])).toEqual([['Массимо Каррера', 'Массимо Каррера']]);
    scanner.stop();
  });

  it('unmarks a bare name once the post that named it in full leaves the page, as a fresh load of what is left would (a live feed)', async () => {
    const main = page('<p>Массимо Каррера дал интервью.</p><h1>Каррера заявил, что готов вернуться</h1>');
    const painter = recordingPainter();
    const scanner = new PageScanner({ root: main, matcher: deferredMatcher(getMatcherInSteps), painter });
    scanner.start();
    await settle(scanner);
    expect([...painter.ranges].map((r) => r.toString()).sort()).toEqual(['Каррера', 'Массимо Каррера']);
    main.firstElementChild!.remove();
    await settle(scanner);
    expect(scanner.busy).toBe(false); // done, not re-reading in a loop
    const left = deferredMatcher(getMatcherInSteps);
    expect(left.find(main.textContent!).map((m) => m.entity)).toEqual([]); // what a fresh load finds
    expect([...painter.ranges].map((r) => r.toString())).toEqual([]);
    // The post comes back with other words: the page knows the name again.
    const post = document.createElement('p');
    post.textContent = 'Массимо Каррера ответил на вопросы.';
    main.prepend(post);
    await settle(scanner);
    expect([...painter.ranges].map((r) => r.toString()).sort()).toEqual(['Каррера', 'Массимо Каррера']);
    // A post whose text changes tells the page what it says now, not what it said.
    post.firstChild!.textContent = 'Погода в Москве.';
    await settle(scanner);
    expect([...painter.ranges].map((r) => r.toString())).toEqual([]);
    scanner.stop();
  });

  it('goes quiet after reading blocks again whose slice ended between taking back what they said and saying it again', async () => {
    // Each block names one entity in full and consults the other's standing, so re-reading one can
    // change what the other reads. The slice's budget runs out right after a block's contributions are
    // taken back, before it is read again (the dense bench page's live blog hit this by chance, and
    // the scanner re-read its blocks forever).
    const main = page('<p>Массимо Каррера сказал, что Конте прав.</p><p>Антонио Конте ответил Каррере.</p>');
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += 0.01));
    const matcher = deferredMatcher(getMatcherInSteps);
    const forget = matcher.forget;
    matcher.forget = (gone) => {
      forget(gone);
      now += 100; // the budget is spent here
    };
    const scanner = new PageScanner({ root: main, matcher, painter: recordingPainter() });
    try {
      scanner.start();
      await settle(scanner);
      expect(scanner.busy).toBe(false);
      expect(scanner.index.inDocumentOrder().map((m) => m.text)).toEqual(['Массимо Каррера', 'Конте', 'Антонио Конте', 'Каррере']);
      // A change of the page that re-reads both blocks ends too.
      main.firstElementChild!.append(' ');
      main.lastElementChild!.append(' ');
      await settle(scanner);
      expect(scanner.busy).toBe(false);
    } finally {
      scanner.stop();
      clock.mockRestore();
    }
  });

  it('forgets the blocks it would re-read once they leave the page', async () => {
    const main = page('<p>Каррера заявил, что готов вернуться.</p>');
    const scanner = new PageScanner({ root: main, matcher: deferredMatcher(getMatcherInSteps), painter: recordingPainter() });
    scanner.start();
    await settle(scanner);
    const held = () => (scanner as unknown as { pageDependent: Map<Element, number> }).pageDependent;
    expect(held().size).toBe(1);
    main.firstElementChild!.remove();
    main.append(document.createElement('p'));
    await settle(scanner);
    expect(held().size).toBe(0);
    scanner.stop();
  });
});

