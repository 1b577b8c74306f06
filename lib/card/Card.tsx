import { useState } from 'preact/hooks';
import type { CardModel, EntityId } from '../knowledge';
import { CARD_STRINGS } from './strings';
import { FactItem } from './FactItem';
import { InferredTag } from './InferredTag';

export interface CardProps {
  model: CardModel;
  /** Switches the card to a related entity. */
  onSelect(id: EntityId): void;
  onClose(): void;
  /** The gear's "Turn off on this site"; the gear shows only when at least one of its actions is given. */
  onTurnOffSite?(): void;
  /** The gear's "Settings" (opens the options page). */
  onOpenSettings?(): void;
}

/** Facts shown before "show all": enough for a glance, short enough to fit most screens. */
export const FIRST_FACTS = 6;

/** The hover card: who or what this is according to the article, with the quote behind each fact. */
export function Card({ model, onSelect, onClose, onTurnOffSite, onOpenSettings }: CardProps) {
  const strings = CARD_STRINGS[model.lang];
  const [expandedFor, setExpandedFor] = useState<string | null>(null);
  const expanded = expandedFor === model.id;
  const facts = expanded ? model.facts : model.facts.slice(0, FIRST_FACTS);
  const [gearOpen, setGearOpen] = useState(false);
  const hasGear = Boolean(onTurnOffSite || onOpenSettings);
  const titleId = `card-title-${model.id}`;
  return (
    <article class="card" role="dialog" aria-labelledby={titleId} aria-describedby={`${titleId}-summary`} lang={model.lang} data-entity={model.id} tabIndex={-1}>
      <header class="head">
        <p class="kind">{strings.kind[model.kind]}</p>
        <div class="name-line">
          <h2 id={titleId} class="name">
            {model.name}
          </h2>
          {model.nameInferred && <InferredTag id={`why-name-${model.id}`} label={strings.inferred} reason={model.nameInferred} />}
        </div>
        <p class="summary" id={`${titleId}-summary`}>
          {model.summary}
        </p>
        <button type="button" class="close" aria-label={strings.close} title={strings.close} onClick={onClose}>
          ×
        </button>
        {hasGear && (
          <button
            type="button"
            class="gear"
            aria-label={strings.gear}
            title={strings.gear}
            aria-expanded={gearOpen}
            aria-controls={`card-gear-${model.id}`}
            onClick={() => setGearOpen(!gearOpen)}
          >
            ⚙
          </button>
        )}
        {hasGear && gearOpen && (
          <div class="gear-menu" id={`card-gear-${model.id}`} role="group" aria-label={strings.gear}>
            {onTurnOffSite && (
              <button type="button" class="gear-item" data-action="turn-off-site" onClick={onTurnOffSite}>
                {strings.turnOffSite}
              </button>
            )}
            {onOpenSettings && (
              <button type="button" class="gear-item" data-action="open-settings" onClick={onOpenSettings}>
                {strings.openSettings}
              </button>
            )}
          </div>
        )}
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
