import { afterEach, describe, expect, it } from 'vitest';
import { getMatcher } from '../../lib/matcher';
import { GATE_PIECE_CHARS, watchForNames } from '../../lib/content/name-gate';
import { pagePrefilter } from '../../lib/content/page-prefilter';
import { mayName } from '../../lib/matcher/prefilter';
import { loadCorpus } from '../fixtures/corpus/load-corpus';

const look = (text: string) => mayName(text, pagePrefilter());

async function until(condition: () => boolean, ms = 2_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition() && Date.now() < end) await new Promise((r) => setTimeout(r, 5));
}
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
  document.body.innerHTML = '';
});

function watch(): { calls: () => number } {
  let calls = 0;
  stop = watchForNames({ doc: document, mayName: look, onMaybe: () => void calls++ });
  return { calls: () => calls };
}

/** A page quiet at first says "maybe" once, and only after `change` makes a name on it. */
async function expectMaybeOnlyAfter(html: string, change: () => void): Promise<void> {
  document.body.innerHTML = html;
  const gate = watch();
  await pause(60);
  expect(gate.calls()).toBe(0);
  change();
  await until(() => gate.calls() > 0);
  expect(gate.calls()).toBe(1);
}

describe('waiting for a name before loading the marking code', () => {
  it('says "maybe" once for a page that names one of ours, in any case form', async () => {
    document.body.innerHTML = '<main><p>Новости</p><p>Интервью <b>Кар</b>реры о «Спартаке».</p></main>';
    const gate = watch();
    await until(() => gate.calls() > 0);
    await pause(30);
    expect(gate.calls()).toBe(1);
  });

  it('compiles its look in slices of its own, to bytecode and then to machine code for both kinds of string, before it reads the page', async () => {
    document.body.innerHTML = '<main><p>Интервью Карреры о «Спартаке».</p></main>';
    const looked: string[] = [];
    let maybe = false;
    // A microtask queued in one task runs before the next task: if it has not run, two looks shared a task.
    let sameTask = false;
    let shared = false;
    const mayName = (text: string) => {
      shared ||= sameTask;
      sameTask = true;
      queueMicrotask(() => (sameTask = false));
      looked.push(text);
      return look(text);
    };
    stop = watchForNames({ doc: document, mayName, onMaybe: () => void (maybe = true) });
    await until(() => maybe);
    // '' compiles the regex; blank texts over 1,000 characters, one of one-byte and one of two-byte
    // characters, make the engines compile it to machine code for each; only then a piece of the page.
    expect(looked.length).toBe(4);
    expect(looked[0]).toBe('');
    for (const warm of looked.slice(1, 3)) {
      expect(warm.trim()).toBe('');
      expect(warm.length).toBeGreaterThan(1_000);
    }
    expect(looked[1]!.charCodeAt(0)).toBeLessThan(0x100);
    expect(looked[2]!.charCodeAt(0)).toBeGreaterThan(0xff);
    expect(looked[3]).toContain('Карреры');
    expect(shared).toBe(false);
  });

  it('stays quiet on a page without our names, and says "maybe" when the page adds one later', async () => {
    await expectMaybeOnlyAfter(`<main><p>${'Погода в Москве: дождь и ветер. '.repeat(50)}</p></main>`, () => {
      const post = document.createElement('p');
      post.textContent = 'Главный тренер «Ювентуса» дал интервью.';
      document.querySelector('main')!.prepend(post);
    });
  });

  it('sees a name typed into a text node that holds half of it', async () => {
    await expectMaybeOnlyAfter('<p id="score"><span>Кар</span><span id="rest">ма</span></p>', () => {
      (document.getElementById('rest')!.firstChild as Text).data = 'рера';
    });
  });

  it('sees a name that straddles two of the pieces a long page is looked at in', async () => {
    const filler = 'а'.repeat(GATE_PIECE_CHARS - 3);
    document.body.innerHTML = `<p>${filler} Каррера ${'б'.repeat(GATE_PIECE_CHARS)}</p>`;
    const gate = watch();
    await until(() => gate.calls() > 0);
    expect(gate.calls()).toBe(1);
  });

  it('sees a two-word name split by a long run of spaces right at the boundary of two pieces', async () => {
    // «Old Lady» (Juventus): neither word is a name alone; the piece boundary falls inside the spaces.
    const filler = 'а'.repeat(GATE_PIECE_CHARS - 1_000);
    const name = `Old${' '.repeat(2_000)}Lady`;
    document.body.innerHTML = `<p>${filler} ${name} ${'б'.repeat(GATE_PIECE_CHARS)}</p>`;
    expect(look(name)).toBe(true);
    expect(look(`${filler} Old`) || look(`${' '.repeat(300)}Lady`)).toBe(false);
    const gate = watch();
    await until(() => gate.calls() > 0);
    expect(gate.calls()).toBe(1);
  });

  it('sees a name that a removal joins inside a block («Кар<span>…</span>рера», the span removed)', async () => {
    await expectMaybeOnlyAfter('<p id="p">Кар<span id="ad">—реклама—</span>рера</p>', () => document.getElementById('ad')!.remove());
  });

  it('reads a long page of many nodes to its end, and sees a name in its last paragraph', async () => {
    const filler = '<p>Погода в Москве: дождь и ветер, <i>температура</i> около нуля.</p>'.repeat(3_000);
    document.body.innerHTML = `<main>${filler}<p>Тренер «Ювентуса» доволен.</p></main>`;
    const gate = watch();
    await until(() => gate.calls() > 0, 5_000);
    expect(gate.calls()).toBe(1);
  });

  it('says nothing once stopped', async () => {
    document.body.innerHTML = '<p>Массимо Каррера</p>';
    const gate = watch();
    stop!();
    await pause(60);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Челси' }));
    await pause(30);
    expect(gate.calls()).toBe(0);
  });

  it('lets no line with a mention pass, in the corpus of written sentences', () => {
    const matcher = getMatcher();
    const missed = loadCorpus().filter((s) => matcher.find(s.text).length > 0 && !look(s.text));
    expect(missed.map((s) => s.text)).toEqual([]);
  });
});
