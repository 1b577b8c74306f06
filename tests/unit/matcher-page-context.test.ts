import { describe, expect, it } from 'vitest';
import { getMatcher } from '../../lib/matcher';

const newPage = () => getMatcher().newPage({ url: 'https://www.sports.ru/football/' });
const A = {};
const B = {};

describe('page context on a live page', () => {
  it('takes back what a removed block said: the standing falls, and the version says so', () => {
    const page = newPage();
    page.readingFrom(A);
    page.confirm('conte', 'named', 'Антонио Конте возглавил «Ювентус».');
    page.readingFrom(null);
    expect(page.standing('conte')).toBe('ours');
    const version = page.version;
    page.withdraw(A);
    expect(page.version).toBe(version + 1);
    expect(page.standing('conte')).toBe('none');
  });

  it('a block read again that says the same is no change (no re-reads set off)', () => {
    const page = newPage();
    const read = () => {
      page.readingFrom(A);
      page.confirm('conte', 'named', 'Антонио Конте возглавил «Ювентус».');
      page.noteNamesake('carrera', 'Porsche Carrera на трассе.');
      page.readingFrom(null);
    };
    read();
    const version = page.version;
    page.withdraw(A);
    read();
    expect(page.version).toBe(version);
    expect(page.standing('conte')).toBe('ours');
    expect(page.standing('carrera')).toBe('namesake');
  });

  it('a block read again changes no standing while it is read, even for a moment (the dense bench page re-read 1,383 blocks without end)', () => {
    const page = newPage();
    const read = () => {
      page.readingFrom(A);
      // A namesake first, then the full name: with what the block said taken back, the first alone
      // would make Carrera a namesake until the second came.
      page.noteNamesake('carrera', 'Porsche Carrera на трассе.');
      page.confirm('carrera', 'named', 'Массимо Каррера дал интервью.');
      page.readingFrom(null);
    };
    read();
    const version = page.version;
    expect(page.standing('carrera')).toBe('ours');
    page.withdraw(A);
    read();
    expect(page.changedSince(version)).toBe(0);
    expect(page.version).toBe(version);
    // Read again saying only the namesake: now the standing changes, once.
    page.withdraw(A);
    page.readingFrom(A);
    page.noteNamesake('carrera', 'Porsche Carrera на трассе.');
    page.readingFrom(null);
    expect(page.version).toBe(version + 1);
    expect(page.standing('carrera')).toBe('namesake');
  });

  it('keeps a bounded log of changes on a page that runs for hours, and still names every entity changed since an old version', () => {
    const page = newPage();
    const log = () => (page as unknown as { changeLog: number[] }).changeLog.length;
    const start = page.version;
    // A post naming Conte comes and goes, again and again (a live feed); Carrera changes once, early.
    page.readingFrom(B);
    page.confirm('carrera', 'named', 'Массимо Каррера дал интервью.');
    page.readingFrom(null);
    for (let i = 0; i < 5000; i++) {
      page.readingFrom(A);
      page.confirm('conte', 'named', `Антонио Конте, пост ${i}.`);
      page.readingFrom(null);
      void page.version;
      page.withdraw(A);
      void page.version;
    }
    expect(page.version).toBeGreaterThan(9000);
    expect(log()).toBeLessThanOrEqual(1024);
    const changed = page.changedSince(start);
    const recent = page.changedSince(page.version - 2);
    expect(recent).toBeGreaterThan(0);
    // Since the start: Conte and Carrera (folded), and the bits of the recent changes.
    expect(changed & recent).toBe(recent);
    const carreraOnly = (() => {
      const other = newPage();
      const v = other.version;
      other.confirm('carrera', 'named', 'Массимо Каррера дал интервью.');
      return other.changedSince(v);
    })();
    expect(changed & carreraOnly & ~recent).not.toBe(0);
    expect(page.changedSince(page.version)).toBe(0);
  });

  it('a sentence two blocks share counts once, and stays while one of them is on the page', () => {
    const page = newPage();
    for (const source of [A, B]) {
      page.readingFrom(source);
      page.confirm('carrera', 'named', 'Массимо Каррера дал интервью.');
    }
    page.readingFrom(null);
    page.noteNamesake('carrera', 'Porsche Carrera на трассе.'); // one namesake sentence against one named: ours
    expect(page.standing('carrera')).toBe('ours');
    page.withdraw((source) => source === A);
    expect(page.standing('carrera')).toBe('ours');
    page.withdraw(B);
    void page.version;
    expect(page.standing('carrera')).toBe('namesake');
  });
});
