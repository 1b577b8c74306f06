import { describe, expect, it } from 'vitest';
import { EDGE_GAP, placeCard } from '../../lib/card/placement';

const card = { width: 360, height: 300 };
const viewport = { width: 1280, height: 800 };

function inside(p: { left: number; top: number; maxHeight: number }, size = card, vp = viewport) {
  return p.left >= EDGE_GAP && p.left + Math.min(size.width, vp.width - 2 * EDGE_GAP) <= vp.width - EDGE_GAP + 0.5 && p.top >= EDGE_GAP && p.top + Math.min(size.height, p.maxHeight) <= vp.height - EDGE_GAP + 0.5;
}

describe('card placement', () => {
  it('goes below the mention when there is room', () => {
    const p = placeCard({ left: 100, top: 100, width: 80, height: 20 }, card, viewport);
    expect(p.side).toBe('below');
    expect(p.top).toBeGreaterThan(120);
    expect(p.left).toBe(100);
  });

  it('flips above a mention near the bottom, and shifts left at the right edge', () => {
    const p = placeCard({ left: 1250, top: 760, width: 25, height: 20 }, card, viewport);
    expect(p.side).toBe('above');
    expect(inside(p)).toBe(true);
  });

  it('stays inside the viewport at all four corners and on a phone screen', () => {
    const phone = { width: 320, height: 560 };
    for (const vp of [viewport, phone]) {
      for (const [x, y] of [[0, 0], [vp.width - 30, 0], [0, vp.height - 20], [vp.width - 30, vp.height - 20]] as const) {
        const p = placeCard({ left: x, top: y, width: 30, height: 20 }, card, vp);
        expect(inside(p, card, vp)).toBe(true);
      }
    }
  });
});
