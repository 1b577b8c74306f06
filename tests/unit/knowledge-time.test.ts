import { describe, expect, it } from 'vitest';
import { formatFactTime, parseFactDate } from '../../lib/knowledge/time';

describe('fact time labels', () => {
  it.each([
    [{ date: '2018-10-22', precision: 'day' }, '22 октября 2018', '22 October 2018'],
    [{ date: '2019-10', precision: 'month' }, 'октябрь 2019', 'October 2019'],
    [{ date: '2009', precision: 'year' }, '2009', '2009'],
    [{ date: '2016/17', precision: 'season' }, 'сезон 2016/17', '2016/17 season'],
    [{ date: '2019-03-01', precision: 'day' }, '1 марта 2019', '1 March 2019'],
  ] as const)('labels %o as "%s" / "%s"', (time, ru, en) => {
    expect(formatFactTime(time, 'ru')).toBe(ru);
    expect(formatFactTime(time, 'en')).toBe(en);
  });
});

describe('fact dates', () => {
  it('turns each precision into the range of days it covers', () => {
    expect(parseFactDate('2009', 'year')).toEqual({ start: '2009-01-01', end: '2009-12-31' });
    expect(parseFactDate('2020-02', 'month')).toEqual({ start: '2020-02-01', end: '2020-02-29' });
    expect(parseFactDate('2018-10-22', 'day')).toEqual({ start: '2018-10-22', end: '2018-10-22' });
    expect(parseFactDate('2099/00', 'season')).toEqual({ start: '2099-07-01', end: '2100-06-30' });
  });

  it.each([
    ['2019-02-29', 'day'],
    ['2018-1-5', 'day'],
    ['2018-00', 'month'],
    ['20090', 'year'],
    ['2016-17', 'season'],
    ['2016/18', 'season'],
  ] as const)('rejects %s as a %s date', (date, precision) => {
    expect(parseFactDate(date, precision)).toBeUndefined();
  });
});
