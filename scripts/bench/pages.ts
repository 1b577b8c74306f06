/**
 * The benchmark's pages, generated deterministically (same seed, same pages on every run):
 *  - `news`: a large news page (header menu, article with inline links and emphasis, quotes, lists,
 *    related news, a long comment thread, footer): ~2 MB of text (UTF-8) in ~20,000 text nodes,
 *    with a few hundred mentions taken from the article and the labeled corpus (misses included);
 *  - `inline`: a page of many small inline elements (every word its own <span>, names split
 *    across elements), ~60,000 elements;
 *  - `live`: a smaller article whose page script appends paragraphs one by one when told to
 *    (a live blog), each with a known number of mentions.
 * The expected number of mentions of each page is computed in Node with the product's own code
 * (text blocks read from a happy-dom DOM, the matcher per block), so a run checks that the
 * extension marked exactly what it should before any of its timings count.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { findInPage, getMatcher } from '../../lib/matcher';
import { EXTENSION_ORIGIN, pageUrl } from './browser';
import { iterateTextBlocks } from '../../lib/page/text-blocks';
import { loadCorpus } from '../../tests/fixtures/corpus/load-corpus';
import { mulberry32, RUSSIAN_FILLER } from './random';

export interface BenchPage {
  name: 'news' | 'inline' | 'live' | 'dense' | 'feed';
  description: string;
  html: string;
  /** Mentions the extension must mark on the page as served. */
  expectedMentions: number;
  textBytes: number;
  textNodes: number;
  elements: number;
}

export interface LivePage extends BenchPage {
  /** HTML of the paragraphs the page appends, in order, and their mentions. */
  appended: { html: string; mentions: number; textBytes: number }[];
}

const FILLER = RUSSIAN_FILLER;

const USERS = ['fan_1922', 'Красно-белый', 'Ultras77', 'Mister_Ball', 'Тактик', 'Гость', 'Болельщик', 'SerieA_lover'];

class Generator {
  private readonly random: () => number;
  /** Sentences with names (the article's and the labeled corpus, where some are deliberate misses). */
  private readonly named: string[];

