/**
 * Fact times: the form each precision takes, parsing it into a date range, and the label a card shows.
 * year `2009` · month `2019-10` · day `2018-10-22` · season `2016/17` (a season starts in July).
 */
import type { FactTime, Lang, TimePrecision } from './types';

/** How `time.date` must be written for each precision (shown in error messages). */
export const DATE_FORMS: Record<TimePrecision, string> = {
  year: 'YYYY (e.g. 2009)',
  month: 'YYYY-MM (e.g. 2019-10)',
  day: 'YYYY-MM-DD (e.g. 2018-10-22)',
  season: 'YYYY/YY (e.g. 2016/17)',
};

/** A closed range of ISO days `YYYY-MM-DD`, comparable as strings. */
export interface DayRange {
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The range a time covers, or `undefined` when `date` is not a real date in its precision's form. */
export function parseFactDate(date: string, precision: TimePrecision): DayRange | undefined {
  let match: RegExpExecArray | null;
  switch (precision) {
    case 'year':
      if (!(match = /^(\d{4})$/.exec(date))) return undefined;
      return { start: iso(+match[1]!, 1, 1), end: iso(+match[1]!, 12, 31) };
    case 'month': {
      if (!(match = /^(\d{4})-(\d{2})$/.exec(date))) return undefined;
      const [y, m] = [+match[1]!, +match[2]!];
      if (m < 1 || m > 12) return undefined;
      return { start: iso(y, m, 1), end: iso(y, m, daysInMonth(y, m)) };
    }
    case 'day': {
      if (!(match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date))) return undefined;
      const [y, m, d] = [+match[1]!, +match[2]!, +match[3]!];
      if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
      return { start: date, end: date };
    }
    case 'season': {
      if (!(match = /^(\d{4})\/(\d{2})$/.exec(date))) return undefined;
      const y = +match[1]!;
      if (+match[2]! !== (y + 1) % 100) return undefined;
      return { start: iso(y, 7, 1), end: iso(y + 1, 6, 30) };
    }
  }
}

const MONTHS: Record<Lang, { alone: string[]; inDate: string[] }> = {
  ru: {
    alone: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
    inDate: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  },
  it: {
    alone: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    inDate: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  },
  en: {
    alone: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    inDate: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  },
};

/**
 * Human label: "22 октября 2018" / "22 October 2018" / "22 ottobre 2018", "октябрь 2019", "2009",
 * "сезон 2016/17" / "2016/17 season" / "stagione 2016/17".
 */
export function formatFactTime(time: FactTime, lang: Lang): string {
  const [y, m, d] = time.date.split('-');
  switch (time.precision) {
    case 'year':
      return time.date;
    case 'month':
      return `${MONTHS[lang].alone[+m! - 1]} ${y}`;
    case 'day':
      return `${+d!} ${MONTHS[lang].inDate[+m! - 1]} ${y}`;
    case 'season':
      return { ru: `сезон ${time.date}`, en: `${time.date} season`, it: `stagione ${time.date}` }[lang];
  }
}
