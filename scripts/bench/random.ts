/** What the benches' generated text is made of: seeded random numbers and filler words. */

/** Deterministic pseudo-random numbers, so every run benchmarks the same pages and text. */
export function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Russian football-news words that are no entity's name. */
export const RUSSIAN_FILLER = (
  'матч команда тренер сезон победа поражение ничья гол нападающий защитник вратарь полузащитник стадион ' +
  'болельщики трибуны чемпионат кубок турнир игра счет минута тайм удар пенальти штрафной угловой передача ' +
  'атака оборона состав замена травма контракт трансфер клуб лига таблица очки лидер соперник выезд дома ' +
  'заявил отметил сообщил рассказал признался провел забил пропустил обыграл уступил вышел вернулся ' +
  'в на с по за после перед во время уже еще не только но и а также который этот свой новый главный'
).split(' ');
