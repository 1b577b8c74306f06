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
export function Card({ model, onSelect, onClose }: CardProps) {
  const strings = CARD_STRINGS[model.lang];
  const titleId = `card-title-${model.id}`;
  return (
    <article class="card" role="dialog" aria-labelledby={titleId} lang={model.lang} data-entity={model.id} tabIndex={-1}>
      <header class="head">
        <p class="kind">{strings.kind[model.kind]}</p>
        <h2 id={titleId} class="name">
          {model.name}
        </h2>
        <p class="summary">{model.summary}</p>
        <button type="button" class="close" aria-label={strings.close} title={strings.close} onClick={onClose}>
          ×
        </button>
      </header>
      <ol class="facts">
        {model.facts.map((fact) => (
          <FactItem key={fact.id} fact={fact} lang={model.lang} />
        ))}
      </ol>
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
