import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import cardCss from '../../assets/card.css?inline';
import { getCardModel, type EntityId } from '../knowledge';
import { Card } from './Card';
import { CARD_HOST_NAME, type CardLayer, type CardLayerOptions } from './contract';
import { placeCard } from './placement';
import { pageTheme } from './theme';

/**
 * The card's place in the page: a shadow root (styles cannot leak in or out) whose host sits in the
 * top layer (the Popover API), so no z-index, overflow or transform of the page can hide or clip it.
 * The host is in the page only while a card is open; the page's DOM is otherwise untouched.
 */
export async function createCardLayer(ctx: ContentScriptContext, options: CardLayerOptions): Promise<CardLayer> {
  const ui = await createShadowRootUi(ctx, {
    name: CARD_HOST_NAME,
    position: 'inline',
    // In fullscreen only the fullscreen element and what is inside it are shown: mount the card there.
    anchor: () => document.fullscreenElement ?? document.documentElement,
    append: 'last',
    inheritStyles: true, // our own :host rules reset the host, including against `* { all: unset }`
    css: cardCss,
    // Marks the host as ours each time it goes into the page.
    onMount: (_container, _shadow, shadowHost) => shadowHost.setAttribute('data-carrera-lens-ui', ''),
  });
  const host = ui.shadowHost as HTMLElement;
  const root = ui.uiContainer;
  let entity: EntityId | null = null;
  let anchor: DOMRect | null = null;
  let open = false;

  const cardElement = () => root.querySelector<HTMLElement>('.card');

  function paint(focus: boolean): void {
    if (!entity || !anchor) return;
    const lang = options.lang();
    const model = getCardModel(entity, lang);
    render(
      <div class="layer">
        <Card
          model={model}
          onSelect={(id) => switchTo(id)}
          onClose={() => view.hide()}
          onTurnOffSite={options.onTurnOffSite}
          onOpenSettings={options.onOpenSettings}
        />
      </div>,
      root,
    );
    const card = cardElement();
    if (!card) return;
    card.dataset.theme = pageTheme();
    place(card, anchor);
    if (focus) card.focus({ preventScroll: true });
  }

  function place(card: HTMLElement, box: DOMRect): void {
    // Measured at its natural height before placing, in the same frame: no visible jump.
    card.style.maxHeight = '';
    card.style.visibility = 'hidden';
    const size = card.getBoundingClientRect();
    const placement = placeCard(box, { width: size.width, height: size.height }, { width: window.innerWidth, height: window.innerHeight });
    card.style.left = `${placement.left}px`;
    card.style.top = `${placement.top}px`;
    card.style.maxHeight = `${placement.maxHeight}px`;
    card.dataset.side = placement.side;
    card.style.visibility = '';
  }

  function switchTo(id: EntityId): void {
    entity = id;
    paint(true);
  }

  function ensureMounted(): void {
    if (open && host.isConnected) return;
    if (!host.isConnected) ui.mount();
    try {
      if (!host.hasAttribute('popover')) host.setAttribute('popover', 'manual');
      if (!host.matches(':popover-open')) host.showPopover();
    } catch {
      // No Popover API: the host's own fixed position and maximum z-index still apply.
    }
    open = true;
  }

  const view: CardLayer = {
    get open() {
      return open && host.isConnected;
    },
    show(id, box, { focus }) {
      entity = id;
      anchor = box;
      ensureMounted();
      paint(focus);
    },
    reposition(box) {
      anchor = box;
      const card = cardElement();
      if (open && card) place(card, box);
    },
    hide() {
      if (!open) return;
      open = false;
      entity = null;
      render(null, root);
      ui.remove();
    },
    isEventInside(event) {
      return open && event.composedPath().includes(host);
    },
    box() {
      const card = open ? cardElement() : null;
      if (!card) return null;
      const r = card.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    },
  };
  return view;
}
