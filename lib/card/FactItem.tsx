import { useState } from 'preact/hooks';
import type { CardFact, Lang } from '../knowledge';
import { InferredTag } from './InferredTag';
import { CARD_STRINGS } from './strings';

/** One fact: when, what, and on request the article's own words it rests on. */
export function FactItem({ fact, lang }: { fact: CardFact; lang: Lang }) {
  const [open, setOpen] = useState(false);
  const strings = CARD_STRINGS[lang];
  const quoteId = `quote-${fact.id}`;
  return (
    <li class="fact" data-fact={fact.id}>
      {fact.when && (
        <span class={fact.when.inferred ? 'when inferred' : 'when'} title={fact.when.inferred}>
          {fact.when.label}
          {fact.when.inferred && <InferredTag id={`why-${fact.id}`} label={strings.inferred} reason={fact.when.inferred} />}
        </span>
      )}
      <span class="fact-text">{fact.text}</span>
      <button
        type="button"
        class="quote-toggle"
        aria-expanded={open}
        aria-controls={quoteId}
        onClick={() => setOpen(!open)}
      >
        {open ? strings.hideQuote : strings.showQuote}
      </button>
      {open && (
        <blockquote id={quoteId} class="quote" lang="ru" aria-label={strings.quoteLabel}>
          «{fact.quote}»
        </blockquote>
      )}
    </li>
  );
}
