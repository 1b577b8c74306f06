import { describe, expect, it } from 'vitest';
import { getMatcher } from '../../lib/matcher';
import { MAX_SENTENCE_REACH, sentenceAround } from '../../lib/matcher/context';

/**
 * A page can hold one huge text without a single full stop (a hostile page, a log, a data dump).
 * The context rules read the sentence around each candidate; uncapped, that sentence was the whole
 * text, so a 64 KB run of surnames took ~25 s to match (every candidate reread everything).
 */
describe('matching a huge text without sentence ends', () => {
  it('reads at most MAX_SENTENCE_REACH characters on each side of a candidate', () => {
    const text = 'слово '.repeat(50_000);
    const start = 150_000;
    const [from, to] = sentenceAround(text, start, start + 5);
    expect(start - from).toBeLessThanOrEqual(MAX_SENTENCE_REACH);
    expect(to - (start + 5)).toBeLessThanOrEqual(MAX_SENTENCE_REACH);
  });

  it('still ends a sentence at its full stop or line break, well inside the cap', () => {
    const text = 'Первое предложение. Каррера вернулся в Москву! Потом\nещё';
    const at = text.indexOf('Каррера');
    const [from, to] = sentenceAround(text, at, at + 'Каррера'.length);
    expect(text.slice(from, to)).toBe('Каррера вернулся в Москву!');
  });

  it('finds every mention of a 64 KB run of surnames with no full stop', () => {
    const text = 'Массимо Каррера '.repeat(4_000);
    const mentions = getMatcher().find(text);
    expect(mentions).toHaveLength(4_000);
    expect(mentions.every((m) => m.entity === 'carrera' && m.text === 'Массимо Каррера')).toBe(true);
  });
});
