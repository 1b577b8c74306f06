import type { EntityKind, Lang } from '../knowledge';

/** The card's own words (not facts): labels, buttons, announcements. */
export const CARD_STRINGS = {
  ru: {
    kind: { person: 'Персона', club: 'Клуб', national_team: 'Сборная' } satisfies Record<EntityKind, string>,
    showQuote: 'Цитата',
    hideQuote: 'Скрыть цитату',
    quoteLabel: 'Цитата из статьи',
    inferred: 'выведено',
    related: 'Также в статье',
    close: 'Закрыть',
    source: 'Источник',
    allFacts: (n: number) => `Все факты (${n})`,
    fewerFacts: 'Свернуть',
    gear: 'Настройки Carrera Lens',
    turnOffSite: 'Выключить на этом сайте',
    openSettings: 'Настройки',
  },
  en: {
    kind: { person: 'Person', club: 'Club', national_team: 'National team' } satisfies Record<EntityKind, string>,
    showQuote: 'Quote',
    hideQuote: 'Hide quote',
    quoteLabel: 'Quote from the article',
    inferred: 'inferred',
    related: 'Also in the article',
    close: 'Close',
    source: 'Source',
    allFacts: (n: number) => `All ${n} facts`,
    fewerFacts: 'Show fewer',
    gear: 'Carrera Lens settings',
    turnOffSite: 'Turn off on this site',
    openSettings: 'Settings',
  },
} as const satisfies Record<Lang, unknown>;
