/** Where the card goes: next to the mention, flipped and shifted to stay inside the viewport. */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** Which side of the mention the card is on. */
  side: 'below' | 'above';
  /** Height the card may take before it scrolls inside. */
  maxHeight: number;
}

/** Space kept between the card and the viewport's edges, and between the card and the mention. */
export const EDGE_GAP = 8;
export const ANCHOR_GAP = 6;

/**
 * Below the mention when the card fits there, else above when it fits there, else on the roomier
 * side with its height capped; shifted horizontally to stay within the viewport on any screen.
 */
export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const below = viewport.height - (anchor.top + anchor.height) - ANCHOR_GAP - EDGE_GAP;
  const above = anchor.top - ANCHOR_GAP - EDGE_GAP;
  const side: Placement['side'] = card.height <= below || below >= above ? 'below' : 'above';
  const maxHeight = Math.max(0, side === 'below' ? below : above);
  const height = Math.min(card.height, maxHeight);
  const top = side === 'below' ? anchor.top + anchor.height + ANCHOR_GAP : anchor.top - ANCHOR_GAP - height;
  const width = Math.min(card.width, viewport.width - 2 * EDGE_GAP);
  const preferredLeft = anchor.left;
  const left = Math.max(EDGE_GAP, Math.min(preferredLeft, viewport.width - EDGE_GAP - width));
  return { left: Math.round(left), top: Math.round(Math.max(EDGE_GAP, top)), side, maxHeight: Math.floor(maxHeight) };
}
