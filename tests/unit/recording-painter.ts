import type { MarkPainter } from '../../lib/page/marks';

/** Records the ranges it is given instead of painting: the Highlight API path, which never touches the DOM. */
export function recordingPainter(): MarkPainter & { ranges: Set<Range> } {
  const ranges = new Set<Range>();
  return {
    kind: 'highlight',
    ranges,
    add: (range) => void ranges.add(range),
    remove: (range) => void ranges.delete(range),
    setActive: () => {},
    setStyle: () => {},
    clear: () => ranges.clear(),
  };
}
