import { useState } from 'preact/hooks';
import type { CardModel, EntityId } from '../lib/knowledge';
import { CARD_STRINGS } from './card-strings';
import { FactItem } from './FactItem';

export interface CardProps {
  model: CardModel;
  /** Switches the card to a related entity. */
  onSelect(id: EntityId): void;
  onClose(): void;
}

/** The hover card: who or what this is according to the article, with the quote behind each fact. */
/** Facts shown before "show all": enough for a glance, short enough to fit most screens. */
export const FIRST_FACTS = 6;

export function Card({ model, onSelect, onClose }: CardProps) {
  const strings = CARD_STRINGS[model.lang];
  const [expandedFor, setExpandedFor] = useState<string | null>(null);
  const expanded = expandedFor === model.id;
  const facts = expanded ? model.facts : model.facts.slice(0, FIRST_FACTS);
  const titleId = `card-title-${model.id}`;
  return (
    <article class="card" role="dialog" aria-labelledby={titleId} aria-describedby={`${titleId}-summary`} lang={model.lang} data-entity={model.id} tabIndex={-1}>
      <header class="head">
        <p class="kind">{strings.kind[model.kind]}</p>
        <h2 id={titleId} class="name">
          {model.name}
        </h2>
        <p class="summary" id={`${titleId}-summary`}>
          {model.summary}
        </p>
        <button type="button" class="close" aria-label={strings.close} title={strings.close} onClick={onClose}>
          ×
        </button>
      </header>
      <ol class="facts">
        {facts.map((fact) => (
          <FactItem key={fact.id} fact={fact} lang={model.lang} />
        ))}
      </ol>
      {model.facts.length > FIRST_FACTS && (
        <button type="button" class="more" aria-expanded={expanded} onClick={() => setExpandedFor(expanded ? null : model.id)}>
          {expanded ? strings.fewerFacts : strings.allFacts(model.facts.length)}
        </button>
      )}
      {model.related.length > 0 && (
        <nav class="related" aria-label={strings.related}>
          <span class="related-label">{strings.related}:</span>
          {model.related.map((entity) => (
            <button type="button" key={entity.id} class="chip" data-related={entity.id} onClick={() => onSelect(entity.id)}>
              {entity.name}
            </button>
          ))}
        </nav>
      )}
      <footer class="source">
        <span>
          {strings.source}: «{model.source.title}»
        </span>
        <span class="note">{model.source.note}</span>
      </footer>
    </article>
  );
}