  constructor(seed: number) {
    this.random = mulberry32(seed);
    const root = process.cwd();
    const article = readFileSync(resolve(root, 'assets/article.ru.txt'), 'utf8')
      .split('\n')
      .flatMap((line) => line.split(/(?<=[.!?…»])\s+(?=[А-ЯЁA-Z«"])/u))
      .filter((s) => s.trim().length > 20);
    this.named = [...article, ...loadCorpus().map((s) => s.text)];
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)]!;
  }

  chance(p: number): boolean {
    return this.random() < p;
  }

  int(from: number, to: number): number {
    return from + Math.floor(this.random() * (to - from + 1));
  }

  words(count: number): string[] {
    return Array.from({ length: count }, () => this.pick(FILLER));
  }

  sentence(): string {
    const words = this.words(this.int(8, 20)).join(' ');
    return `${words[0]!.toUpperCase()}${words.slice(1)}.`;
  }

  namedSentence(): string {
    return escapeHtml(this.pick(this.named));
  }

  /** Filler sentence with some words in inline elements (links, bold, italics). */
  inlineSentence(): string {
    const words = this.words(this.int(8, 20));
    const out: string[] = [];
    for (let i = 0; i < words.length; i++) {
      let word = i === 0 ? `${words[i]![0]!.toUpperCase()}${words[i]!.slice(1)}` : words[i]!;
      const roll = this.random();
      if (roll < 0.025) word = `<a href="/tags/${this.int(1, 999)}/">${word} ${words[++i] ?? ''}</a>`;
      else if (roll < 0.035) word = `<b>${word}</b>`;
      else if (roll < 0.04) word = `<i>${word}</i>`;
      out.push(word);
    }
    return `${out.join(' ')}.`;
  }

  /** A paragraph of filler with inline elements, and a named sentence with probability `namedShare`. */
  paragraph(namedShare: number): string {
    const sentences: string[] = [];
    const count = this.int(3, 6);
    for (let s = 0; s < count; s++) sentences.push(this.inlineSentence());
    if (this.chance(namedShare)) sentences.splice(this.int(0, sentences.length), 0, this.namedSentence());
    return sentences.join(' ');
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const STYLE = `
body { font: 17px/1.5 Georgia, serif; margin: 0; color: #222; }
header nav ul, footer ul { display: flex; flex-wrap: wrap; gap: 8px; list-style: none; padding: 8px; }
main { display: grid; grid-template-columns: minmax(0, 720px) 300px; gap: 32px; padding: 16px 32px; }
.comment { border-top: 1px solid #ddd; padding: 6px 0; } .comment .meta { color: #777; font-size: 13px; }
blockquote { border-left: 3px solid #c00; margin-left: 0; padding-left: 12px; }`;

function document(title: string, body: string, script = ''): string {
  return `<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style></head>
<body>${body}${script}</body></html>`;
}

function header(g: Generator): string {
  const items = Array.from({ length: 40 }, (_, i) => `<li><a href="/section/${i}/">${g.pick(FILLER)}</a></li>`).join('');
  return `<header><nav><ul>${items}</ul></nav></header>`;
}

function footer(g: Generator): string {
  const items = Array.from({ length: 30 }, (_, i) => `<li><a href="/about/${i}/">${g.words(2).join(' ')}</a></li>`).join('');
  return `<footer><ul>${items}</ul><p>© 2019 Спортивное издание. Все права защищены.</p></footer>`;
}

/** Article body: paragraphs with inline elements, now and then a subheading, a quote or a list. */
function articleBody(g: Generator, targetBytes: number, namedShare: number): string {
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const roll = g.chance(0.04) ? 'h2' : g.chance(0.04) ? 'quote' : g.chance(0.04) ? 'list' : 'p';
    let html: string;
    if (roll === 'h2') html = `<h2>${g.sentence()}</h2>`;
    else if (roll === 'quote') html = `<blockquote><p>«${g.paragraph(namedShare)}»</p></blockquote>`;
    else if (roll === 'list') html = `<ul>${Array.from({ length: g.int(3, 6) }, () => `<li>${g.inlineSentence()}</li>`).join('')}</ul>`;
    else html = `<p>${g.paragraph(namedShare)}</p>`;
    parts.push(html);
    bytes += Buffer.byteLength(html);
  }
  return parts.join('\n');
}

function comments(g: Generator, count: number, namedShare: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const text = g.chance(namedShare) ? g.namedSentence() : g.sentence();
    out.push(
      `<div class="comment"><div class="meta"><b>${g.pick(USERS)}</b> <span>${g.int(1, 59)} мин. назад</span></div>` +
        `<p>${text}</p><div class="actions"><a href="#r${i}">Ответить</a> <span>${g.int(0, 40)}</span></div></div>`,
    );
  }
  return `<section class="comments"><h3>Комментарии</h3>${out.join('\n')}</section>`;
}

function related(g: Generator, count: number): string {
  const items = Array.from({ length: count }, (_, i) => `<li><a href="/news/${i}.html">${g.sentence()}</a> <time>${g.int(10, 23)}:${g.int(10, 59)}</time></li>`);
  return `<aside><h3>Читайте также</h3><ul>${items.join('')}</ul></aside>`;
}

function newsPage(): BenchPage {
  const g = new Generator(2019);
  const body =
    header(g) +
    `<main><article><h1>Каррера заявил, что готов снова поработать в России</h1>` +
    `<p class="lead">${g.paragraph(1)}</p>${articleBody(g, 2_000_000, 0.11)}</article>` +
    related(g, 120) +
    comments(g, 500, 0.05) +
    `</main>` +
    footer(g);
  return describe('news', 'news page: 2 MB of text, ~20,000 text nodes, a few hundred mentions', document('Новости', body));
}

function inlinePage(): BenchPage {
  const g = new Generator(2020);
  const paragraphs: string[] = [];
  for (let p = 0; p < 700; p++) {
    const text = g.chance(0.2) ? `${g.pick(['Сегодня', 'Вчера', 'Ранее'])} ${unescapeHtml(g.namedSentence())} ${g.sentence()}` : `${g.sentence()} ${g.sentence()}`;
    // Every word its own element: names are split across elements, as some sites render them.
    const spans = text.split(' ').map((word, i) => `<span class="w${i % 7}">${escapeHtml(word)}</span>`);
    paragraphs.push(`<p>${spans.join(' ')}</p>`);
  }
  const body = header(g) + `<main><article><h1>Онлайн-разбор матча</h1>${paragraphs.join('\n')}</article></main>` + footer(g);
  return describe('inline', 'many small inline elements: every word its own <span>, names split across them', document('Разбор', body));
}

function unescapeHtml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * Paragraphs added to a page (the incremental case, the live page's posts), each with the mentions it
 * has once it is on that page: the page's address and what the rest of it says are part of the
 * decision (lib/matcher/page-context.ts), so a paragraph is counted in the page it is added to.
 */
export function appendedParagraphs(seed: number, count: number, onPage: { name: BenchPage['name']; html: string }): { html: string; mentions: number; textBytes: number }[] {
  const g = new Generator(seed);
  const htmls = Array.from({ length: count }, () => `<p>${g.paragraph(0.5)}</p>`);
  const mentions = mentionsOfAdded(onPage.html, onPage.name, htmls);
  return htmls.map((html, i) => ({ html, mentions: mentions[i]!, textBytes: analyse(`<!doctype html><html><body>${html}</body></html>`).textBytes }));
}

/** The mentions of each added element once all of them are on the page (the end state the extension reaches). */
function mentionsOfAdded(pageHtml: string, name: BenchPage['name'], added: string[]): number[] {
  const window = new Window();
  const doc = window.document;
  doc.write(pageHtml);
  const owner = new Map<unknown, number>();
  added.forEach((html, i) => {
    const holder = doc.createElement('div');
    holder.innerHTML = html;
    const element = holder.firstElementChild!;
    doc.body!.append(element);
    owner.set(element, i);
  });
  const blocks = [...iterateTextBlocks(doc.documentElement as unknown as Node)];
  const found = findInPage(getMatcher(), blocks.map((block) => block.text), { url: pageUrl(EXTENSION_ORIGIN, name), title: doc.title });
  const counts = added.map(() => 0);
  blocks.forEach((block, i) => {
    for (let up: Node | null = block.element; up; up = up.parentNode) {
      const index = owner.get(up);
      if (index !== undefined) {
        counts[index]! += found[i]!.length;
        break;
      }
    }
  });
  void window.happyDOM.close();
  return counts;
}

export const LIVE_APPENDS = 100;
export const LIVE_INTERVAL_MS = 50;

function livePage(): LivePage {
  const g = new Generator(2021);
  const body = header(g) + `<main><article id="feed"><h1>Онлайн-трансляция</h1>${articleBody(g, 300_000, 0.09)}</article></main>` + footer(g);
  const appended = appendedParagraphs(77, LIVE_APPENDS, { name: 'live', html: document('Трансляция', body) });
  // The feed's own script: once the driver says go, puts one paragraph every LIVE_INTERVAL_MS at the
  // top of the feed (newest first, as live blogs do, so it lands on the reader's screen) and records,
  // for each, when the extension's highlight first held all of its marks (checked every frame).
  const script = `<script>
window.__live = { appended: ${JSON.stringify(appended.map((a) => a.html))}, expected: ${JSON.stringify(appended.map((a) => a.mentions))},
  start() {
    const feed = document.getElementById('feed'); const heading = feed.querySelector('h1'); const state = this; state.log = []; state.done = false;
    let i = 0;
    let pending = [];
    const marksIn = (element) => {
      let n = 0;
      for (const range of CSS.highlights.get('carrera-lens-mention') ?? []) if (element.contains(range.startContainer)) n++;
      return n;
    };
    const check = () => {
      pending = pending.filter((p) => (marksIn(p.element) >= p.expected ? (state.log.push(performance.now() - p.at), false) : true));
      if (i < state.appended.length || pending.length) requestAnimationFrame(check); else state.done = true;
    };
    const timer = setInterval(() => {
      const holder = document.createElement('div'); holder.innerHTML = state.appended[i];
      const element = holder.firstChild; heading.after(element);
      if (state.expected[i] > 0) pending.push({ element, expected: state.expected[i], at: performance.now() });
      i++;
      if (i === state.appended.length) clearInterval(timer);
    }, ${LIVE_INTERVAL_MS});
    requestAnimationFrame(check);
  } };
</script>`;
  const page = describe('live', `live page: ${LIVE_APPENDS} paragraphs appended one every ${LIVE_INTERVAL_MS} ms`, document('Трансляция', body, script));
  return { ...page, appended };
}

function describe(name: BenchPage['name'], description: string, html: string): BenchPage {
  return { name, description, html, ...analyse(html, name) };
}

/** The mentions the extension must mark on a page (its HTML as served or as serialized at some moment). */
export function countMentions(html: string): number {
  return analyse(html, 'feed').expectedMentions;
}

/**
 * Counts with the product's own code: text blocks of the parsed page, the matcher deciding them as one
 * page at the address the bench serves it from with the extension (the address is part of the decision,
 * lib/matcher/page-context.ts).
 */
function analyse(html: string, name = 'page'): { expectedMentions: number; textBytes: number; textNodes: number; elements: number } {
  const window = new Window();
  const doc = window.document;
  doc.write(html);
  const blocks = [...iterateTextBlocks(doc.documentElement as unknown as Node)].map((block) => block.text);
  const found = findInPage(getMatcher(), blocks, { url: pageUrl(EXTENSION_ORIGIN, name), title: doc.title });
  const expectedMentions = found.reduce((n, mentions) => n + mentions.length, 0);
  let textBytes = 0;
  let textNodes = 0;
  const walker = doc.createTreeWalker(doc.body!, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentNode?.nodeName === 'SCRIPT') continue;
    textNodes++;
    textBytes += Buffer.byteLength((node as unknown as Text).data);
  }
  const elements = doc.querySelectorAll('*').length;
  void window.happyDOM.close();
  return { expectedMentions, textBytes, textNodes, elements };
}

export interface BenchPages {
  news: BenchPage;
  inline: BenchPage;
  live: LivePage;
  dense: BenchPage;
  feed: FeedPage;
}

const MAKERS: { [K in keyof BenchPages]: () => BenchPages[K] } = { news: newsPage, inline: inlinePage, live: livePage, dense: densePage, feed: feedPage };

export function generatePages(): BenchPages {
  return { news: newsPage(), inline: inlinePage(), live: livePage(), dense: densePage(), feed: feedPage() };
}

/** One page (each page has its own seed, so it is the same alone as in generatePages). */
export function generatePage<K extends keyof BenchPages>(name: K): BenchPages[K] {
  return MAKERS[name]();
}

const AUTHORS = ['Ведущий', 'Корреспондент', 'Редакция', 'Обозреватель', 'Наш человек на стадионе'];

/** A live-blog post: time and author, then paragraphs of sentences, `namedShare` of them with names. */
function livePost(g: Generator, id: number, namedShare: number, sentences: [number, number]): string {
  const paragraphs: string[] = [];
  const count = g.int(1, 3);
  for (let p = 0; p < count; p++) {
    const parts: string[] = [];
    for (let s = g.int(sentences[0], sentences[1]); s > 0; s--) parts.push(g.chance(namedShare) ? g.namedSentence() : g.inlineSentence());
    paragraphs.push(`<p>${parts.join(' ')}</p>`);
  }
  const time = `${g.int(10, 23)}:${String(g.int(0, 59)).padStart(2, '0')}`;
  return `<div class="post" id="post-${id}"><div class="meta"><time>${time}</time> <b>${g.pick(AUTHORS)}</b></div>${paragraphs.join('')}</div>`;
}

/**
 * `dense`: a 2 MB live blog made mostly of sentences with names (the article's and the corpus's),
 * ~19,000 mentions: the page where every scan step has mentions to mark and the highlight is full.
 */
function densePage(): BenchPage {
  const g = new Generator(2022);
  const posts: string[] = [];
  let bytes = 0;
  for (let id = 0; bytes < 2_000_000; id++) {
    const post = livePost(g, id, 0.85, [2, 5]);
    posts.push(post);
    bytes += Buffer.byteLength(post.replace(/<[^>]+>/g, ''));
  }
  const body = header(g) + `<main><article id="feed"><h1>Онлайн-трансляция: Спартак — Дженоа</h1>${posts.join('\n')}</article></main>` + footer(g);
  return describe('dense', 'live blog: 2 MB of text, most sentences with names (≥ 15,000 mentions)', document('Трансляция', body));
}

export interface FeedPage extends BenchPage {
  /** Posts the feed puts on top, a round at a time. */
  pool: string[];
}

export const FEED_POSTS = 200;
export const FEED_ROUND_POSTS = 20;
export const FEED_ROUND_MS = 100;
export const FEED_SCORE_MS = 50;

/**
 * `feed`: an infinite live feed. Once the driver says go, the page's own script puts FEED_ROUND_POSTS
 * new posts on top every FEED_ROUND_MS and drops as many of the oldest, so the page always holds
 * FEED_POSTS posts, and rewrites the score line every FEED_SCORE_MS. Posts are made afresh from a
 * pool of seeded HTML each time (new nodes, as a live page gets them from its server). A page that
 * stays the same size: whatever grows while it runs is kept alive by someone.
 */
function feedPage(): FeedPage {
  const g = new Generator(2023);
  const initial = Array.from({ length: FEED_POSTS }, (_, i) => livePost(g, i, 0.3, [1, 3]));
  const pool = Array.from({ length: 400 }, (_, i) => livePost(g, FEED_POSTS + i, 0.3, [1, 3]));
  const script = `<script>
window.__feed = { pool: ${JSON.stringify(pool)}, rounds: 0, running: false,
  start() {
    const feed = document.getElementById('feed'); const score = document.getElementById('score'); const state = this;
    let next = 0; let tick = 0; state.running = true;
    state.roundTimer = setInterval(() => {
      const holder = document.createElement('div');
      holder.innerHTML = Array.from({ length: ${FEED_ROUND_POSTS} }, () => state.pool[next++ % state.pool.length]).join('');
      feed.prepend(...holder.childNodes);
      for (let i = 0; i < ${FEED_ROUND_POSTS}; i++) feed.lastElementChild.remove();
      state.rounds++;
    }, ${FEED_ROUND_MS});
    state.scoreTimer = setInterval(() => {
      tick++;
      score.textContent = 'Спартак — Дженоа ' + (tick % 5) + ':' + (tick % 3) + ', ' + (tick % 90) + '-я минута';
    }, ${FEED_SCORE_MS});
  },
  stop() { clearInterval(this.roundTimer); clearInterval(this.scoreTimer); this.running = false; },
};
</script>`;
  const body =
    header(g) +
    `<main><article><h1>Лента: Спартак — Дженоа</h1><div class="score" id="score">Спартак — Дженоа 0:0, 1-я минута</div>` +
    `<section id="feed">${initial.join('\n')}</section></article></main>` +
    footer(g);
  const page = describe('feed', `live feed: ${FEED_ROUND_POSTS} posts on top and ${FEED_ROUND_POSTS} dropped every ${FEED_ROUND_MS} ms, score line every ${FEED_SCORE_MS} ms`, document('Лента', body, script));
  return { ...page, pool };
}
